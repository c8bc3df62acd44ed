package org.modesign.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.modesign.analysis.TestDesigns.design;
import static org.modesign.analysis.TestDesigns.findings;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.modesign.model.Archetype;
import org.modesign.model.Design;
import org.modesign.model.Office;
import org.modesign.model.Scope;
import org.modesign.model.ToolCategory;

/** tool-without-owner, unsupported-capability and duplicate-tools (format-v2.md §4, §7). */
class StackRulesTest {

    private static List<String> phases(List<Finding> findings) {
        return findings.stream().map(Finding::phase).toList();
    }

    private static List<String> regions(List<Finding> findings) {
        return findings.stream().map(Finding::region).toList();
    }

    // tool-without-owner

    @Test
    void anActiveEntryWithoutOwnerIsReportedInEachOfItsPhases() {
        Design d = design().regions("emea").capability("crm", Scope.GLOBAL, Archetype.LEADER)
                .phase("p1").phase("p2").phase("p3").tool("mkto", ToolCategory.ADVERTISING, 0)
                .scenario("s", s -> s.stack("mkto", "emea", null, "p2", null)).build();
        List<Finding> found = findings(d, Rule.TOOL_WITHOUT_OWNER);
        assertEquals(List.of("p2", "p3"), phases(found));
        Finding f = found.get(0);
        assertEquals("emea", f.region());
        assertNull(f.capability());
        assertEquals("mkto", f.tool());
        assertEquals(List.of(), f.tools());
        assertEquals(List.of(), f.nodes());
        assertEquals(Severity.WARNING, f.severity());
        assertEquals("Tool \"Tool mkto\" has no owner in region EMEA in phase \"Phase p2\".", f.message());
    }

    @Test
    void aGlobalEntryWithoutOwnerIsWordedWithoutRegion() {
        Design d = design().phase("p1").tool("mkto", ToolCategory.ADVERTISING, 0)
                .scenario("s", s -> s.stack("mkto", null, null, null, null)).build();
        assertEquals("Tool \"Tool mkto\" has no owner in phase \"Phase p1\".",
                findings(d, Rule.TOOL_WITHOUT_OWNER).get(0).message());
        assertEquals("global", findings(d, Rule.TOOL_WITHOUT_OWNER).get(0).region());
    }

    @Test
    void anOwnerInactiveInAPhaseIsNamedThere() {
        Design d = design().phase("p1").phase("p2").phase("p3").tool("mkto", ToolCategory.ADVERTISING, 0)
                .scenario("s", s -> s.role("r1", r -> r.title("Ops lead").phases("p1", "p2"))
                        .stack("mkto", null, "r1", null, null))
                .build();
        List<Finding> found = findings(d, Rule.TOOL_WITHOUT_OWNER);
        assertEquals(List.of("p3"), phases(found));
        assertEquals(List.of("r1"), found.get(0).nodes());
        assertEquals("Tool \"Tool mkto\" is owned by \"Ops lead\" (r1), which is not active in phase \"Phase p3\".",
                found.get(0).message());
    }

    @Test
    void anExecutiveOwnerIsAlwaysActiveAndATeamOwnerAsItsTeam() {
        Design d = design().phase("p1").phase("p2").tool("a", ToolCategory.DATA, 0).tool("b", ToolCategory.DATA, 0)
                .scenario("s", s -> s.executive("cmo", Office.CMO).team("t", null, "p2", null)
                        .stack("a", null, "cmo", null, null).stack("b", null, "t", null, null))
                .build();
        List<Finding> found = findings(d, Rule.TOOL_WITHOUT_OWNER);
        assertEquals(1, found.size());
        assertEquals("p1", found.get(0).phase());
        assertEquals(List.of("t"), found.get(0).nodes());
    }

    @Test
    void anInactiveEntryNeedsNoOwner() {
        Design d = design().phase("p1").phase("p2").tool("mkto", ToolCategory.ADVERTISING, 0)
                .scenario("s", s -> s.stack("mkto", null, null, "p2", "p2")).build();
        assertEquals(List.of("p2"), phases(findings(d, Rule.TOOL_WITHOUT_OWNER)));
    }

    // unsupported-capability

    @Test
    void aRequiredCapabilityThatNeedsAToolWantsAnActiveEntryServingIt() {
        Design d = design().toolCapability("email", Scope.GLOBAL).capability("other", Scope.GLOBAL, Archetype.LEADER)
                .phase("p1", "email").phase("p2", "email").phase("p3")
                .tool("mkto", ToolCategory.ADVERTISING, 0, "email").tool("crm", ToolCategory.DATA, 0, "other")
                .scenario("s", s -> s.role("r1", r -> r.a("email"))
                        .stack("mkto", null, "r1", "p2", null).stack("crm", null, "r1", null, null))
                .build();
        List<Finding> found = findings(d, Rule.UNSUPPORTED_CAPABILITY);
        assertEquals(List.of("p1"), phases(found));
        Finding f = found.get(0);
        assertEquals("email", f.capability());
        assertEquals("global", f.region());
        assertNull(f.tool());
        assertEquals(List.of(), f.tools());
        assertEquals(List.of(), f.nodes());
        assertEquals("Capability \"Do email\" needs a tool, but no tool deployed in phase \"Phase p1\" serves it.",
                f.message());
    }

    @Test
    void aScenarioWithoutAnyStackLacksEveryNeededTool() {
        Design d = design().regions("emea", "apac").toolCapability("email", Scope.PER_REGION).phase("p1", "email")
                .scenario("s", s -> s.role("r1", r -> r.a("email"))).build();
        assertEquals(List.of("apac", "emea"), regions(findings(d, Rule.UNSUPPORTED_CAPABILITY)));
    }

    @Test
    void aCapabilityThatNeedsNoToolOrIsNotRequiredIsNeverUnsupported() {
        Design d = design().capability("email", Scope.GLOBAL, Archetype.LEADER).toolCapability("data", Scope.GLOBAL)
                .phase("p1", "email").scenario("s", s -> s.role("r1", r -> r.a("email"))).build();
        assertEquals(List.of(), findings(d, Rule.UNSUPPORTED_CAPABILITY));
    }

    @Test
    void aGlobalSlotIsCoveredByAnEntryOfAnyRegion() {
        Design d = design().regions("emea", "apac").toolCapability("data", Scope.GLOBAL).phase("p1", "data")
                .tool("cdp", ToolCategory.DATA, 0, "data")
                .scenario("s", s -> s.role("r1", r -> r.a("data")).stack("cdp", "apac", "r1", null, null)).build();
        assertEquals(List.of(), findings(d, Rule.UNSUPPORTED_CAPABILITY));
    }

    @Test
    void aRegionalSlotIsCoveredByAnEntryOfItsRegionOrAGlobalOne() {
        Design d = design().regions("emea", "apac", "amer").toolCapability("email", Scope.PER_REGION)
                .phase("p1", "email").phase("p2", "email")
                .tool("mkto", ToolCategory.ADVERTISING, 0, "email").tool("hub", ToolCategory.ADVERTISING, 0, "email")
                .scenario("s", s -> s.role("r1", r -> r.a("email"))
                        .stack("mkto", "emea", "r1", null, null).stack("hub", null, "r1", "p2", null))
                .build();
        List<Finding> found = findings(d, Rule.UNSUPPORTED_CAPABILITY);
        assertEquals(List.of("p1", "p1"), phases(found));
        assertEquals(List.of("amer", "apac"), regions(found));
        assertEquals("Capability \"Do email\" needs a tool, but no tool deployed for region AMER in phase"
                + " \"Phase p1\" serves it.", found.get(0).message());
    }

    // duplicate-tools

    @Test
    void twoToolsServingAGlobalCapabilityAreOneFindingNamingTheirOwners() {
        Design d = design().regions("emea", "apac").capability("email", Scope.GLOBAL, Archetype.LEADER).phase("p1")
                .tool("mkto", ToolCategory.ADVERTISING, 0, "email").tool("hub", ToolCategory.ADVERTISING, 0, "email")
                .scenario("s", s -> s.role("r2").role("r1").role("r3", r -> r.phases("p1", "p1"))
                        .stack("mkto", "emea", "r2", null, null).stack("hub", "apac", "r1", null, null)
                        .stack("mkto", "apac", null, null, null).stack("hub", null, "r2", null, null))
                .build();
        List<Finding> found = findings(d, Rule.DUPLICATE_TOOLS);
        assertEquals(1, found.size());
        Finding f = found.get(0);
        assertEquals("global", f.region());
        assertEquals("email", f.capability());
        assertEquals(List.of("hub", "mkto"), f.tools());
        assertNull(f.tool());
        assertEquals(List.of("r1", "r2"), f.nodes());
        assertEquals("Capability \"Do email\" is served by 2 tools in phase \"Phase p1\": \"Tool hub\" and"
                + " \"Tool mkto\".", f.message());
    }

    @Test
    void twoEntriesOfOneToolAreOneTool() {
        Design d = design().regions("emea").capability("email", Scope.PER_REGION, Archetype.LEADER).phase("p1")
                .tool("mkto", ToolCategory.ADVERTISING, 0, "email")
                .scenario("s", s -> s.role("r1").stack("mkto", "emea", "r1", null, null)
                        .stack("mkto", null, "r1", null, null))
                .build();
        assertEquals(List.of(), findings(d, Rule.DUPLICATE_TOOLS));
    }

    @Test
    void perRegionOneFindingForEachDeclaredRegionCoveredByTwoTools() {
        Design d = design().regions("emea", "apac", "amer").capability("email", Scope.PER_REGION, Archetype.LEADER)
                .phase("p1").phase("p2")
                .tool("mkto", ToolCategory.ADVERTISING, 0, "email").tool("hub", ToolCategory.ADVERTISING, 0, "email")
                .tool("sfmc", ToolCategory.ADVERTISING, 0, "email")
                .scenario("s", s -> s.role("r1").role("r2").role("r3")
                        .stack("mkto", null, "r1", null, null).stack("hub", "emea", "r2", null, null)
                        .stack("sfmc", "apac", null, null, "p1"))
                .build();
        List<Finding> found = findings(d, Rule.DUPLICATE_TOOLS);
        assertEquals(List.of("p1", "p1", "p2"), phases(found));
        assertEquals(List.of("apac", "emea", "emea"), regions(found));
        assertEquals(List.of("mkto", "sfmc"), found.get(0).tools());
        assertEquals(List.of("r1"), found.get(0).nodes());
        assertEquals(List.of("hub", "mkto"), found.get(1).tools());
        assertEquals(List.of("r1", "r2"), found.get(1).nodes());
        assertEquals("Capability \"Do email\" is served by 2 tools in region APAC in phase \"Phase p1\": \"Tool mkto\""
                + " and \"Tool sfmc\".", found.get(0).message());
    }

    @Test
    void anInactiveOwnerIsStillNamedAndNotRequiredCapabilitiesCountToo() {
        Design d = design().capability("email", Scope.GLOBAL, Archetype.LEADER).phase("p1").phase("p2")
                .tool("mkto", ToolCategory.ADVERTISING, 0, "email").tool("hub", ToolCategory.ADVERTISING, 0, "email")
                .scenario("s", s -> s.role("r1", r -> r.phases("p1", "p1")).role("r2")
                        .stack("mkto", null, "r1", null, null).stack("hub", null, "r2", null, null))
                .build();
        List<Finding> found = findings(d, Rule.DUPLICATE_TOOLS);
        assertEquals(List.of("p1", "p2"), phases(found));
        assertEquals(List.of("r1", "r2"), found.get(1).nodes());
    }

    @Test
    void inactiveEntriesAreNotDuplicates() {
        Design d = design().capability("email", Scope.GLOBAL, Archetype.LEADER).phase("p1").phase("p2")
                .tool("mkto", ToolCategory.ADVERTISING, 0, "email").tool("hub", ToolCategory.ADVERTISING, 0, "email")
                .scenario("s", s -> s.role("r1").stack("mkto", null, "r1", null, "p1")
                        .stack("hub", null, "r1", "p2", null))
                .build();
        assertEquals(List.of(), findings(d, Rule.DUPLICATE_TOOLS));
    }

    @Test
    void fiveToolsAreNamedAndMoreAreCounted() {
        TestDesigns t = design().capability("email", Scope.GLOBAL, Archetype.LEADER).phase("p1");
        for (String id : List.of("t6", "t2", "t5", "t1", "t4", "t3")) {
            t.tool(id, ToolCategory.CONTENT, 0, "email");
        }
        Design d = t.scenario("s", s -> {
            for (String id : List.of("t6", "t2", "t5", "t1", "t4", "t3")) {
                s.stack(id, null, null, null, null);
            }
        }).build();
        Finding f = findings(d, Rule.DUPLICATE_TOOLS).get(0);
        assertEquals(List.of("t1", "t2", "t3", "t4", "t5", "t6"), f.tools());
        assertEquals(List.of(), f.nodes());
        assertEquals("Capability \"Do email\" is served by 6 tools in phase \"Phase p1\": \"Tool t1\", \"Tool t2\","
                + " \"Tool t3\", \"Tool t4\" and 2 more.", f.message());
    }

    @Test
    void stackFindingsSortByRuleThenCapabilityRegionNodesToolsAndTool() {
        Design d = design().phase("p1").tool("b", ToolCategory.DATA, 0).tool("a", ToolCategory.DATA, 0)
                .regions("emea")
                .scenario("s", s -> s.stack("b", null, null, null, null).stack("a", "emea", null, null, null)
                        .stack("a", null, null, null, null))
                .build();
        List<Finding> found = findings(d, Rule.TOOL_WITHOUT_OWNER);
        assertEquals(List.of("emea", "global", "global"), regions(found), "regions by code point");
        assertEquals(List.of("a", "a", "b"), found.stream().map(Finding::tool).toList());
    }
}
