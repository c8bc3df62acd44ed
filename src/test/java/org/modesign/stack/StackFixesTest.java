package org.modesign.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.modesign.analysis.ScenarioIndex;
import org.modesign.model.Design;
import org.modesign.model.Tool;
import org.modesign.model.ToolCategory;

/** The quick fixes' proposals: the accountable holder as a tool's owner, the catalogue's tool for work without one. */
class StackFixesTest {

    private final Design design = StackFixture.design();
    private final ScenarioIndex index = ScenarioIndex.of(design, StackFixture.scenario(design));

    @Test
    void theOwnerProposedIsWhoeverIsAccountableForTheWorkTheToolServes() {
        assertEquals("owner", StackFixes.suggestedOwner(index, "hubspot", "global", "p2"),
                "the automation owner is accountable for campaigns, which HubSpot serves");
        assertNull(StackFixes.suggestedOwner(index, "cms", "amer", "p2"), "nobody is accountable for websites");
        assertNull(StackFixes.suggestedOwner(index, "onetrust", "emea", "p1"), "OneTrust serves no capability");
        assertNull(StackFixes.suggestedOwner(index, "nope", "global", "p1"));
    }

    @Test
    void theToolProposedServesTheWorkAndIsNotDeployedThereYet() {
        assertEquals("cms", StackFixes.toolFor(index, "web", "emea"), "the CMS runs in the Americas only");
        assertNull(StackFixes.toolFor(index, "web", "amer"), "deployed there already");
        assertNull(StackFixes.toolFor(index, "data-quality-nobody-serves", "global"));
        Design more = design.withTools(List.of(Tool.of("crm", "CRM", ToolCategory.MANAGEMENT)
                .withCapabilities(List.of("web"))));
        assertEquals("crm", StackFixes.toolFor(ScenarioIndex.of(more, more.scenarios().get(0)), "web", "amer"));
    }
}
