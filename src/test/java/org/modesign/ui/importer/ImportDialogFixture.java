package org.modesign.ui.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.modesign.importer.PreviewRow;
import org.modesign.model.Design;
import org.modesign.ui.base.EditorContext;
import org.modesign.ui.document.DocumentModel;
import org.modesign.ui.file.FakeDialogs;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What the import dialog's tests share: the import controller on a design, in a stage, with
 * scripted dialogs, a mapping memory of its own (removed after each test) and files written to a
 * test folder; opening a file into the dialog and finding its mapping boxes and rows.
 */
abstract class ImportDialogFixture {

    @TempDir
    Path dir;

    private final Preferences node = Preferences.userRoot().node("org/modesign/test-" + UUID.randomUUID());
    final FakeDialogs dialogs = new FakeDialogs();
    final DocumentModel document;
    final EditorContext context;
    ImportRolesController controller;

    /** The editor shows {@code design} when each test starts. */
    ImportDialogFixture(Design design) {
        document = new DocumentModel(design, null);
        context = new EditorContext(document, dialogs);
    }

    /** Shows {@code stage} and makes the controller: call from the test's own {@code @Start} (TestFX looks there only). */
    void show(Stage stage) {
        stage.setScene(new Scene(new StackPane(), 800, 600));
        stage.show();
        controller = new ImportRolesController(context, () -> stage, Runnable::run, new MappingMemory(node));
    }

    @AfterEach
    void removeNode() throws BackingStoreException {
        node.removeNode();
    }

    /** Imports {@code file} and waits until the dialog shows its rows. */
    void open(FxRobot robot, Path file) throws TimeoutException {
        dialogs.filesToOpen.add(Optional.of(file));
        robot.interact(controller::importRoles);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#import-rows").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Writes {@code text} as the file {@code name} in the test folder. */
    Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    /** The field chosen for the file's column {@code column}. */
    @SuppressWarnings("unchecked")
    static ComboBox<MappingChooser.FieldItem> combo(FxRobot robot, int column) {
        return robot.lookup("#import-map-" + column).queryAs(ComboBox.class);
    }

    /** The rows the import would make. */
    @SuppressWarnings("unchecked")
    static TableView<PreviewRow> rows(FxRobot robot) {
        return robot.lookup("#import-rows").queryAs(TableView.class);
    }
}
