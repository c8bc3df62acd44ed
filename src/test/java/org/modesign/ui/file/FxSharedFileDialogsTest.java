package org.modesign.ui.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.modesign.sharedfile.LockOwner;
import org.modesign.ui.file.SharedFileDialogs.DiskChoice;
import org.modesign.ui.file.SharedFileDialogs.LockChoice;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real shared-file questions, answered by clicking and by the keyboard. */
@ExtendWith(ApplicationExtension.class)
class FxSharedFileDialogsTest {

    private FxSharedFileDialogs dialogs;

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
        dialogs = new FxSharedFileDialogs(stage);
    }

    @Test
    void theLockQuestionNamesWhoHasTheDesignAndOffersThreeWays(FxRobot robot) throws Exception {
        LockOwner alice = new LockOwner("alice", "laptop", 4242, Instant.parse("2026-12-07T09:00:00Z"));
        CompletableFuture<LockChoice> answer = show(() -> dialogs.askAboutLock(Path.of("plan.modesign"), alice));
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertTrue(pane.getContentText().startsWith("\u201Cplan.modesign\u201D is open in another editor: alice on laptop, since"),
                pane.getContentText());
        List<String> buttons = pane.getButtonTypes().stream().map(t -> t.getText()).toList();
        assertTrue(buttons.containsAll(List.of("Open Read-Only", "Open a Copy", "Open Anyway", "Cancel")), buttons::toString);
        robot.clickOn("Open a Copy");
        assertEquals(LockChoice.COPY, answer.get(10, TimeUnit.SECONDS));
    }

    @Test
    void enterAtTheChangedFileQuestionCancelsRatherThanOverwrites(FxRobot robot) throws Exception {
        CompletableFuture<DiskChoice> answer = show(() -> dialogs.askAboutChangedFile(Path.of("plan.modesign"), false));
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        Button keep = (Button) pane.lookupButton(pane.getButtonTypes().stream()
                .filter(t -> t.getText().equals("Keep Mine")).findFirst().orElseThrow());
        assertEquals(false, keep.isDefaultButton());
        assertEquals(List.of("Reload", "Keep Mine", "Cancel"),
                pane.getButtonTypes().stream().map(t -> t.getText()).toList(), "no Compare or Merge until given");
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        assertEquals(DiskChoice.CANCEL, answer.get(10, TimeUnit.SECONDS));
    }

    @Test
    void compareAndMergeAreButtonsOnceOffered(FxRobot robot) throws Exception {
        CompletableFuture<DiskChoice> answer = show(() -> dialogs.askAboutChangedFile(Path.of("plan.modesign"), true));
        robot.clickOn("Merge");
        assertEquals(DiskChoice.MERGE, answer.get(10, TimeUnit.SECONDS));
    }

    private static <T> CompletableFuture<T> show(Supplier<T> dialog) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> result.complete(dialog.get()));
        WaitForAsyncUtils.waitForFxEvents();
        return result;
    }
}
