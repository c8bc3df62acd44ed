package org.modesign.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.modesign.edit.Fixtures.CENTRAL;
import static org.modesign.edit.Fixtures.LOCAL;
import static org.modesign.edit.Fixtures.refused;
import static org.modesign.edit.V2Fixtures.applied;
import static org.modesign.edit.V2Fixtures.stack;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.modesign.model.Design;
import org.modesign.model.Layer;
import org.modesign.model.Tool;
import org.modesign.model.ToolCategory;

/** The martech catalogue: adding, changing, moving and removing tools, and the needsTool tick. */
class ToolCommandsTest {

    private final Design design = V2Fixtures.design();

    private static List<String> ids(Design design) {
        return design.tools().stream().map(Tool::id).toList();
    }

    private static Tool tool(Design design, String id) {
        return design.tool(id).orElseThrow();
    }

    @Test
    void addNamedMakesAFreshIdFromTheNameAndAppends() {
        AddTool add = AddTool.named(design, "HubSpot CRM", ToolCategory.MANAGEMENT);
        assertEquals(Tool.of("hubspot-crm", "HubSpot CRM", ToolCategory.MANAGEMENT), add.tool());
        Design after = applied(design, add);
        assertEquals(List.of("mkto", "cdp", "hubspot-crm"), ids(after));
        assertEquals("mkto-2", AddTool.named(after, "Mkto", ToolCategory.DATA).tool().id());
        assertEquals("Add tool", add.description());
        Tool full = new Tool("ga", "Analytics", ToolCategory.DATA, Layer.GOVERNANCE, 0, List.of("stack", "campaigns"));
        assertEquals(full, applied(design, new AddTool(full)).tools().get(2));
    }

    @Test
    void addRefusesATakenOrInvalidIdABlankNameABadCostAndUnknownOrRepeatedCapabilities() {
        refused(design, new AddTool(Tool.of("mkto", "Other", ToolCategory.DATA)), EditKey.DUPLICATE_ID);
        refused(design, new AddTool(Tool.of("a b", "X", ToolCategory.DATA)), EditKey.INVALID_ID);
        refused(design, new AddTool(Tool.of("x", " ", ToolCategory.DATA)), EditKey.BLANK_NAME);
        refused(design, new AddTool(Tool.of("x", "X", ToolCategory.DATA).withCost(-1)), EditKey.COST_RANGE);
        refused(design, new AddTool(Tool.of("x", "X", ToolCategory.DATA).withCapabilities(List.of("seo"))),
                EditKey.NO_CAPABILITY);
        EditRejected twice = refused(design, new AddTool(Tool.of("x", "X", ToolCategory.DATA)
                .withCapabilities(List.of("stack", "stack"))), EditKey.CAPABILITY_LISTED_TWICE);
        assertEquals("\"X\" names capability \"stack\" twice.", twice.getMessage());
    }

    @Test
    void eachFieldOfAToolChangesAlone() {
        Tool mkto = tool(design, "mkto");
        assertEquals(mkto.withName("Adobe Marketo"), tool(applied(design, new RenameTool("mkto", "Adobe Marketo")), "mkto"));
        assertEquals(mkto.withCategory(ToolCategory.CONTENT),
                tool(applied(design, new SetToolCategory("mkto", ToolCategory.CONTENT)), "mkto"));
        assertEquals(mkto.withLayer(Layer.PLATFORM), tool(applied(design, new SetToolLayer("mkto", Layer.PLATFORM)), "mkto"));
        assertEquals(mkto.withCost(0), tool(applied(design, new SetToolCost("mkto", 0)), "mkto"));
        assertSame(design, new SetToolCost("mkto", 90_000).apply(design));
        refused(design, new RenameTool("mkto", ""), EditKey.BLANK_NAME);
        refused(design, new RenameTool("hubspot", "X"), EditKey.NO_TOOL);
        assertEquals(List.of("Rename tool", "Set tool category", "Set tool layer", "Set tool cost"), List.of(
                new RenameTool("mkto", "x").description(), new SetToolCategory("mkto", ToolCategory.DATA).description(),
                new SetToolLayer("mkto", Layer.PLATFORM).description(), new SetToolCost("mkto", 1).description()));
    }

    @ParameterizedTest
    @ValueSource(doubles = {-1, -0.001, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void aCostIsANumberOfAtLeastZero(double cost) {
        EditRejected rejected = refused(design, new SetToolCost("mkto", cost), EditKey.COST_RANGE);
        assertTrue(rejected.getMessage().startsWith("A cost must be a number of at least 0, not "));
    }

    @Test
    void theCapabilitiesServedAreTickedAndCleared() {
        assertEquals(List.of("campaigns", "stack"),
                tool(applied(design, new SetToolServes("mkto", "stack", true)), "mkto").capabilities());
        assertEquals(List.of(), tool(applied(design, new SetToolServes("mkto", "campaigns", false)), "mkto")
                .capabilities());
        assertSame(design, new SetToolServes("mkto", "campaigns", true).apply(design), "ticked already");
        assertSame(design, new SetToolServes("mkto", "stack", false).apply(design), "not ticked");
        refused(design, new SetToolServes("mkto", "seo", true), EditKey.NO_CAPABILITY);
        refused(design, new SetToolServes("hubspot", "stack", true), EditKey.NO_TOOL);
        assertEquals("Change capabilities served", new SetToolServes("mkto", "stack", true).description());
    }

    @Test
    void toolsMoveUpAndDown() {
        assertEquals(List.of("cdp", "mkto"), ids(applied(design, MoveTool.by(design, "cdp", -1))));
        assertEquals(List.of("cdp", "mkto"), ids(applied(design, new MoveTool("mkto", 5))));
        assertSame(design, MoveTool.by(design, "mkto", -1).apply(design));
        refused(design, new MoveTool("hubspot", 0), EditKey.NO_TOOL);
        assertEquals("Move tool", new MoveTool("mkto", 0).description());
    }

    @Test
    void removingADeployedToolIsRefusedOrTakesItsDeploymentsAlong() {
        EditRejected rejected = refused(design, new RemoveTool("mkto", false), EditKey.IN_USE);
        assertEquals("\"Marketo\" is still in use: 2 deployments in 2 scenarios use it.", rejected.getMessage());
        Design after = applied(design, new RemoveTool("mkto", true));
        assertEquals(List.of("cdp"), ids(after));
        assertEquals(List.of(stack(design, CENTRAL).get(1)), stack(after, CENTRAL));
        assertEquals(List.of(), stack(after, LOCAL));
        Design unused = applied(design, AddTool.named(design, "Canva", ToolCategory.CONTENT));
        assertEquals(ids(design), ids(applied(unused, new RemoveTool("canva", false))));
        refused(design, new RemoveTool("hubspot", true), EditKey.NO_TOOL);
        assertEquals("Remove tool", new RemoveTool("mkto", true).description());
    }

    @Test
    void needsToolIsATickOnACapability() {
        assertFalse(applied(design, new SetNeedsTool("campaigns", false)).capabilities().get(0).needsTool());
        assertTrue(applied(design, new SetNeedsTool("stack", true)).capabilities().get(1).needsTool());
        assertSame(design, new SetNeedsTool("campaigns", true).apply(design));
        refused(design, new SetNeedsTool("seo", true), EditKey.NO_CAPABILITY);
        assertEquals("Set needs a tool", new SetNeedsTool("stack", true).description());
    }
}
