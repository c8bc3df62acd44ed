package org.modesign.ui.changes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.modesign.ui.changes.ChangesFixture.fx;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.modesign.edit.DeleteNodes;
import org.modesign.edit.Rename;
import org.modesign.render.ChangeMark;
import org.modesign.render.ChangeMarks;
import org.modesign.ui.action.EditorAction;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File ▸ Compare with Last Saved Version: what the edits since the save changed. */
@ExtendWith(ApplicationExtension.class)
class CompareWithSavedTest {

    @TempDir
    static Path dir;

    private ChangesFixture editor;

    @Start
    void start(Stage stage) {
        Path file = ChangesFixture.save(ChangesFixture.base(), dir.resolve("saved.modesign"));
        editor = new ChangesFixture(stage, ChangesFixture.base(), file);
    }

    @Test
    void theEditsSinceTheSaveAreMarked(FxRobot robot) {
        robot.interact(() -> {
            editor.context.edit(new Rename("central", "a", "Senior data analyst"));
            editor.context.edit(new DeleteNodes("central", java.util.Set.of("c")));
        });
        robot.interact(() -> editor.context.actions().run(EditorAction.COMPARE_WITH_SAVED));
        WaitForAsyncUtils.waitForFxEvents();
        ChangeMarks marks = fx(() -> editor.changes().compareView().marks());
        assertEquals(Map.of("a", ChangeMark.CHANGED), marks.nodes());
        assertEquals(List.of("c"), marks.ghosts().stream().map(ChangeMarks.Ghost::id).toList());
        assertEquals("Changes since the last saved version",
                robot.lookup("#changes-title").queryLabeled().getText());
        assertTrue(editor.dialogs.information.isEmpty());

        robot.interact(editor.document::undo);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(fx(() -> editor.changes().compareView().marks()).ghosts().isEmpty(),
                "undoing the deletion takes its ghost away");
    }

    @Test
    void aDesignNeverSavedHasNoSavedVersionToCompareWith(FxRobot robot) {
        robot.interact(() -> {
            editor.document.open(ChangesFixture.base(), null);
            editor.context.actions().run(EditorAction.COMPARE_WITH_SAVED);
        });
        assertEquals(1, editor.dialogs.information.size());
        assertFalse(fx(() -> editor.changes().isComparing()));
    }
}
