package org.modesign.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.modesign.edit.Fixtures.refused;
import static org.modesign.edit.V2Fixtures.applied;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.modesign.model.Design;
import org.modesign.model.Objective;
import org.modesign.model.Obstacle;
import org.modesign.model.ObstacleKind;
import org.modesign.model.Readiness;
import org.modesign.model.ReadinessAnswer;
import org.modesign.model.ReadinessTest;

/** The charter: mission, readiness answers, objectives and obstacles, with undo. */
class CharterCommandsTest {

    private final Design design = V2Fixtures.design();

    private static List<String> objectiveIds(Design design) {
        return design.charter().objectives().stream().map(Objective::id).toList();
    }

    private static List<String> obstacleIds(Design design) {
        return design.charter().obstacles().stream().map(Obstacle::id).toList();
    }

    @Test
    void theMissionIsAFreeTextThatMayBeEmpty() {
        assertEquals("Grow", applied(design, new SetMission("Grow")).charter().mission());
        assertEquals("", applied(design, new SetMission(null)).charter().mission());
        assertSame(design, new SetMission(design.charter().mission()).apply(design));
        refused(design, new SetMission("x".repeat(Rules.MAX_TEXT + 1)), EditKey.TEXT_TOO_LONG);
        assertEquals("Set mission", new SetMission("x").description());
    }

    @Test
    void aMissionMakesAVersion1DesignAVersion2OneAndUndoMakesItVersion1Again() {
        Design v1 = Fixtures.design();
        Design after = applied(v1, new SetMission("Grow"));
        assertTrue(after.usesVersion2());
        assertFalse(new SetMission("").apply(after).usesVersion2());
        assertEquals(v1, new SetMission("").apply(after), "an emptied charter is no charter");
    }

    @Test
    void answeringATestKeepsItsPlaceOrTakesItsPlaceInTestOrder() {
        Design after = applied(design, new SetReadiness(ReadinessTest.TECHNOLOGY, ReadinessAnswer.PARTLY, "Two tools"));
        assertEquals(List.of(design.charter().readiness().get(0),
                new Readiness(ReadinessTest.TECHNOLOGY, ReadinessAnswer.PARTLY, "Two tools"),
                design.charter().readiness().get(1)), after.charter().readiness());
        after = applied(design, new SetReadiness(ReadinessTest.REVENUE, ReadinessAnswer.YES, null));
        assertEquals(new Readiness(ReadinessTest.REVENUE, ReadinessAnswer.YES), after.charter().readiness().get(1));
        assertEquals("Answer readiness test",
                new SetReadiness(ReadinessTest.NEED, ReadinessAnswer.NO, "").description());
    }

    @Test
    void clearingAnAnswerRemovesItAndItsNote() {
        Design after = applied(design, SetReadiness.clear(ReadinessTest.NEED));
        assertEquals(List.of(new Readiness(ReadinessTest.REVENUE, ReadinessAnswer.NO)), after.charter().readiness());
        assertSame(design, SetReadiness.clear(ReadinessTest.TECHNOLOGY).apply(design), "not answered");
        assertEquals("Clear readiness answer", SetReadiness.clear(ReadinessTest.NEED).description());
    }

    @Test
    void aNoteNeedsAnAnswer() {
        Design after = applied(design, new SetReadinessNote(ReadinessTest.REVENUE, "Seen as a cost centre"));
        assertEquals(new Readiness(ReadinessTest.REVENUE, ReadinessAnswer.NO, "Seen as a cost centre"),
                after.charter().readiness().get(1));
        EditRejected rejected = refused(design, new SetReadinessNote(ReadinessTest.TECHNOLOGY, "x"),
                EditKey.NOT_ANSWERED);
        assertEquals("The readiness test \"technology\" has no answer yet; answer it before writing a note.",
                rejected.getMessage());
        refused(design, new SetReadinessNote(ReadinessTest.NEED, "x".repeat(Rules.MAX_TEXT + 1)),
                EditKey.TEXT_TOO_LONG);
    }

    @Test
    void objectivesAreAddedWithAFreshIdAndSoundFields() {
        AddObjective add = AddObjective.named(design, "Cut cost per lead");
        assertEquals(Objective.of("cut-cost-per-lead", "Cut cost per lead"), add.objective());
        assertEquals(List.of("o1", "o2", "cut-cost-per-lead"), objectiveIds(applied(design, add)));
        assertEquals("Add objective", add.description());
        refused(design, new AddObjective(Objective.of("o1", "Again")), EditKey.DUPLICATE_ID);
        refused(design, new AddObjective(Objective.of("o 3", "Bad id")), EditKey.INVALID_ID);
        refused(design, new AddObjective(Objective.of("o3", " ")), EditKey.BLANK_NAME);
        refused(design, new AddObjective(new Objective("o3", "X", "", "", "p9")), EditKey.NO_PHASE);
        refused(design, new AddObjective(new Objective("o3", "X", "y".repeat(Rules.MAX_TEXT + 1), "", null)),
                EditKey.TEXT_TOO_LONG);
    }

    @Test
    void eachFieldOfAnObjectiveChangesAlone() {
        assertEquals(new Objective("o1", "Attribute all revenue", "pipeline share", "80 %", "p2"),
                applied(design, new SetObjectiveText("o1", "Attribute all revenue")).charter().objectives().get(0));
        assertEquals(new Objective("o1", "Attribute revenue", "", "80 %", "p2"),
                applied(design, new SetObjectiveMeasure("o1", "")).charter().objectives().get(0));
        assertEquals(new Objective("o1", "Attribute revenue", "pipeline share", "90 %", "p2"),
                applied(design, new SetObjectiveTarget("o1", "90 %")).charter().objectives().get(0));
        assertEquals(new Objective("o1", "Attribute revenue", "pipeline share", "80 %", null),
                applied(design, new SetObjectivePhase("o1", null)).charter().objectives().get(0));
        assertEquals("p3", applied(design, new SetObjectivePhase("o2", "p3")).charter().objectives().get(1).phase());
        refused(design, new SetObjectiveText("o1", ""), EditKey.BLANK_NAME);
        refused(design, new SetObjectivePhase("o1", "p9"), EditKey.NO_PHASE);
        refused(design, new SetObjectiveTarget("o9", "1"), EditKey.NO_OBJECTIVE);
        assertSame(design, new SetObjectiveTarget("o1", "80 %").apply(design));
        assertEquals(List.of("Change objective", "Set objective measure", "Set objective target",
                "Set objective phase"), List.of(new SetObjectiveText("o1", "x").description(),
                new SetObjectiveMeasure("o1", "x").description(), new SetObjectiveTarget("o1", "x").description(),
                new SetObjectivePhase("o1", null).description()));
    }

    @Test
    void objectivesMoveUpAndDownAndAreRemoved() {
        assertEquals(List.of("o2", "o1"), objectiveIds(applied(design, MoveObjective.by(design, "o2", -1))));
        assertEquals(List.of("o2", "o1"), objectiveIds(applied(design, new MoveObjective("o1", 9))));
        assertSame(design, MoveObjective.by(design, "o1", -1).apply(design), "the first cannot go up");
        assertEquals(List.of("o2"), objectiveIds(applied(design, new RemoveObjective("o1"))));
        refused(design, new RemoveObjective("o9"), EditKey.NO_OBJECTIVE);
        refused(design, new MoveObjective("o9", 0), EditKey.NO_OBJECTIVE);
        assertEquals("Move objective", new MoveObjective("o1", 0).description());
        assertEquals("Remove objective", new RemoveObjective("o1").description());
    }

    @Test
    void obstaclesAreAddedChangedMovedAndRemoved() {
        AddObstacle add = AddObstacle.named(design, ObstacleKind.STAKEHOLDER, "Sales does not trust MQLs");
        assertEquals(new Obstacle("sales-does-not-trust-mqls", ObstacleKind.STAKEHOLDER, "Sales does not trust MQLs",
                ""), add.obstacle());
        assertEquals(List.of("b1", "b2", "sales-does-not-trust-mqls"), obstacleIds(applied(design, add)));
        refused(design, new AddObstacle(new Obstacle("b1", ObstacleKind.BUDGET, "X", "")), EditKey.DUPLICATE_ID);
        refused(design, new AddObstacle(new Obstacle("b3", ObstacleKind.BUDGET, "", "")), EditKey.BLANK_NAME);

        assertEquals(new Obstacle("b1", ObstacleKind.PROCESS, "CRM not integrated", "Integration team"),
                applied(design, new SetObstacleKind("b1", ObstacleKind.PROCESS)).charter().obstacles().get(0));
        assertEquals(new Obstacle("b1", ObstacleKind.TECHNOLOGY, "CRM and MAP apart", "Integration team"),
                applied(design, new SetObstacleText("b1", "CRM and MAP apart")).charter().obstacles().get(0));
        assertEquals(new Obstacle("b2", ObstacleKind.BUDGET, "No budget for data", "Start small"),
                applied(design, new SetObstacleStrategy("b2", "Start small")).charter().obstacles().get(1));
        refused(design, new SetObstacleText("b1", " "), EditKey.BLANK_NAME);
        refused(design, new SetObstacleKind("b9", ObstacleKind.PROCESS), EditKey.NO_OBSTACLE);

        assertEquals(List.of("b2", "b1"), obstacleIds(applied(design, MoveObstacle.by(design, "b1", 1))));
        assertSame(design, MoveObstacle.by(design, "b2", 1).apply(design), "the last cannot go down");
        assertEquals(List.of("b1"), obstacleIds(applied(design, new RemoveObstacle("b2"))));
        refused(design, new RemoveObstacle("b9"), EditKey.NO_OBSTACLE);
        assertEquals(List.of("Add obstacle", "Set obstacle kind", "Change obstacle", "Set obstacle strategy",
                "Move obstacle", "Remove obstacle"), List.of(add.description(),
                new SetObstacleKind("b1", ObstacleKind.BUDGET).description(), new SetObstacleText("b1", "x").description(),
                new SetObstacleStrategy("b1", "").description(), new MoveObstacle("b1", 0).description(),
                new RemoveObstacle("b1").description()));
    }
}
