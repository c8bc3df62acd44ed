package org.modesign.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.modesign.model.Archetype;
import org.modesign.model.Charter;
import org.modesign.model.Design;
import org.modesign.model.Executive;
import org.modesign.model.FteChange;
import org.modesign.model.Integrity;
import org.modesign.model.Layer;
import org.modesign.model.Node;
import org.modesign.model.Objective;
import org.modesign.model.Phase;
import org.modesign.model.Readiness;
import org.modesign.model.ReadinessAnswer;
import org.modesign.model.ReadinessTest;
import org.modesign.model.Responsibility;
import org.modesign.model.Role;
import org.modesign.model.Scenario;
import org.modesign.model.Staffing;
import org.modesign.model.Team;
import org.modesign.model.TeamKind;
import org.modesign.model.Tool;
import org.modesign.model.ToolCategory;

/**
 * Every v1 rule and metric gives the same answer on a v1 design as on that design written out as
 * a v2 one with defaults (format-v2.md §1, §7): letters with their default spans spelled out,
 * filled staffing, an FTE "change" to the same FTE at a role's first phase, {@code alsoIn}
 * memberships, team kinds, phase goals, a currency with costs of 0, a tool catalogue that no
 * scenario deploys and a charter whose readiness answers are never "no". The v2 metrics are then
 * all zero, and no v2 rule fires.
 */
class V2DefaultsPropertiesTest {

    @Property(tries = 300)
    void aV1DesignGivesTheSameFindingsAndMetricsAsV2WithDefaults(@ForAll long seed) {
        Design v1 = RandomDesigns.generate(seed);
        Design v2 = withDefaults(v1, new Random(seed));
        assertEquals(List.of(), Integrity.check(v2));
        assertTrue(v2.usesVersion2());
        assertEquals(Validator.validate(v1), Validator.validate(v2));
        for (int s = 0; s < v1.scenarios().size(); s++) {
            ScenarioMetrics a = Metrics.of(v1, v1.scenarios().get(s));
            assertEquals(a, Metrics.of(v2, v2.scenarios().get(s)));
            for (PhaseMetrics p : a.phases()) {
                assertEquals(new PhaseMetrics(p.phase(), p.fte(), p.fteByArchetype(), p.fteByRegion(),
                        p.fteBySourcing(), p.fteByOffice(), p.roles(), p.teams(), p.layers(), p.spanMax(),
                        p.spanMean(), p.requiredSlots(), p.staffedSlots(), p.coverage(), p.unstaffed(), p.overlaps(),
                        p.centralShare(), p.duplicatedCapabilities()), p, "every v2 metric of a v1 design is zero");
            }
        }
    }

    private static Design withDefaults(Design d, Random random) {
        List<Phase> phases = d.phases().stream().map(p -> p.withGoal("Goal of " + p.name())).toList();
        List<Tool> tools = new ArrayList<>();
        for (int t = 0; t < 3; t++) {
            List<String> serves = d.capabilities().stream().map(c -> c.id()).filter(c -> random.nextBoolean()).toList();
            tools.add(new Tool("tool" + t, "Tool " + t, ToolCategory.values()[t], Layer.EXPRESSION, 100 * t, serves));
        }
        List<Readiness> readiness = new ArrayList<>();
        for (ReadinessTest test : ReadinessTest.values()) {
            if (random.nextBoolean()) {
                readiness.add(new Readiness(test, random.nextBoolean() ? ReadinessAnswer.YES : ReadinessAnswer.PARTLY,
                        "note"));
            }
        }
        Charter charter = new Charter("A mission", readiness, List.of(Objective.of("o1", "An objective")), List.of());
        List<Scenario> scenarios = d.scenarios().stream().map(s -> scenario(d, s, random)).toList();
        return new Design(d.title(), d.description(),
                d.settings().withCurrency("EUR").withCostPerFte(Map.of(Archetype.MAKER, 0.0)), d.regions(),
                d.capabilities(), phases, scenarios, charter, tools);
    }

    private static Scenario scenario(Design d, Scenario s, Random random) {
        List<String> teams = s.nodes().stream().filter(n -> n instanceof Team).map(Node::id).toList();
        List<Node> nodes = new ArrayList<>();
        for (Node n : s.nodes()) {
            if (n instanceof Role r) {
                nodes.add(role(d, r, teams, random));
            } else if (n instanceof Team t) {
                nodes.add(t.withKind(TeamKind.values()[random.nextInt(TeamKind.values().length)]));
            } else {
                Executive e = (Executive) n;
                nodes.add(new Executive(e.id(), e.office(), e.title(), e.x(), e.y(), List.of(),
                        random.nextBoolean() ? teams : List.of()));
            }
        }
        return new Scenario(s.id(), s.name(), s.strategy(), nodes, s.lines(), List.of());
    }

    private static Role role(Design d, Role r, List<String> teams, Random random) {
        String first = d.phases().get(0).id();
        String last = d.phases().get(d.phases().size() - 1).id();
        List<Responsibility> letters = new ArrayList<>();
        for (Responsibility letter : r.responsibilities()) {
            letters.add(switch (random.nextInt(3)) {
                case 0 -> letter.withSpan(first, last);
                case 1 -> letter.withSpan(r.from(), r.to());
                default -> letter;
            });
        }
        List<String> alsoIn = teams.stream().filter(t -> !t.equals(r.team()) && random.nextBoolean()).toList();
        List<FteChange> changes = random.nextBoolean()
                ? List.of(new FteChange(r.from() == null ? first : r.from(), r.fte())) : List.of();
        return r.withResponsibilities(letters).withAlsoIn(alsoIn).withStaffing(Staffing.FILLED).withFteChanges(changes);
    }
}
