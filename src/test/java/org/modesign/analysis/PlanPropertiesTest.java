package org.modesign.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.modesign.model.Design;
import org.modesign.model.Integrity;
import org.modesign.model.Role;
import org.modesign.model.Scenario;
import org.modesign.model.StackEntry;
import org.modesign.model.Staffing;

/** The v2 rules and metrics against a naive reading of format-v2.md on small random plans. */
class PlanPropertiesTest {

    @Property(tries = 400)
    void findingsAreExactlyThoseOfANaiveReadingOfFormatV2(@ForAll long seed) {
        Design d = RandomPlans.generate(seed);
        assertEquals(List.of(), Integrity.check(d));
        for (Scenario s : d.scenarios()) {
            List<List<Object>> actual = Validator.validate(d, s).stream().map(NaivePlanReading::key).toList();
            assertEquals(actual.size(), new HashSet<>(actual).size(), "no finding twice");
            assertEquals(new NaivePlanReading(d, s).findings(), new HashSet<>(actual));
        }
        long notReady = d.charter().readiness().stream().filter(r -> r.answer().code().equals("no")).count();
        assertEquals(notReady, Validator.validate(d).stream().filter(f -> f.rule() == Rule.NOT_READY).count());
    }

    @Property(tries = 200)
    void findingsAreSortedByTheKeyOfFormatV2(@ForAll long seed) {
        Design d = RandomPlans.generate(seed);
        List<Finding> all = Validator.validate(d);
        List<Finding> sorted = new ArrayList<>(all);
        sorted.sort((x, y) -> {
            int c = Integer.compare(x.scenario() == null ? -1 : d.scenarioIndex(x.scenario()),
                    y.scenario() == null ? -1 : d.scenarioIndex(y.scenario()));
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
            if (c == 0) {
                c = CodePointOrder.compare(x.nodes(), y.nodes());
            }
            if (c == 0) {
                c = CodePointOrder.compare(x.tools(), y.tools());
            }
            return c != 0 ? c : CodePointOrder.compare(x.tool(), y.tool());
        });
        assertEquals(sorted, all);
    }

    @Property(tries = 300)
    void planMetricsAreThoseOfANaiveReading(@ForAll long seed) {
        Design d = RandomPlans.generate(seed);
        for (Scenario s : d.scenarios()) {
            NaivePlanReading naive = new NaivePlanReading(d, s);
            NaiveReading v1 = new NaiveReading(d, s);
            List<Finding> findings = Validator.validate(d, s);
            List<PhaseMetrics> metrics = Metrics.of(d, s).phases();
            for (int p = 0; p < d.phases().size(); p++) {
                PhaseMetrics m = metrics.get(p);
                double fte = 0;
                double open = 0;
                double people = 0;
                double central = 0;
                int hires = 0;
                for (Role role : v1.roles()) {
                    if (v1.active(role, p)) {
                        fte += naive.fte(role, p);
                        open += role.staffing() == Staffing.FILLED ? 0 : naive.fte(role, p);
                        people += naive.cost(role, p);
                        central += v1.region(role).equals("global") ? naive.fte(role, p) : 0;
                    }
                    int from = role.from() == null ? 0 : d.phaseIndex(role.from());
                    hires += role.staffing() != Staffing.FILLED && from == p ? 1 : 0;
                }
                assertEquals(fte, m.fte(), 1e-9);
                assertEquals(fte, m.fteByArchetype().values().stream().mapToDouble(Double::doubleValue).sum(), 1e-9);
                assertEquals(fte == 0 ? 0 : central / fte, m.centralShare(), 1e-9);
                assertEquals(open, m.openFte(), 1e-9);
                assertEquals(people, m.peopleCost(), 1e-9);
                assertEquals(hires, m.hires());
                Set<String> tools = new TreeSet<>();
                double toolCost = 0;
                int entries = 0;
                for (StackEntry e : s.stack()) {
                    if (naive.activeEntry(e, p)) {
                        tools.add(e.tool());
                        toolCost += naive.tool(e).cost();
                        entries++;
                    }
                }
                assertEquals(tools.size(), m.tools());
                assertEquals(toolCost, m.toolCost(), 1e-9);
                assertEquals(entries, m.toolsByCategory().values().stream().mapToInt(Integer::intValue).sum());
                assertEquals(toolCost + people == 0 ? 0 : toolCost / (toolCost + people), m.martechShare(), 1e-9);
                assertEquals(naive.duplicated(p), m.duplicatedCapabilities());
                String phase = d.phases().get(p).id();
                assertEquals(count(findings, Rule.UNSTAFFED_CAPABILITY, phase), m.unstaffed());
                assertEquals(m.requiredSlots() - m.unstaffed(), m.staffedSlots());
                assertEquals(count(findings, Rule.UNSUPPORTED_CAPABILITY, phase), m.unsupported());
                assertEquals(count(findings, Rule.TOOL_WITHOUT_OWNER, phase), m.unownedTools());
                assertEquals(count(findings, Rule.DUPLICATE_TOOLS, phase), m.duplicateTools());
            }
        }
    }

    private static int count(List<Finding> findings, Rule rule, String phase) {
        return (int) findings.stream().filter(f -> f.rule() == rule && phase.equals(f.phase())).count();
    }
}
