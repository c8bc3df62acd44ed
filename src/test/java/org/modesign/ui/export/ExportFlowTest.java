package org.modesign.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.modesign.export.ExportFormat;
import org.modesign.export.Paper;
import org.modesign.format.DesignReader;
import org.modesign.starter.BundledSamples;
import org.modesign.model.Design;
import org.modesign.ui.base.EditorContext;
import org.modesign.ui.base.FileType;
import org.modesign.ui.i18n.I18n;
import org.modesign.ui.shell.MainWindow;
import org.modesign.ui.action.EditorAction;
import org.modesign.ui.document.DocumentModel;
import org.modesign.ui.file.FakeDialogs;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File ▸ Export in the editor window: the dialog, the file chooser, the export off the JavaFX thread. */
@ExtendWith(ApplicationExtension.class)
class ExportFlowTest {

    @TempDir
    Path dir;

    private final FakeDialogs dialogs = new FakeDialogs();
    private final List<String> status = new ArrayList<>();
    private EditorContext context;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        Design sample = new DesignReader().parse(BundledSamples.read("mops-of-one.modesign")).design();
        context = new EditorContext(new DocumentModel(sample, Path.of("plans", "mops-of-one.modesign")), dialogs);
        window = new MainWindow(context, new Region(), new Menu("Recent"));
        context.setStatusMessages(status::add);
        stage.setScene(window.createScene(1200, 800));
        stage.show();
        window.focusChart();
    }

    @Test
    void shortcutEOpensTheDialogAndExportsTheChosenFormat(FxRobot robot) throws Exception {
        Path out = dir.resolve("chart.png");
        dialogs.filesToSave.add(Optional.of(out));
        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#export-format-png").clickOn("#export-scale-2").clickOn(I18n.tr("export.dialog.export"));
        waitForFile(out);
        BufferedImage image = ImageIO.read(out.toFile());
        assertTrue(image.getWidth() > 1000, "2x: " + image.getWidth());
        assertEquals(List.of(FileType.PNG), dialogs.fileTypes);
        assertEquals(List.of("mops-of-one-one.png"), dialogs.suggestedNames);
        waitUntil(() -> status.contains(I18n.tr("export.doneChart", "chart.png")));
    }

    @Test
    void theExportMenuHoldsTheChartTheStackAndTheSixTables(FxRobot robot) {
        Menu file = (Menu) robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class).getMenus().get(0);
        Menu export = file.getItems().stream().filter(i -> i instanceof Menu m && m.getText().equals(
                I18n.tr("menu.export"))).map(Menu.class::cast).findFirst().orElseThrow();
        assertEquals(List.of("menu-EXPORT_IMAGE", "menu-EXPORT_PLAN_REPORT", "menu-EXPORT_STACK_PNG", "menu-EXPORT_STACK_SVG",
                "menu-EXPORT_STACK_PDF", "menu-EXPORT_ROLES_CSV", "menu-EXPORT_RACI_CSV",
                "menu-EXPORT_FINDINGS_CSV", "menu-EXPORT_METRICS_CSV", "menu-EXPORT_STACK_CSV", "menu-EXPORT_HIRING_CSV"), export.getItems().stream().map(MenuItem::getId)
                .filter(id -> id != null).toList());
    }

    @Test
    void thePlanReportIsWrittenAsPdfOrAsHtmlByTheNameChosen() throws Exception {
        dialogs.filesToSave.add(Optional.of(dir.resolve("report")));
        run(EditorAction.EXPORT_PLAN_REPORT);
        Path pdf = dir.resolve("report.pdf");
        waitForFile(pdf);
        assertEquals(List.of("mops-of-one-plan.pdf"), dialogs.suggestedNames);
        waitUntil(() -> status.stream().anyMatch(s -> s.startsWith("Wrote the plan report to report.pdf (")));
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            assertTrue(text.contains("Transition plan for leadership") && text.contains("Key figures"));
        }
        waitUntil(() -> context.actions().isEnabled(EditorAction.EXPORT_PLAN_REPORT));
        Path html = dir.resolve("report.html");
        dialogs.filesToSave.add(Optional.of(html));
        run(EditorAction.EXPORT_PLAN_REPORT);
        waitForFile(html);
        waitUntil(() -> status.contains(I18n.tr("report.done.html", "report.html")));
        assertTrue(Files.readString(html, StandardCharsets.UTF_8).contains("<h4>Key figures</h4>"));
    }

    @Test
    void aTableIsExportedAtThePhaseTheViewsShowWithItsExtensionAdded() throws Exception {
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> context.document().phaseIdProperty().set("y2"));
        Path chosen = dir.resolve("roles");
        dialogs.filesToSave.add(Optional.of(chosen));
        run(EditorAction.EXPORT_ROLES_CSV);
        Path out = dir.resolve("roles.csv");
        waitForFile(out);
        String text = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFFid,title,archetype,team,region,fte,sourcing,from,to,manager"), text);
        assertEquals(List.of("mops-of-one-one-y2-roles.csv"), dialogs.suggestedNames);
        assertEquals(List.of(FileType.CSV), dialogs.fileTypes);
    }

    @Test
    void theStackIsExportedAsAPictureAtThePhaseTheViewsShow() throws Exception {
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> context.document().phaseIdProperty().set("y2"));
        Path out = dir.resolve("stack.svg");
        dialogs.filesToSave.add(Optional.of(out));
        run(EditorAction.EXPORT_STACK_SVG);
        waitForFile(out);
        String svg = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(svg.contains("Year 2") && svg.contains(I18n.tr("stack.sheet.title")), "the header");
        for (var entry : context.document().scenario().stack()) {
            String name = context.document().design().tool(entry.tool()).orElseThrow().name();
            for (String word : name.split(" ")) {
                assertTrue(svg.contains(word) || entry.from() != null || entry.to() != null, name + ": " + word);
            }
        }
        assertEquals(List.of("mops-of-one-one-y2-stack.svg"), dialogs.suggestedNames);
        assertEquals(List.of(FileType.SVG), dialogs.fileTypes);
        waitUntil(() -> status.contains(I18n.tr("export.doneChart", "stack.svg")));
    }

    @Test
    void aFailedExportSaysWhyAndTheActionsComeBack() throws Exception {
        dialogs.filesToSave.add(Optional.of(dir.resolve("missing-folder").resolve("raci.csv")));
        run(EditorAction.EXPORT_RACI_CSV);
        waitUntil(() -> !dialogs.errors.isEmpty());
        assertEquals(I18n.tr("export.failed.title"), dialogs.errors.get(0).title());
        assertTrue(dialogs.errors.get(0).text().startsWith("Could not save"), dialogs.errors.get(0).text());
        waitUntil(() -> context.actions().isEnabled(EditorAction.EXPORT_RACI_CSV));
        assertFalse(Files.exists(dir.resolve("missing-folder")));
    }

    @Test
    void onlyTheSelectedCardsAreDrawnWhenAsked() throws Exception {
        List<String> titles = new ArrayList<>();
        ExportController controller = new ExportController(context, (start, phases, cards, folded) -> {
            assertEquals(2, cards);
            return Optional.of(new ExportChoice(ExportFormat.SVG, true, null, 1, Paper.A4));
        }, Executors.newSingleThreadExecutor());
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            var nodes = context.document().scenario().nodes();
            context.selection().selectNodes(List.of(nodes.get(0).id(), nodes.get(1).id()));
            titles.add(nodes.get(0).label());
            titles.add(nodes.get(2).label());
        });
        Path out = dir.resolve("selection.svg");
        dialogs.filesToSave.add(Optional.of(out));
        WaitForAsyncUtils.waitForAsyncFx(10_000, controller::exportChart);
        waitForFile(out);
        String svg = Files.readString(out);
        assertTrue(svg.contains(">" + titles.get(0) + "<"), "a selected card is drawn");
        assertFalse(svg.contains(">" + titles.get(1) + "<"), "a card not selected is not");
        assertTrue(svg.contains("2 selected cards"), "the header says so");
    }

    private void run(EditorAction action) {
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> assertTrue(context.actions().run(action)));
    }

    private static void waitForFile(Path file) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Files.exists(file));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
    }
}
