package org.modesign.ui.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.modesign.ui.file.Editor.fx;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.modesign.format.DesignWriter;
import org.modesign.model.Design;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real bar in a window: it says the design changed on disk and its buttons answer. */
@ExtendWith(ApplicationExtension.class)
class DiskChangeBarTest {

    @TempDir
    Path dir;

    private Editor editor;
    private DiskChangeBar bar;
    private Label content;

    @Start
    void start(Stage stage) {
        editor = new Editor(dir.resolve("recovery"));
        content = new Label("the chart");
        Scene scene = new Scene(new StackPane(content), 900, 500);
        bar = DiskChangeBar.install(scene);
        editor.files.setChangeNotice(bar);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void theBarOffersReloadAndKeepMineAndReloadTakesTheirVersion(FxRobot robot) throws IOException {
        Design ours = FileController.untitledDesign().withTitle("Ours");
        Path file = dir.resolve("plan.modesign");
        new DesignWriter().save(ours, file);
        editor.dialogs.filesToOpen.add(Optional.of(file));
        fx(editor.files::open);
        fx(() -> editor.rename("Mine"));
        new DesignWriter().save(ours.withTitle("Theirs"), file);
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(5)));

        fx(editor.files::windowFocused);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(bar.showing());
        assertTrue(content.getScene() != null, "the window's content stays in the window under the bar");
        List<Button> buttons = robot.lookup(".notification-bar .button").queryAllAs(Button.class).stream()
                .filter(b -> !b.getText().isEmpty()).toList();
        assertEquals(List.of("Reload", "Keep Mine"), buttons.stream().map(Button::getText).toList());
        assertTrue(robot.lookup(".notification-bar .label").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().contains("plan.modesign")));

        fx(buttons.get(0)::fire);
        assertEquals("Theirs", editor.document.design().title());
        assertFalse(editor.dirty());
        assertFalse(bar.showing());
    }
}
