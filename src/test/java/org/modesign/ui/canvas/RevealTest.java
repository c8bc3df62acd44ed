package org.modesign.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.prefs.Preferences;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.modesign.generator.DesignGenerator;
import org.modesign.generator.GeneratorSpec;
import org.modesign.layout.Folding;
import org.modesign.render.ChartScene;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Revealing a card folded away (find, the outline's selection) opens the way down to it: it shows,
 * no card above it stays collapsed, and the large branches beside the way stay collapsed, so that
 * the chart does not unfold thousands of cards to show one.
 */
@ExtendWith(ApplicationExtension.class)
class RevealTest {

    private final Preferences node = Preferences.userRoot().node("org/modesign/test-" + UUID.randomUUID());
    private EditorFixture editor;

    @Start
    void start(Stage stage) {
        editor = new EditorFixture(stage, DesignGenerator.generate(new GeneratorSpec(2_000, 3, 3, 22, 1, 1)));
        editor.chart().folds().useMemory(new FoldMemory(node));
    }

    @AfterEach
    void forget() throws Exception {
        node.removeNode();
    }

    @Test
    void revealingADeepCardOpensOnlyTheWayDownToIt(FxRobot robot) {
        ChartFolds folds = editor.chart().folds();
        Folding folding = Folding.of(editor.scenario());
        String deepest = folding.id(0);
        for (int v = 0; v < folding.size(); v++) {
            if (folding.above(folding.id(v)).size() > folding.above(deepest).size()) {
                deepest = folding.id(v);
            }
        }
        String card = deepest;
        ChartScene before = editor.chart().scene();
        assertTrue(before.hidden(before.indexOf(card)), "the design opens folded, the deepest card hidden");

        robot.interact(() -> folds.reveal(card));

        ChartScene after = editor.chart().scene();
        assertFalse(after.hidden(after.indexOf(card)), "the card shows");
        List<String> above = folding.above(card);
        for (String up : above) {
            assertFalse(folds.isCollapsed(up), up + " above the card is expanded");
        }
        int besideTheWay = 0;
        for (String up : above) {
            if (folding.branchSize(folding.indexOf(up)) > ChartFolds.SCREENFUL) {
                for (String report : folding.foldableReports(up)) {
                    if (!above.contains(report) && !report.equals(card)) {
                        assertTrue(folds.isCollapsed(report), report + " beside the way stays collapsed");
                        besideTheWay++;
                    }
                }
            }
        }
        assertTrue(besideTheWay > 0, "the way passes large branches");
        int shown = 0;
        for (int i = 0; i < after.nodeCount(); i++) {
            shown += after.hidden(i) ? 0 : 1;
        }
        assertTrue(shown < after.nodeCount() / 4, "a few cards show, not the branches beside the way: " + shown);

        Set<String> now = folds.collapsedIds();
        robot.interact(() -> folds.reveal(card));
        assertEquals(now, folds.collapsedIds(), "revealing a card that shows changes nothing");
    }
}
