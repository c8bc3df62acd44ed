package org.modesign.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.modesign.edit.Fixtures.CENTRAL;
import static org.modesign.edit.Fixtures.LOCAL;
import static org.modesign.edit.Fixtures.refused;
import static org.modesign.edit.V2Fixtures.applied;
import static org.modesign.edit.V2Fixtures.stack;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.modesign.model.Design;
import org.modesign.model.StackEntry;

/** A scenario's stack: deploying tools, their region, owner and phases, and taking them off. */
class StackCommandsTest {

    private final Design design = V2Fixtures.design();
    private final StackEntry mkto = new StackEntry("mkto", "global", "r1", "p1", null);
    private final StackEntry cdp = new StackEntry("cdp", "emea", "coe", "p2", "p3");

    @Test
    void deployingAddsAnEntryAtTheEnd() {
        Design after = applied(design, DeployTool.of(CENTRAL, "mkto", "emea"));
        assertEquals(List.of(mkto, cdp, new StackEntry("mkto", "emea", null, null, null)), stack(after, CENTRAL));
        assertEquals(stack(design, LOCAL), stack(after, LOCAL));
        after = applied(design, DeployTool.of(LOCAL, "mkto", null));
        assertEquals(StackEntry.of("mkto"), stack(after, LOCAL).get(1));
        StackEntry full = new StackEntry("cdp", "apac", "steer", "p1", "p2");
        assertEquals(full, stack(applied(design, new DeployTool(CENTRAL, full)), CENTRAL).get(2));
        assertEquals("Deploy tool", DeployTool.of(CENTRAL, "mkto", null).description());
    }

    @Test
    void deployingIsRefusedTwiceInARegionAndForUnknownToolsRegionsOwnersAndPhases() {
        EditRejected twice = refused(design, DeployTool.of(CENTRAL, "mkto", null), EditKey.DEPLOYED_TWICE);
        assertEquals("\"Marketo\" is deployed in region \"global\" in this scenario already; a scenario has one"
                + " deployment per tool and region.", twice.getMessage());
        refused(design, DeployTool.of(CENTRAL, "hubspot", null), EditKey.NO_TOOL);
        refused(design, DeployTool.of(CENTRAL, "cdp", "mars"), EditKey.NO_REGION);
        refused(design, DeployTool.of("nope", "cdp", null), EditKey.NO_SCENARIO);
        refused(design, new DeployTool(CENTRAL, new StackEntry("cdp", "global", "ghost", null, null)), EditKey.NO_CARD);
        refused(design, new DeployTool(LOCAL, new StackEntry("cdp", "global", "r1", null, null)), EditKey.NO_CARD);
        refused(design, new DeployTool(CENTRAL, new StackEntry("cdp", "global", null, "p9", null)), EditKey.NO_PHASE);
        EditRejected order = refused(design, new DeployTool(CENTRAL, new StackEntry("cdp", "global", null, "p3", "p1")),
                EditKey.SPAN_ORDER);
        assertEquals("Phase \"Scale\" comes after phase \"Foundation\"; a span of phases cannot start after it ends.",
                order.getMessage());
    }

    @Test
    void aDeploymentMovesToAFreeRegion() {
        assertEquals(new StackEntry("cdp", "apac", "coe", "p2", "p3"),
                stack(applied(design, new SetDeploymentRegion(CENTRAL, "cdp", "emea", "apac")), CENTRAL).get(1));
        assertEquals(new StackEntry("cdp", "global", "coe", "p2", "p3"),
                stack(applied(design, new SetDeploymentRegion(CENTRAL, "cdp", "emea", null)), CENTRAL).get(1));
        assertSame(design, new SetDeploymentRegion(CENTRAL, "cdp", "emea", "emea").apply(design));
        Design both = applied(design, DeployTool.of(CENTRAL, "mkto", "emea"));
        refused(both, new SetDeploymentRegion(CENTRAL, "mkto", "emea", "global"), EditKey.DEPLOYED_TWICE);
        refused(design, new SetDeploymentRegion(CENTRAL, "cdp", "emea", "mars"), EditKey.NO_REGION);
        EditRejected missing = refused(design, new SetDeploymentRegion(CENTRAL, "cdp", "apac", "global"),
                EditKey.NO_DEPLOYMENT);
        assertEquals("\"Segment\" is not deployed in region \"APAC\" in this scenario.", missing.getMessage());
        assertEquals("Set deployment region", new SetDeploymentRegion(CENTRAL, "cdp", null, null).description());
    }

    @Test
    void theOwnerIsAnyCardOfTheScenarioOrNobody() {
        assertEquals(new StackEntry("mkto", "global", "ceo", "p1", null),
                stack(applied(design, new SetDeploymentOwner(CENTRAL, "mkto", null, "ceo")), CENTRAL).get(0));
        assertEquals(new StackEntry("mkto", "global", "steer", "p1", null),
                stack(applied(design, new SetDeploymentOwner(CENTRAL, "mkto", "global", "steer")), CENTRAL).get(0));
        assertEquals(new StackEntry("cdp", "emea", null, "p2", "p3"),
                stack(applied(design, new SetDeploymentOwner(CENTRAL, "cdp", "emea", null)), CENTRAL).get(1));
        refused(design, new SetDeploymentOwner(CENTRAL, "mkto", null, "ghost"), EditKey.NO_CARD);
        refused(design, new SetDeploymentOwner(LOCAL, "mkto", null, "hub"), EditKey.NO_DEPLOYMENT);
        assertEquals("Set tool owner", new SetDeploymentOwner(CENTRAL, "mkto", null, null).description());
    }

    @Test
    void theSpanRunsForwardsOverPhasesOfThePlan() {
        assertEquals(new StackEntry("cdp", "emea", "coe", null, null),
                stack(applied(design, new SetDeploymentPhases(CENTRAL, "cdp", "emea", null, null)), CENTRAL).get(1));
        assertEquals(new StackEntry("mkto", "global", "r1", "p2", "p2"),
                stack(applied(design, new SetDeploymentPhases(CENTRAL, "mkto", null, "p2", "p2")), CENTRAL).get(0));
        refused(design, new SetDeploymentPhases(CENTRAL, "cdp", "emea", "p3", "p2"), EditKey.SPAN_ORDER);
        refused(design, new SetDeploymentPhases(CENTRAL, "cdp", "emea", null, "p9"), EditKey.NO_PHASE);
        assertEquals("Set deployment phases", new SetDeploymentPhases(CENTRAL, "cdp", "emea", null, null).description());
    }

    @Test
    void aDeploymentIsTakenOffTheStack() {
        assertEquals(List.of(cdp), stack(applied(design, new RemoveDeployment(CENTRAL, "mkto", null)), CENTRAL));
        assertEquals(List.of(), stack(applied(design, new RemoveDeployment(LOCAL, "mkto", "apac")), LOCAL));
        refused(design, new RemoveDeployment(LOCAL, "mkto", null), EditKey.NO_DEPLOYMENT);
        assertEquals(design.tools(), new RemoveDeployment(CENTRAL, "mkto", null).apply(design).tools());
        assertEquals("Remove deployment", new RemoveDeployment(CENTRAL, "mkto", null).description());
    }
}
