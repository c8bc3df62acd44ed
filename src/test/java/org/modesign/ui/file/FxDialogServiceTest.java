package org.modesign.ui.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.modesign.model.Problem;
import org.modesign.ui.base.DialogService.SaveChoice;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real dialogs, driven by clicking their buttons. */
@ExtendWith(ApplicationExtension.class)
class FxDialogServiceTest {

    private FxDialogService dialogs;

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
        dialogs = new FxDialogService(stage);
    }

    @Test
    void theProblemsDialogListsEveryProblemAndCopiesThemAll(FxRobot robot) throws Exception {
        Path file = Path.of("designs", "broken.modesign");
        List<Problem> problems = IntStream.range(0, 300)
                .mapToObj(i -> new Problem("scenarios[0].lines[" + i + "].to", "no node \"x" + i + "\""))
                .toList();
        CompletableFuture<Boolean> closed = show(() -> {
            dialogs.showProblems(file, problems);
            return true;
        });
        TableView<?> table = robot.lookup("#problems-table").queryAs(TableView.class);
        assertEquals(problems, table.getItems());
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertEquals("broken.modesign could not be opened because of 300 problems.", pane.getHeaderText());

        robot.clickOn("#problems-copy");
        assertFalse(closed.isDone(), "copying keeps the dialog open");
        String copied = WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get();
        assertEquals(ProblemsDialog.asText(file, problems), copied);
        assertTrue(copied.contains("scenarios[0].lines[299].to: no node \"x299\"\n"));

        robot.clickOn("Close");
        assertTrue(closed.get(10, TimeUnit.SECONDS));
    }

    @Test
    void aLongProblemWrapsInsteadOfBeingCut(FxRobot robot) throws Exception {
        String message = "unknown value \"wizard\"; use one of maestro | modeler | maker | marketer | leader, "
                + "the archetypes of the survey, which every role of a design names";
        CompletableFuture<Boolean> closed = show(() -> {
            dialogs.showProblems(Path.of("x.modesign"), List.of(new Problem("scenarios[0].nodes[2].archetype",
                    message)));
            return true;
        });
        javafx.scene.text.Text shown = robot.lookup("#problems-table .wrap-cell-text")
                .match((javafx.scene.text.Text t) -> message.equals(t.getText())).queryAs(javafx.scene.text.Text.class);
        javafx.scene.text.Text path = robot.lookup("#problems-table .wrap-cell-text")
                .match((javafx.scene.text.Text t) -> t.getText().startsWith("scenarios")).queryAs(javafx.scene.text.Text.class);
        assertTrue(shown.getLayoutBounds().getHeight() > 1.5 * path.getLayoutBounds().getHeight(),
                "the whole sentence, on more than one line");
        robot.clickOn("Close");
        closed.get(10, TimeUnit.SECONDS);
    }

    @Test
    void aProblemOfTheWholeFileSaysSo(FxRobot robot) throws Exception {
        CompletableFuture<Boolean> closed = show(() -> {
            dialogs.showProblems(Path.of("x.modesign"), List.of(new Problem("", "the file does not exist")));
            return true;
        });
        assertTrue(robot.lookup("(whole file)").tryQuery().isPresent());
        robot.clickOn("Close");
        closed.get(10, TimeUnit.SECONDS);
    }

    @Test
    void theSavePromptOffersSaveDontSaveAndCancel(FxRobot robot) throws Exception {
        assertEquals(SaveChoice.SAVE, askAndClick(robot, "Save"));
        assertEquals(SaveChoice.DISCARD, askAndClick(robot, "Don't Save"));
        assertEquals(SaveChoice.CANCEL, askAndClick(robot, "Cancel"));
    }

    @Test
    void theSavePromptNamesTheDesign(FxRobot robot) throws Exception {
        CompletableFuture<SaveChoice> answer = show(() -> dialogs.askToSaveChanges("Q3 plan"));
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertEquals("Do you want to save the changes to “Q3 plan”?", pane.getHeaderText());
        robot.clickOn("Cancel");
        answer.get(10, TimeUnit.SECONDS);
    }

    @Test
    void confirmAnswersYesOrNo(FxRobot robot) throws Exception {
        CompletableFuture<Boolean> yes = show(() -> dialogs.confirm("Restore?", "Restore the changes?"));
        robot.clickOn("Yes");
        assertTrue(yes.get(10, TimeUnit.SECONDS));
        CompletableFuture<Boolean> no = show(() -> dialogs.confirm("Restore?", "Restore the changes?"));
        robot.clickOn("No");
        assertFalse(no.get(10, TimeUnit.SECONDS));
    }

    @Test
    void anErrorShowsItsMessageUntilClosed(FxRobot robot) throws Exception {
        CompletableFuture<Boolean> closed = show(() -> {
            dialogs.showError("Could Not Save", "Could not save \"/x\": it is a folder.");
            return true;
        });
        assertEquals("Could not save \"/x\": it is a folder.",
                robot.lookup(".dialog-pane").queryAs(DialogPane.class).getContentText());
        robot.clickOn("Close");
        closed.get(10, TimeUnit.SECONDS);
    }

    private SaveChoice askAndClick(FxRobot robot, String button)
            throws InterruptedException, ExecutionException, TimeoutException {
        CompletableFuture<SaveChoice> answer = show(() -> dialogs.askToSaveChanges("Plan"));
        robot.clickOn(button);
        return answer.get(10, TimeUnit.SECONDS);
    }

    /** Opens a modal dialog on the JavaFX thread; the future completes when it is closed. */
    private static <T> CompletableFuture<T> show(Supplier<T> dialog) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> result.complete(dialog.get()));
        WaitForAsyncUtils.waitForFxEvents();
        return result;
    }
}
