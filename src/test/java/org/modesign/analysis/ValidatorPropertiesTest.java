package org.modesign.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.modesign.model.Capability;
import org.modesign.model.Design;
import org.modesign.model.Integrity;
import org.modesign.model.Node;
import org.modesign.model.Raci;
import org.modesign.model.Role;
import org.modesign.model.Scenario;
import org.modesign.model.Team;

class ValidatorPropertiesTest {

    @Property(tries = 400)
    void findingsAreExactlyThoseOfANaiveReadingOfTheFormat(@ForAll long seed) {
        Design d = RandomDesigns.generate(seed);
        assertEquals(List.of(), Integrity.check(d));
        for (Scenario s : d.scenarios()) {
            List<List<Object>> actual = Validator.validate(d, s).stream().map(NaiveReading::key).toList();
            assertEquals(actual.size(), new HashSet<>(actual).size(), "no finding twice");
            assertEquals(new NaiveReading(d, s).findings(), new HashSet<>(actual));
        }
    }

    @Property(tries = 200)
    void findingsAreSortedDeterministicAndPerScenario(@ForAll long seed) {
        Design d = RandomDesigns.generate(seed);
        List<Finding> all = Validator.validate(d);
        List<Finding> sorted = new ArrayList<>(all);
        sorted.sort(order(d));
        assertEquals(sorted, all);
        assertEquals(all, Validator.validate(d));
        List<Finding> perScenario = new ArrayList<>(Validator.fileFindings(d));
        for (Scenario s : d.scenarios()) {
            perScenario.addAll(Validator.validate(d, s));
        }
        assertEquals(all, perScenario);
        all.forEach(f -> assertTrue(f.message().endsWith("."), f.message()));
    }

    /** format.md §3's order, written out separately from the product's. */
    private static Comparator<Finding> order(Design d) {
        return (x, y) -> {
            int c = Integer.compare(d.scenarioIndex(x.scenario()), d.scenarioIndex(y.scenario()));
            if (c == 0) {
                c = Integer.compare(x.phase() == null ? -1 : d.phaseIndex(x.phase()),
                        y.phase() == null ? -1 : d.phaseIndex(y.phase()));
            }
            if (c == 0) {
                c = CodePointOrder.compare(x.rule().code(), y.rule().code());
            }
            if (c == 0) {
                c = CodePointOrder.compare(x.capability(), y.capability());
            }
            if (c == 0) {
                c = CodePointOrder.compare(x.region(), y.region());
            }
            return c != 0 ? c : CodePointOrder.compare(x.nodes(), y.nodes());
        };
    }

    @Property(tries = 400)
    void metricsAreThoseOfANaiveReadingOfTheFormat(@ForAll long seed) {
        Design d = RandomDesigns.generate(seed);
        for (Scenario s : d.scenarios()) {
            NaiveReading naive = new NaiveReading(d, s);
            List<Finding> findings = Validator.validate(d, s);
            ScenarioMetrics metrics = Metrics.of(d, s);
            for (int p = 0; p < d.phases().size(); p++) {
                checkPhase(d, naive, findings, p, metrics.phases().get(p));
            }
        }
    }

    private static void checkPhase(Design d, NaiveReading naive, List<Finding> findings, int p, PhaseMetrics m) {
        String phase = d.phases().get(p).id();
        assertEquals(phase, m.phase());
        double fte = 0;
        double central = 0;
        int layers = 0;
        for (Role role : naive.roles()) {
            if (naive.active(role, p)) {
                fte += role.fte();
                central += naive.region(role).equals("global") ? role.fte() : 0;
                layers = Math.max(layers, naive.layers(role, p));
            }
        }
        assertEquals(fte, m.fte(), 1e-9);
        assertEquals(fte == 0 ? 0 : central / fte, m.centralShare(), 1e-9);
        assertEquals(layers, m.layers());
        assertEquals(fte, m.fteByOffice().values().stream().mapToDouble(Double::doubleValue).sum(), 1e-9);
        for (String office : m.fteByOffice().keySet()) {
            double expected = naive.roles().stream().filter(r -> naive.active(r, p) && naive.office(r).equals(office))
                    .mapToDouble(Role::fte).sum();
            assertEquals(expected, m.fteByOffice().get(office), 1e-9, office);
        }
        checkSpans(naive, p, m);
        int required = 0;
        for (String c : d.phases().get(p).requires()) {
            required += naive.slots(d.capability(c).orElseThrow()).size();
        }
        long unstaffed = findings.stream()
                .filter(f -> f.rule() == Rule.UNSTAFFED_CAPABILITY && phase.equals(f.phase())).count();
        long overlaps = findings.stream()
                .filter(f -> f.rule() == Rule.OVERLAPPING_RESPONSIBILITY && phase.equals(f.phase())).count();
        assertEquals(required, m.requiredSlots());
        assertEquals(required - unstaffed, m.staffedSlots());
        assertEquals(unstaffed, m.unstaffed());
        assertEquals(overlaps, m.overlaps());
        assertEquals(duplicated(d, naive, p), m.duplicatedCapabilities());
    }

    private static void checkSpans(NaiveReading naive, int p, PhaseMetrics m) {
        int max = 0;
        int managers = 0;
        long reports = 0;
        int roles = 0;
        int teams = 0;
        for (Node node : naive.nodes()) {
            if (naive.active(node, p)) {
                long span = naive.activeReports(node, p);
                if (span > 0) {
                    max = (int) Math.max(max, span);
                    managers++;
                    reports += span;
                }
                roles += node instanceof Role ? 1 : 0;
                teams += node instanceof Team ? 1 : 0;
            }
        }
        assertEquals(max, m.spanMax());
        assertEquals(managers == 0 ? 0 : (double) reports / managers, m.spanMean(), 1e-9);
        assertEquals(roles, m.roles());
        assertEquals(teams, m.teams());
    }

    private static int duplicated(Design d, NaiveReading naive, int p) {
        int count = 0;
        for (Capability c : d.capabilities()) {
            Set<String> regions = new LinkedHashSet<>();
            for (Role role : naive.roles()) {
                if (naive.active(role, p) && role.raciFor(c.id()).orElse(null) == Raci.A) {
                    regions.add(naive.region(role));
                }
            }
            count += regions.size() >= 2 ? 1 : 0;
        }
        return count;
    }
}
