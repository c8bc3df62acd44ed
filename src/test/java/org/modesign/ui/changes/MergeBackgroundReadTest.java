package org.modesign.ui.changes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.modesign.ui.file.DesignLoader;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The merge dialog reads a large chosen file off the JavaFX thread, says so, and waits with its buttons off. */
@ExtendWith(ApplicationExtension.class)
class MergeBackgroundReadTest {

    @TempDir
    Path dir;

    /** Background reads the test runs when it chooses (every file counts as large). */
    private final List<Runnable> held = new ArrayList<>();
    private ChangesFixture editor;
    private MergeDialog dialog;

    @Start
    void start(Stage stage) {
        editor = new ChangesFixture(stage, MergeDialogTest.ours(), null);
        DesignFiles files = new DesignFiles(editor.context, new DesignLoader(editor.context::showStatus, 0, held::add));
        dialog = new MergeDialog(editor.context, () -> stage, files);
    }

    private String summary(FxRobot robot) {
        return robot.lookup("#merge-summary").queryAs(Label.class).getText();
    }

    private boolean disabled(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Button.class).isDisabled();
    }

    /** Runs the held read, as the background thread would, and lets its answer arrive. */
    private void finishRead() {
        assertEquals(1, held.size(), "one read in the background");
        held.remove(0).run();
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theDialogWaitsForTheReadThenShowsWhatTheMergeTakes(FxRobot robot) {
        Path base = ChangesFixture.save(ChangesFixture.base(), dir.resolve("base.modesign"));
        Path theirs = ChangesFixture.save(MergeDialogTest.theirs(), dir.resolve("theirs.modesign"));
        robot.interact(() -> dialog.open(null, null));
        editor.dialogs.filesToOpen.add(Optional.of(base));
        robot.clickOn("#merge-choose-base");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("Reading the chosen design… The merge shows what it takes once the file is read.", summary(robot));
        assertTrue(disabled(robot, "#merge-choose-base"));
        assertTrue(disabled(robot, "#merge-choose-theirs"));
        assertTrue(disabled(robot, "#merge-apply"));

        finishRead();
        assertEquals("base.modesign", robot.lookup("#merge-base-name").queryAs(Label.class).getText());
        assertFalse(disabled(robot, "#merge-choose-theirs"));
        editor.dialogs.filesToOpen.add(Optional.of(theirs));
        robot.clickOn("#merge-choose-theirs");
        finishRead();
        assertEquals("2 changes of theirs come in without conflict. 1 conflict: choose a side for it.", summary(robot));
        assertFalse(disabled(robot, "#merge-apply"));
        robot.interact(() -> dialog.stage().close());
    }

    @Test
    void aFileThatDoesNotLoadIsSaidClearlyAndTheDialogIsUsableAgain(FxRobot robot) throws Exception {
        Path broken = Files.writeString(dir.resolve("broken.modesign"), "{ not a design");
        robot.interact(() -> dialog.open(null, null));
        editor.dialogs.filesToOpen.add(Optional.of(broken));
        robot.clickOn("#merge-choose-base");
        WaitForAsyncUtils.waitForFxEvents();
        finishRead();

        assertEquals(1, editor.dialogs.problems.size());
        assertEquals(broken, editor.dialogs.problems.get(0).file());
        assertFalse(editor.dialogs.problems.get(0).problems().isEmpty(), "the reader's reasons are shown");
        assertEquals("(not chosen)", robot.lookup("#merge-base-name").queryAs(Label.class).getText());
        assertTrue(summary(robot).startsWith("Choose the base and their version"), summary(robot));
        assertFalse(disabled(robot, "#merge-choose-base"));
        robot.interact(() -> dialog.stage().close());
    }
}
