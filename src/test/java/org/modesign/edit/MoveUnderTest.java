package org.modesign.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.modesign.model.Archetype;
import org.modesign.model.Design;
import org.modesign.model.Executive;
import org.modesign.model.Line;
import org.modesign.model.LineStyle;
import org.modesign.model.Office;
import org.modesign.model.Role;
import org.modesign.model.Scenario;
import org.modesign.model.Settings;
import org.modesign.model.Strategy;
import org.modesign.model.Team;

class MoveUnderTest {

    private static Design design() {
        Scenario s = new Scenario("s", "S", Strategy.CENTRALIZED, List.of(
                new Executive("ceo", Office.CEO, "CEO", 0, 0),
                new Executive("cmo", Office.CMO, "CMO", 0, 100),
                new Executive("cio", Office.IT, "CIO", 200, 100),
                new Team("coe", "Martech CoE", null, null, null, 0, 200),
                Role.of("ops", "Ops lead", Archetype.LEADER, 100, 200)),
                List.of(new Line("cmo", "ceo", LineStyle.SOLID), new Line("cio", "ceo", LineStyle.SOLID),
                        new Line("coe", "cmo", LineStyle.SOLID), new Line("ops", "cmo", LineStyle.SOLID),
                        new Line("ops", "cio", LineStyle.DOTTED)));
        return new Design("D", "", Settings.DEFAULTS, List.of(), List.of(), List.of(), List.of(s));
    }

    private static Scenario scenario(Design d) {
        return d.scenarios().get(0);
    }

    @Test
    void aCardPutUnderAnotherReportsToItByASolidLineInsteadOfItsOldOne() {
        Design before = design();
        EditCommand move = MoveUnder.of(scenario(before), "ops", "cio");
        assertEquals("Move \"Ops lead\" under \"CIO\"", move.text().english());
        Scenario after = scenario(move.apply(before));
        List<Line> fromOps = after.lines().stream().filter(l -> l.from().equals("ops")).toList();
        assertEquals(List.of(new Line("ops", "cio", LineStyle.SOLID)), fromOps,
                "the old solid line and the dotted line to the new superior are gone");
    }

    @Test
    void aRolePutUnderATeamBecomesItsMemberWithoutASolidLine() {
        Design before = design();
        Scenario after = scenario(MoveUnder.of(scenario(before), "ops", "coe").apply(before));
        Role ops = (Role) after.node("ops").orElseThrow();
        assertEquals("coe", ops.team());
        assertTrue(after.lines().stream().noneMatch(l -> l.from().equals("ops") && l.solid()));
        assertTrue(after.lines().contains(new Line("ops", "cio", LineStyle.DOTTED)), "other dotted lines stay");
    }

    @Test
    void aMoveIsOneStepOfTheHistory() {
        History history = new History(design());
        history.execute(MoveUnder.of(scenario(history.current()), "ops", "cio"));
        assertTrue(history.canUndo());
        history.undo();
        assertEquals(design(), history.current());
    }

    @Test
    void aMissingCardIsRefusedWithItsName() {
        EditRejected refused = assertThrows(EditRejected.class, () -> MoveUnder.of(scenario(design()), "ops", "cfo"));
        assertTrue(refused.reason().english().contains("cfo"));
    }
}
