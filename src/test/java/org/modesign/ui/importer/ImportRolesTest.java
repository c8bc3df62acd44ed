package org.modesign.ui.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Menu;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.modesign.importer.PreviewRow;
import org.modesign.importer.RowProblem;
import org.modesign.starter.NewDesigns;
import org.modesign.model.Design;
import org.modesign.model.Line;
import org.modesign.model.LineStyle;
import org.modesign.model.Role;
import org.modesign.model.Scenario;
import org.modesign.ui.base.EditorContext;
import org.modesign.ui.base.FileType;
import org.modesign.ui.shell.MainWindow;
import org.modesign.ui.document.DocumentModel;
import org.modesign.ui.file.FakeDialogs;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File ▸ Import Roles from CSV in the editor window: preview, Import or Cancel, one undo step. */
@ExtendWith(ApplicationExtension.class)
class ImportRolesTest {

    /** Good and bad rows under a Chinese header. */
    private static final String CSV = """
            编号,职位,原型,部门,地区,全职当量,用工方式,上级
            head,Head of MOps,领导者,MOps,,1,内部,CMO
            ,Marketing analyst,建模者,MOps,EMEA,0.5,合同工,head
            ,Wizard,wizard,MOps,,1,,head
            ,Campaign manager,营销者,Campaigns,,2,代理商,Nobody
            ,Web developer,创客,Web,,1,,CMO
            """;

    @TempDir
    Path dir;

    private final FakeDialogs dialogs = new FakeDialogs();
    private final Design initial = NewDesigns.standard("Plan", "Phase 1", "Scenario 1");
    private final DocumentModel document = new DocumentModel(initial, null);
    private final EditorContext context = new EditorContext(document, dialogs);

    @Start
    void start(Stage stage) {
        MainWindow window = new MainWindow(context, new javafx.scene.layout.Region(), new Menu("Recent"));
        stage.setScene(window.createScene(1200, 800));
        stage.show();
        window.focusChart();
    }

    @Test
    void thePreviewShowsRowsAndProblemsAndImportIsOneUndoableStep(FxRobot robot) throws Exception {
        open(robot, write(CSV));
        assertEquals(List.of(FileType.CSV), dialogs.fileTypes);
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertEquals("roles.csv: 3 of 5 rows can be imported.", pane.getHeaderText());
        TableView<PreviewRow> rows = table(robot, "#import-rows");
        assertEquals(List.of("Head of MOps", "Marketing analyst", "Web developer"),
                rows.getItems().stream().map(r -> r.role().title()).toList());
        TableView<RowProblem> problems = table(robot, "#import-problems");
        assertEquals(List.of(4, 5), problems.getItems().stream().map(RowProblem::line).toList());
        assertTrue(robot.lookup("Marketing analyst").tryQuery().isPresent(), "the rows are shown");
        assertTrue(robot.lookup("Head of MOps (line 2)").tryQuery().isPresent(), "a manager row is named by line");
        assertTrue(robot.lookup("MOps (new)").tryQuery().isPresent(), "a new team is marked");

        robot.clickOn("#import-confirm");
        WaitForAsyncUtils.waitForFxEvents();
        Scenario scenario = document.scenario();
        assertEquals(initial.scenarios().get(0).nodes().size() + 5, scenario.nodes().size(), "3 roles, 2 teams");
        assertTrue(scenario.lines().contains(new Line("head", "cmo", LineStyle.SOLID)));
        assertEquals("EMEA", document.design().regions().get(0).name());
        List<String> roles = scenario.nodes().stream().filter(n -> n instanceof Role).map(n -> n.id()).toList();
        assertEquals(roles.stream().collect(Collectors.toSet()), context.selection().nodes(), "the new roles are selected");
        assertEquals("Undo Import 3 roles from CSV", document.undoTextProperty().get().replace("_", ""));

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(initial, document.design(), "one undo takes the whole import back");
    }

    @Test
    void cancelChangesNothing(FxRobot robot) throws Exception {
        open(robot, write(CSV));
        robot.clickOn("#import-cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(initial, document.design());
        assertFalse(document.canUndoProperty().get());
    }

    @Test
    void importIsDisabledWhenNoRowCanBeUsed(FxRobot robot) throws Exception {
        open(robot, write("title,archetype\nWizard,wizard\n"));
        assertTrue(robot.lookup("#import-confirm").queryAs(Button.class).isDisabled());
        assertEquals(1, table(robot, "#import-problems").getItems().size());
        robot.clickOn("#import-cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(initial, document.design());
    }

    @Test
    void aFileWithoutTitlesOpensTheColumnChooserWithTheReason(FxRobot robot) throws Exception {
        dialogs.filesToOpen.add(Optional.of(write("id,team\na,b\n")));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.I).release(KeyCode.I, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#import-map-0").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertTrue(pane.getHeaderText().contains("the header names no title column"), pane.getHeaderText());
        assertTrue(robot.lookup("#import-confirm").queryAs(Button.class).isDisabled());
        assertTrue(dialogs.errors.isEmpty(), "the user chooses a column instead of meeting an error");
        robot.clickOn("#import-cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(initial, document.design());
    }

    @Test
    void aFileThatCannotBeReadIsExplained(FxRobot robot) throws Exception {
        dialogs.filesToOpen.add(Optional.of(write("")));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.I).release(KeyCode.I, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !dialogs.errors.isEmpty());
        assertEquals("Cannot Import Roles", dialogs.errors.get(0).title());
        assertTrue(dialogs.errors.get(0).text().startsWith("roles.csv cannot be imported: "), dialogs.errors.get(0).text());
        assertEquals(initial, document.design());
    }

    /** Opens the import with Ctrl+Shift+I on {@code file} and waits for the preview. */
    private void open(FxRobot robot, Path file) throws TimeoutException {
        dialogs.filesToOpen.add(Optional.of(file));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.I).release(KeyCode.I, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#import-rows").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private static <T> TableView<T> table(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TableView.class);
    }

    private Path write(String text) throws IOException {
        return Files.writeString(dir.resolve("roles.csv"), text, StandardCharsets.UTF_8);
    }
}
