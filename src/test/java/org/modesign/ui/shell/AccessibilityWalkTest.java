package org.modesign.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Menu;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.modesign.edit.LineKey;
import org.modesign.format.DesignReader;
import org.modesign.model.Executive;
import org.modesign.model.Line;
import org.modesign.model.LineStyle;
import org.modesign.model.Problem;
import org.modesign.model.Role;
import org.modesign.model.Team;
import org.modesign.starter.BundledSamples;
import org.modesign.ui.action.EditorAction;
import org.modesign.ui.base.DialogService;
import org.modesign.ui.base.EditorContext;
import org.modesign.ui.base.FileType;
import org.modesign.ui.document.DocumentModel;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.modesign.ui.file.Autosave;
import org.modesign.ui.file.DiskChangeBar;
import org.modesign.ui.file.SharedFileDialogs.DiskChoice;
import org.modesign.ui.file.FileController;
import org.modesign.ui.file.FxDialogService;
import org.modesign.ui.file.FxSharedFileDialogs;
import org.modesign.ui.file.RecentFiles;
import org.modesign.ui.file.RecentFilesStore;
import org.modesign.ui.file.RecoveryStore;
import org.modesign.ui.template.TemplateController;
import org.modesign.sharedfile.LockOwner;
import java.time.Instant;
import org.modesign.ui.inspector.InspectorView;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The editor as a screen-reader and keyboard user meets it (issue 19): every view, panel and
 * dialog is walked by {@link SceneWalk} (each control named as Windows names it; Tab reaches every
 * control and comes back round). The dialogs are opened through their actions, with the real
 * JavaFX dialogs for questions and messages (only the file choosers are scripted).
 */
@ExtendWith(ApplicationExtension.class)
class AccessibilityWalkTest {

    @TempDir
    static Path folder;

    private Stage stage;
    private MainWindow window;
    private EditorContext context;
    private final Deque<Path> files = new ArrayDeque<>();
    private DiskChangeBar changeBar;
    private Preferences guidePreferences;

    @AfterEach
    void forgetTheGuidesPreferences() throws Exception {
        guidePreferences.removeNode();
    }

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        DocumentModel document = new DocumentModel(new DesignReader().read(BundledSamples.extract(BundledSamples.DEFAULT))
                .design(), null);
        context = new EditorContext(document, new RealDialogs(stage));
        Path recovery = Files.createDirectories(folder.resolve("recovery-" + System.nanoTime()));
        FileController files = new FileController(context, new RecentFiles(new RecentFilesStore() {
            @Override
            public List<String> load() {
                return List.of();
            }

            @Override
            public void store(List<String> paths) {
            }
        }), new Autosave(document, new RecoveryStore(recovery), context::showStatus), new FxSharedFileDialogs(stage));
        new TemplateController(context, files, () -> stage);
        window = new MainWindow(context, new InspectorView(context), files.recentMenu());
        stage.setScene(window.createScene(1200, 800));
        changeBar = DiskChangeBar.install(stage.getScene());
        guidePreferences = Preferences.userRoot().node("modesign-a11y-walk-" + System.nanoTime());
        window.offerFirstStartGuide(guidePreferences);
        stage.show();
        window.focusChart();
    }

    /** The editor's own dialogs for everything but the file choosers, which the test answers. */
    private final class RealDialogs implements DialogService {

        private final FxDialogService real;

        RealDialogs(Window owner) {
            real = new FxDialogService(owner);
        }

        @Override
        public Optional<Path> chooseFileToOpen(Path initialFolder, FileType type) {
            return Optional.ofNullable(files.poll());
        }

        @Override
        public Optional<Path> chooseFileToSave(Path initialFolder, String suggestedName, FileType type) {
            return Optional.empty();
        }

        @Override
        public SaveChoice askToSaveChanges(String designTitle) {
            return real.askToSaveChanges(designTitle);
        }

        @Override
        public void showProblems(Path file, List<Problem> problems) {
            real.showProblems(file, problems);
        }

        @Override
        public void showInformation(String title, String message) {
            real.showInformation(title, message);
        }

        @Override
        public void showError(String title, String message) {
            real.showError(title, message);
        }

        @Override
        public Optional<String> askText(String title, String prompt, String initial) {
            return real.askText(title, prompt, initial);
        }

        @Override
        public boolean confirm(String title, String message) {
            return real.confirm(title, message);
        }
    }

    private static <T> T fx(Callable<T> call) {
        return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(call));
    }

    private void run(EditorAction action) {
        fx(() -> context.actions().run(action));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<String> walkMain(String where) {
        WaitForAsyncUtils.waitForFxEvents();
        return fx(() -> {
            stage.getScene().getRoot().applyCss();
            stage.getScene().getRoot().layout();
            return SceneWalk.problems(where, stage.getScene());
        });
    }

    private <T> String firstId(Class<T> type) {
        return fx(() -> context.document().scenario().nodes().stream().filter(type::isInstance)
                .map(org.modesign.model.Node::id).findFirst().orElseThrow());
    }

    @Test
    void everyViewAndPanelNamesItsControlsAndTabGoesRoundThem() {
        List<String> problems = new ArrayList<>();
        problems.addAll(walkMain("chart, nothing selected"));
        for (Class<?> type : List.of(Role.class, Team.class, Executive.class)) {
            String id = firstId(type);
            fx(() -> {
                context.selection().selectNodes(List.of(id));
                return null;
            });
            problems.addAll(walkMain("inspector of a " + type.getSimpleName()));
        }
        Line line = fx(() -> context.document().scenario().lines().stream()
                .filter(l -> l.style() == LineStyle.SOLID).findFirst().orElseThrow());
        fx(() -> {
            context.selection().selectLine(new LineKey(line.from(), line.to()));
            return null;
        });
        problems.addAll(walkMain("inspector of a line"));
        fx(() -> {
            context.selection().clear();
            return null;
        });
        run(EditorAction.SHOW_OUTLINE);
        run(EditorAction.SHOW_FINDINGS);
        run(EditorAction.FIND);
        problems.addAll(walkMain("outline, findings and find bar"));
        run(EditorAction.SHOW_OUTLINE);
        run(EditorAction.SHOW_FINDINGS);
        for (EditorAction view : List.of(EditorAction.SHOW_MATRIX, EditorAction.SHOW_COMPARE, EditorAction.SHOW_STACK,
                EditorAction.SHOW_PLAN)) {
            run(view);
            problems.addAll(walkMain(view.name()));
        }
        run(EditorAction.SHOW_CHART);
        fx(() -> {
            changeBar.show("The design changed on disk.", List.of(DiskChoice.RELOAD, DiskChoice.KEEP_MINE), choice -> { });
            return null;
        });
        problems.addAll(walkMain("the bar that says a design changed on disk, and the first-start guide"));
        assertEquals(List.of(), problems, String.join("\n", problems));
    }

    @Test
    void everyDialogNamesItsControlsAndTabGoesRoundThem() throws Exception {
        Path csv = folder.resolve("roles.csv");
        Files.writeString(csv, "Title,Manager,Team,Region\nData analyst,CMO,Data,Global\nWeb developer,Data analyst,,\n",
                StandardCharsets.UTF_8);
        List<String> problems = new ArrayList<>();
        for (EditorAction action : List.of(EditorAction.EDIT_CAPABILITIES, EditorAction.EDIT_TOOLS,
                EditorAction.EDIT_REGIONS, EditorAction.EDIT_PHASES, EditorAction.EDIT_CHARTER,
                EditorAction.SHOW_SHORTCUTS, EditorAction.MERGE, EditorAction.EXPORT_IMAGE,
                EditorAction.RENAME_SCENARIO, EditorAction.DELETE_SCENARIO, EditorAction.ABOUT,
                EditorAction.NEW_FROM_TEMPLATE)) {
            problems.addAll(openAndWalk(action.name(), () -> context.actions().run(action)));
        }
        String role = firstId(Role.class);
        fx(() -> {
            context.selection().selectNodes(List.of(role));
            return null;
        });
        problems.addAll(openAndWalk("REPORT_TO", () -> context.actions().run(EditorAction.REPORT_TO)));
        fx(() -> {
            context.selection().clear();
            return null;
        });
        files.add(csv);
        problems.addAll(openAndWalk("IMPORT_ROLES", () -> context.actions().run(EditorAction.IMPORT_ROLES)));
        Path broken = folder.resolve("broken.modesign");
        Files.writeString(broken, "{}", StandardCharsets.UTF_8);
        files.add(broken);
        problems.addAll(openAndWalk("OPEN a broken file", () -> context.actions().run(EditorAction.OPEN)));
        // The questions about a shared file, asked by the file controller when another editor holds it or it changed on disk.
        FxSharedFileDialogs shared = fx(() -> new FxSharedFileDialogs(stage));
        problems.addAll(openAndWalk("a design open elsewhere", () -> shared.askAboutLock(broken,
                new LockOwner("alice", "laptop", 42, Instant.parse("2026-01-01T10:00:00Z")))));
        problems.addAll(openAndWalk("a design changed on disk", () -> shared.askAboutChangedFile(broken, true)));
        assertEquals(List.of(), problems, String.join("\n", problems));
    }

    /** Runs {@code open} (it may wait for its dialog), walks the window it opens, and closes it. */
    private List<String> openAndWalk(String where, Runnable open) throws Exception {
        Set<Window> before = fx(() -> new HashSet<>(Window.getWindows()));
        Platform.runLater(open);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(() -> Window.getWindows().stream()
                .anyMatch(w -> !before.contains(w) && w.isShowing() && w.getScene() != null)));
        WaitForAsyncUtils.waitForFxEvents();
        Window opened = fx(() -> Window.getWindows().stream().filter(w -> !before.contains(w) && w.isShowing())
                .findFirst().orElseThrow());
        List<String> problems = fx(() -> {
            opened.getScene().getRoot().applyCss();
            opened.getScene().getRoot().layout();
            List<String> found = new ArrayList<>(SceneWalk.problems(where, opened.getScene()));
            if (opened instanceof Stage s && (s.getTitle() == null || s.getTitle().isBlank())) {
                found.add(where + ": the window has no title (a reader announces a dialog by its title)");
            }
            if (opened.getScene().getRoot().getAccessibleRole() != AccessibleRole.DIALOG) {
                found.add(where + ": the window's root is not in the dialog role, so a reader does not announce a dialog");
            }
            return found;
        });
        fx(() -> {
            close(opened);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        return problems;
    }

    private static void close(Window window) {
        if (window.getScene().getRoot() instanceof DialogPane pane) {
            for (ButtonType type : pane.getButtonTypes()) {
                ButtonData data = type.getButtonData();
                if (data.isCancelButton() || data == ButtonData.NO || pane.getButtonTypes().size() == 1) {
                    Node button = pane.lookupButton(type);
                    if (button instanceof Button b) {
                        b.fire();
                        return;
                    }
                }
            }
        }
        window.hide();
    }
}
