package org.modesign.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The v2 fields of the model: defaults of the v1 constructors, withers that keep them, V2Fields. */
class V2ModelTest {

    private static final List<Responsibility> SPANNED = List.of(new Responsibility("c", Raci.A, "p1", null));

    @Test
    void theVersion1ConstructorsFillTheVersion2Defaults() {
        Settings settings = new Settings(7);
        assertEquals("", settings.currency());
        assertEquals(Map.of(), settings.costPerFte());
        assertEquals(0, settings.costPerFte(Archetype.MAKER));
        assertFalse(new Capability("c", "C", Layer.PLATFORM, Scope.GLOBAL, Archetype.MAKER).needsTool());
        assertEquals("", new Phase("p", "P", List.of()).goal());
        Executive e = new Executive("e", Office.CMO, "CMO", 1, 2);
        assertEquals(List.of(), e.responsibilities());
        assertEquals(List.of(), e.alsoIn());
        assertEquals(TeamKind.DEPARTMENT, new Team("t", "T", null, null, null, 0, 0).kind());
        Role r = Role.of("r", "R", Archetype.MAKER, 0, 0);
        assertEquals(List.of(), r.alsoIn());
        assertEquals(Staffing.FILLED, r.staffing());
        assertEquals("", r.person());
        assertNull(r.cost());
        assertEquals(List.of(), r.fteChanges());
        Responsibility letter = new Responsibility("c", Raci.R);
        assertNull(letter.from());
        assertNull(letter.to());
        assertFalse(letter.hasSpan());
        assertEquals(List.of(), new Scenario("s", "S", Strategy.OTHER, List.of(), List.of()).stack());
        Design d = new Design("T", "", Settings.DEFAULTS, List.of(), List.of(), List.of(), List.of());
        assertSame(Charter.EMPTY, d.charter());
        assertEquals(List.of(), d.tools());
        assertEquals(1, Design.VERSION);
        assertEquals(2, Design.MAX_VERSION);
        assertEquals(1, d.minimumVersion());
    }

    @Test
    void theVersion1WithersKeepTheVersion2Fields() {
        Role role = Role.of("r", "R", Archetype.MAKER, 0, 0).withAlsoIn(List.of("t")).withStaffing(Staffing.OPEN)
                .withPerson("P").withCost(5.0).withFteChanges(List.of(new FteChange("p", 2)));
        for (Role changed : List.of(role.withTitle("X"), role.withArchetype(Archetype.LEADER), role.withTeam("u"),
                role.withRegion("g"), role.withFte(3), role.withSourcing(Sourcing.AGENCY), role.withPhases("a", "b"),
                role.withResponsibilities(SPANNED), role.withPosition(4, 5), role.withId("q"))) {
            assertEquals(List.of(role.alsoIn(), role.staffing(), role.person(), role.cost(), role.fteChanges()),
                    List.of(changed.alsoIn(), changed.staffing(), changed.person(), changed.cost(), changed.fteChanges()));
        }
        Executive e = new Executive("e", Office.CMO, "CMO", 0, 0, SPANNED, List.of("t"));
        for (Executive changed : List.of(e.withTitle("X"), e.withOffice(Office.IT), e.withPosition(1, 1), e.withId("f"))) {
            assertEquals(SPANNED, changed.responsibilities());
            assertEquals(List.of("t"), changed.alsoIn());
        }
        Team t = new Team("t", "T", null, null, null, 0, 0, TeamKind.AGENCY);
        for (Team changed : List.of(t.withName("X"), t.withRegion("r"), t.withPhases("a", "b"), t.withPosition(1, 1),
                t.withId("u"))) {
            assertEquals(TeamKind.AGENCY, changed.kind());
        }
        List<StackEntry> stack = List.of(StackEntry.of("x"));
        Scenario s = new Scenario("s", "S", Strategy.OTHER, List.of(), List.of(), stack);
        for (Scenario changed : List.of(s.withNodes(List.of()), s.withLines(List.of()), s.withName("X"),
                s.withStrategy(Strategy.HYBRID), s.withId("t"))) {
            assertEquals(stack, changed.stack());
        }
        Charter charter = Charter.EMPTY.withMission("m");
        List<Tool> tools = List.of(Tool.of("x", "X", ToolCategory.DATA));
        Design d = new Design("T", "", Settings.DEFAULTS, List.of(), List.of(), List.of(), List.of(), charter, tools);
        for (Design changed : List.of(d.withTitle("X"), d.withDescription("D"), d.withSettings(new Settings(3)),
                d.withRegions(List.of()), d.withCapabilities(List.of()), d.withPhases(List.of()),
                d.withScenarios(List.of()))) {
            assertEquals(charter, changed.charter());
            assertEquals(tools, changed.tools());
        }
        assertEquals(tools.get(0), d.tool("x").orElseThrow());
        Settings settings = new Settings(10, "EUR", Map.of(Archetype.MAKER, 2.0));
        assertEquals(settings, settings.withSpanOfControlMax(4).withSpanOfControlMax(10));
        assertTrue(new Capability("c", "C", Layer.PLATFORM, Scope.GLOBAL, Archetype.MAKER, true).withScope(Scope.PER_REGION)
                .withLayer(Layer.GOVERNANCE).withName("N").withArchetype(Archetype.LEADER).needsTool());
        assertEquals("g", new Phase("p", "P", List.of(), "g").withName("Q").withRequires(List.of("c")).goal());
    }

    @Test
    void costsPerFteOfZeroAreTheDefaultAndLeftOut() {
        Map<Archetype, Double> costs = new EnumMap<>(Archetype.class);
        costs.put(Archetype.LEADER, 3.0);
        costs.put(Archetype.MAESTRO, 0.0);
        costs.put(Archetype.MAKER, -0.0);
        costs.put(Archetype.MODELER, 1.0);
        Settings settings = new Settings(10, "", costs);
        assertEquals(List.of(Archetype.MODELER, Archetype.LEADER), new ArrayList<>(settings.costPerFte().keySet()));
        assertEquals(Settings.DEFAULTS, new Settings(10, "", Map.of(Archetype.MAKER, 0.0)));
        assertEquals(7, settings.withCostPerFte(Archetype.MAKER, 7).costPerFte(Archetype.MAKER));
        assertEquals(Map.of(Archetype.LEADER, 3.0), settings.withCostPerFte(Archetype.MODELER, 0).costPerFte());
        assertThrows(UnsupportedOperationException.class, () -> settings.costPerFte().put(Archetype.MAKER, 1.0));
    }

    @Test
    void listsAreCopied() {
        List<String> alsoIn = new ArrayList<>(List.of("t"));
        Role role = Role.of("r", "R", Archetype.MAKER, 0, 0).withAlsoIn(alsoIn);
        alsoIn.add("u");
        assertEquals(List.of("t"), role.alsoIn());
        assertThrows(UnsupportedOperationException.class, () -> role.alsoIn().add("v"));
        assertThrows(NullPointerException.class, () -> role.withStaffing(null));
        assertThrows(NullPointerException.class, () -> new StackEntry("t", null, null, null, null));
    }

    @Test
    void v2FieldsSaysWhetherAnyVersion2FieldDiffersFromItsDefault() {
        Role role = Role.of("r", "R", Archetype.MAKER, 0, 0);
        Executive exec = new Executive("e", Office.CEO, "CEO", 0, 0);
        Team team = new Team("t", "T", null, null, null, 0, 0);
        assertFalse(V2Fields.usedBy(role) || V2Fields.usedBy(exec) || V2Fields.usedBy(team));
        for (Node node : List.<Node>of(role.withAlsoIn(List.of("t")), role.withStaffing(Staffing.PLANNED),
                role.withPerson("p"), role.withCost(0.0), role.withFteChanges(List.of(new FteChange("p", 1))),
                role.withResponsibilities(List.of(new Responsibility("c", Raci.I, null, "p"))),
                exec.withResponsibilities(List.of(new Responsibility("c", Raci.I))), exec.withAlsoIn(List.of("t")),
                team.withKind(TeamKind.SQUAD))) {
            assertTrue(V2Fields.usedBy(node), node.toString());
        }
        assertFalse(V2Fields.usedBy(role.withResponsibilities(List.of(new Responsibility("c", Raci.I)))));
        Design d = new Design("T", "", Settings.DEFAULTS, List.of(),
                List.of(new Capability("c", "C", Layer.PLATFORM, Scope.GLOBAL, Archetype.MAKER)),
                List.of(new Phase("p", "P", List.of())),
                List.of(new Scenario("s", "S", Strategy.OTHER, List.of(role, exec, team), List.of())));
        assertFalse(d.usesVersion2());
        for (Design v2 : List.of(d.withSettings(d.settings().withCurrency("€")),
                d.withSettings(d.settings().withCostPerFte(Archetype.LEADER, 1)),
                d.withCharter(Charter.EMPTY.withObstacles(List.of(new Obstacle("o", ObstacleKind.BUDGET, "t", "")))),
                d.withTools(List.of(Tool.of("x", "X", ToolCategory.CONTENT))),
                d.withCapabilities(List.of(d.capabilities().get(0).withNeedsTool(true))),
                d.withPhases(List.of(d.phases().get(0).withGoal("g"))),
                d.withScenario(0, d.scenarios().get(0).withStack(List.of(StackEntry.of("x")))),
                d.withScenario(0, d.scenarios().get(0).withNodes(List.of(role.withPerson("p")))))) {
            assertTrue(v2.usesVersion2());
            assertEquals(2, v2.minimumVersion());
        }
        assertFalse(d.withCharter(new Charter("", List.of(), List.of(), List.of())).usesVersion2());
        assertTrue(Staffing.OPEN.vacant() && Staffing.PLANNED.vacant() && !Staffing.FILLED.vacant());
    }

    @Test
    void integrityRejectsValuesNoFileCanHoldToo() {
        Design d = new Design("T", "", new Settings(10, "", Map.of(Archetype.MAKER, Double.NaN)), List.of(),
                List.of(new Capability("c", "C", Layer.PLATFORM, Scope.GLOBAL, Archetype.MAKER)),
                List.of(new Phase("p", "P", List.of())),
                List.of(new Scenario("s", "S", Strategy.OTHER,
                        List.of(Role.of("r", "R", Archetype.MAKER, 0, 0).withCost(Double.POSITIVE_INFINITY)
                                .withFteChanges(List.of(new FteChange("p", Double.NaN)))), List.of())),
                Charter.EMPTY, List.of(new Tool("x", "X", ToolCategory.DATA, Layer.PLATFORM, -0.5, List.of())));
        assertEquals(List.of(
                        new Problem("settings.costPerFte.maker", "a cost must be a number of at least 0, not NaN"),
                        new Problem("tools[0].cost", "a cost must be a number of at least 0, not -0.5"),
                        new Problem("scenarios[0].nodes[0].cost", "a cost must be a number of at least 0, not Infinity"),
                        new Problem("scenarios[0].nodes[0].fteChanges[0].fte",
                                "FTE must be more than 0 and at most 10,000, not NaN")),
                Integrity.check(d));
    }
}
