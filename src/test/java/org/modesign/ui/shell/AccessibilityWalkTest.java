package org.modesign.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TabPane;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.modesign.edit.LineKey;
import org.modesign.edit.RenameDesign;
import org.modesign.format.DesignReader;
import org.modesign.format.DesignWriter;
import org.modesign.model.Design;
import org.modesign.model.Executive;
import org.modesign.model.Line;
import org.modesign.model.LineStyle;
import org.modesign.model.Problem;
import org.modesign.model.Role;
import org.modesign.model.Scenario;
import org.modesign.model.Team;
import org.modesign.sharedfile.LockOwner;
import org.modesign.starter.BundledSamples;
import org.modesign.ui.action.EditorAction;
import org.modesign.ui.appearance.AppearanceController;
import org.modesign.ui.appearance.AppearanceSetting;
import org.modesign.ui.base.DialogService;
import org.modesign.ui.base.EditorContext;
import org.modesign.ui.base.FileType;
import org.modesign.ui.document.DocumentModel;
import org.modesign.ui.file.Autosave;
import org.modesign.ui.file.DiskChangeBar;
import org.modesign.ui.file.FileController;
import org.modesign.ui.file.FxDialogService;
import org.modesign.ui.file.FxSharedFileDialogs;
import org.modesign.ui.file.RecentFiles;
import org.modesign.ui.file.RecentFilesStore;
import org.modesign.ui.file.RecoveryStore;
import org.modesign.ui.file.SharedFileDialogs.DiskChoice;
import org.modesign.ui.i18n.I18n;
import org.modesign.ui.inspector.InspectorView;
import org.modesign.ui.language.LanguageMenu;
import org.modesign.ui.language.LanguageSetting;
import org.modesign.ui.template.TemplateController;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The editor as a screen-reader and keyboard user meets it (issue 19): every view, panel and
 * dialog is walked by {@link SceneWalk} (each control named as Windows names it; Tab reaches every
 * control and comes back round; a dialog is in the dialog role with a title, and Escape closes it),
 * and every menu, submenu and context menu by {@link MenuWalk} (each item named; a shortcut is the
 * item's accelerator, which a reader announces). The dialogs are opened through their actions, with
 * the real JavaFX dialogs for questions and messages (only the file choosers are scripted).
 */
@ExtendWith(ApplicationExtension.class)
class AccessibilityWalkTest {

    @TempDir
    static Path folder;

    private Stage stage;
    private MainWindow window;
    private EditorContext context;
    private FileController fileController;
    private Path recoveryFolder;
    /** The files the scripted file choosers answer, in order (none left: cancelled). */
    private final Deque<Path> filesToOpen = new ArrayDeque<>();
    private final Deque<Path> filesToSave = new ArrayDeque<>();
    private DiskChangeBar changeBar;
    private Preferences preferences;

    @AfterEach
    void forgetThePreferences() throws Exception {
        preferences.removeNode();
    }

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        DocumentModel document = new DocumentModel(new DesignReader().read(BundledSamples.extract(BundledSamples.DEFAULT))
                .design(), null);
        context = new EditorContext(document, new RealDialogs(stage));
        recoveryFolder = Files.createDirectories(folder.resolve("recovery-" + System.nanoTime()));
        fileController = new FileController(context, new RecentFiles(new RecentFilesStore() {
            @Override
            public List<String> load() {
                return List.of();
            }

            @Override
            public void store(List<String> paths) {
            }
        }), new Autosave(document, new RecoveryStore(recoveryFolder), context::showStatus), new FxSharedFileDialogs(stage));
        fileController.setOnQuit(() -> { }); // the test's toolkit stays
        new TemplateController(context, fileController, () -> stage);
        preferences = Preferences.userRoot().node("modesign-a11y-walk-" + System.nanoTime());
        // The View menu's Language, Theme and Text Size, as the application has them.
        List<Menu> viewMenus = new ArrayList<>();
        viewMenus.add(new LanguageMenu(new LanguageSetting(preferences.node("language")), Locale.ENGLISH,
                context.dialogs()).create());
        viewMenus.addAll(new AppearanceController(new AppearanceSetting(preferences.node("appearance")), context.look(),
                Optional::empty).menus());
        window = new MainWindow(context, new InspectorView(context), fileController.recentMenu(),
                viewMenus.toArray(Menu[]::new));
        stage.setScene(window.createScene(1200, 800));
        changeBar = DiskChangeBar.install(stage.getScene());
        window.offerFirstStartGuide(preferences);
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
            return Optional.ofNullable(filesToOpen.poll());
        }

        @Override
        public Optional<Path> chooseFileToSave(Path initialFolder, String suggestedName, FileType type) {
            return Optional.ofNullable(filesToSave.poll());
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

    private static void fx(Runnable run) {
        fx(() -> {
            run.run();
            return null;
        });
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
    void everyViewAndPanelNamesItsControlsAndTabGoesRoundThem() throws Exception {
        List<String> problems = new ArrayList<>();
        problems.addAll(walkMain("chart, nothing selected"));
        for (Class<?> type : List.of(Role.class, Team.class, Executive.class)) {
            String id = firstId(type);
            fx(() -> context.selection().selectNodes(List.of(id)));
            problems.addAll(walkMain("inspector of a " + type.getSimpleName()));
        }
        Line line = fx(() -> context.document().scenario().lines().stream()
                .filter(l -> l.style() == LineStyle.SOLID).findFirst().orElseThrow());
        fx(() -> context.selection().selectLine(new LineKey(line.from(), line.to())));
        problems.addAll(walkMain("inspector of a line"));
        fx(() -> context.selection().clear());
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
        // File ▸ Compare with File: the changes beside the chart.
        Design design = fx(() -> context.document().design());
        filesToOpen.add(save(renamed(design, firstId(Role.class), "Campaign lead"), folder.resolve("compare-" + System.nanoTime()
                + ".modesign")));
        run(EditorAction.COMPARE_WITH_FILE);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(() -> window.changes().isComparing()));
        problems.addAll(walkMain("the changes from another file beside the chart"));
        fx(() -> window.changes().closeCompare());
        fx(() -> changeBar.show("The design changed on disk.", List.of(DiskChoice.RELOAD, DiskChoice.KEEP_MINE, DiskChoice.COMPARE, DiskChoice.MERGE), choice -> { }));
        problems.addAll(walkMain("the bar that says a design changed on disk, and the first-start guide"));
        assertEquals(List.of(), problems, String.join("\n", problems));
    }

    @Test
    void everyDialogOfTheMenusNamesItsControlsTabGoesRoundAndEscapeClosesIt() throws Exception {
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
        fx(() -> context.selection().selectNodes(List.of(role)));
        problems.addAll(openAndWalk("REPORT_TO", () -> context.actions().run(EditorAction.REPORT_TO)));
        fx(() -> context.selection().clear());
        filesToOpen.add(csv);
        problems.addAll(openAndWalk("IMPORT_ROLES", () -> context.actions().run(EditorAction.IMPORT_ROLES)));
        problems.addAll(mergeWithAConflict());
        assertEquals(List.of(), problems, String.join("\n", problems));
    }

    /**
     * File ▸ Merge with a base and theirs chosen in the dialog, theirs renaming a role that ours
     * renamed too: the conflict's choices (ours, theirs, all ours, all theirs) are walked as well.
     */
    private List<String> mergeWithAConflict() throws Exception {
        Design base = fx(() -> context.document().design());
        String role = firstId(Role.class);
        Path baseFile = save(base, folder.resolve("merge-base.modesign"));
        Path theirsFile = save(renamed(base, role, "Campaign lead"), folder.resolve("merge-theirs.modesign"));
        fx(() -> context.document().open(renamed(base, role, "Lifecycle manager"), null));
        Set<Window> before = fx(() -> new HashSet<>(Window.getWindows()));
        run(EditorAction.MERGE);
        Stage merge = fx(() -> Window.getWindows().stream().filter(w -> !before.contains(w) && w.isShowing())
                .map(Stage.class::cast).findFirst().orElseThrow());
        for (String[] side : new String[][] {{"#merge-choose-base", baseFile.toString()},
                {"#merge-choose-theirs", theirsFile.toString()}}) {
            filesToOpen.add(Path.of(side[1]));
            fx(() -> ((Button) merge.getScene().lookup(side[0])).fire());
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(() -> !merge.getScene().lookup(side[0]).isDisabled()));
        }
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(() -> merge.getScene().lookup("#merge-conflict-0") != null));
        fx(() -> merge.hide());
        WaitForAsyncUtils.waitForFxEvents();
        // Opened again, as the user would with the files chosen: the walk starts from the window as it opens.
        return openAndWalk("MERGE with a conflict", () -> {
            merge.show();
            merge.toFront();
        });
    }

    private static Design renamed(Design design, String id, String title) {
        UnaryOperator<Role> change = r -> r.withTitle(title);
        Scenario s = design.scenarios().get(0);
        return design.withScenario(0, s.withNodes(s.nodes().stream()
                .map(n -> n.id().equals(id) ? change.apply((Role) n) : n).toList()));
    }

    private static Path save(Design design, Path file) throws Exception {
        new DesignWriter().save(design, file);
        return file;
    }

    @Test
    void theQuestionsAndMessagesAboutFilesNameTheirControlsTabGoesRoundAndEscapeCancels() throws Exception {
        List<String> problems = new ArrayList<>();
        // At start: the unsaved changes a crashed session left are offered.
        RecoveryStore crashed = new RecoveryStore(recoveryFolder);
        crashed.write(fx(() -> context.document().design()), null);
        crashed.close();
        problems.addAll(openAndWalk("the offer of a crashed session's changes at start", fileController::offerRecovery));
        // A file that cannot be opened: the problems dialog.
        Path broken = folder.resolve("broken.modesign");
        Files.writeString(broken, "{}", StandardCharsets.UTF_8);
        filesToOpen.add(broken);
        problems.addAll(openAndWalk("OPEN a broken file", () -> context.actions().run(EditorAction.OPEN)));
        // The questions about a shared file, asked by the file controller when another editor holds it or it changed on disk.
        FxSharedFileDialogs shared = fx(() -> new FxSharedFileDialogs(stage));
        problems.addAll(openAndWalk("a design open elsewhere", () -> shared.askAboutLock(broken,
                new LockOwner("alice", "laptop", 42, Instant.parse("2026-01-01T10:00:00Z")))));
        problems.addAll(openAndWalk("a design changed on disk", () -> shared.askAboutChangedFile(broken, true)));
        // With unsaved changes, New, Open and Quit ask whether to save them; Escape is Cancel, never Don't Save.
        fx(() -> context.document().execute(new RenameDesign("Unsaved walk")));
        Design unsaved = fx(() -> context.document().design());
        for (EditorAction action : List.of(EditorAction.NEW, EditorAction.OPEN, EditorAction.QUIT)) {
            filesToOpen.add(broken);
            problems.addAll(openAndWalk("the save-changes question of " + action.name(), () -> context.actions().run(action)));
            filesToOpen.clear();
            if (fx(() -> context.document().design()) != unsaved || !fx(() -> context.document().dirtyProperty().get())) {
                problems.add("the save-changes question of " + action.name() + ": Escape did not cancel (the changes went)");
            }
        }
        // Save As onto a name whose design file exists: the replace question.
        Path existing = Files.writeString(folder.resolve("existing.modesign"), "another design", StandardCharsets.UTF_8);
        filesToSave.add(folder.resolve("existing"));
        problems.addAll(openAndWalk("the question whether to replace a file", () -> context.actions().run(EditorAction.SAVE_AS)));
        if (!Files.readString(existing, StandardCharsets.UTF_8).equals("another design")) {
            problems.add("the question whether to replace a file: Escape replaced it");
        }
        // A save that fails: the error message.
        Path notAFolder = Files.writeString(folder.resolve("not-a-folder.txt"), "x", StandardCharsets.UTF_8);
        filesToSave.add(notAFolder.resolve("design.modesign"));
        problems.addAll(openAndWalk("the message of a failed save", () -> context.actions().run(EditorAction.SAVE_AS)));
        assertEquals(List.of(), problems, String.join("\n", problems));
    }

    @Test
    void everyItemOfTheMenuBarAndItsSubmenusIsNamedWithItsShortcut() {
        MenuWalk walk = new MenuWalk(actionShortcuts());
        MenuBar bar = fx(() -> (MenuBar) stage.getScene().getRoot().lookup(".menu-bar"));
        for (Menu menu : fx(() -> List.copyOf(bar.getMenus()))) {
            String where = fx(() -> menu.getText() == null ? "" : I18n.plain(menu.getText()));
            if (where.isBlank()) {
                walk.problems().add("a menu of the menu bar has no name");
            }
            walkMenu(walk, where, null, menu::show);
            fx(menu::hide);
        }
        assertEquals(List.of(), walk.problems(), String.join("\n", walk.problems()));
        int items = fx(() -> bar.getMenus().stream().mapToInt(m -> items(m.getItems())).sum());
        assertEquals(items, walk.items(), "every item of every menu and submenu is read");
    }

    @Test
    void everyContextMenuIsNamedWithItsShortcuts() {
        MenuWalk walk = new MenuWalk(actionShortcuts());
        // The chart's menus, as the keyboard opens them: Shift+F10 on the focused chart.
        for (Class<?> type : List.of(Role.class, Team.class, Executive.class)) {
            String id = firstId(type);
            fx(() -> context.selection().selectNodes(List.of(id)));
            walkMenu(walk, "the card menu of a " + type.getSimpleName(), "context-card", this::shiftF10OnTheChart);
        }
        Line line = fx(() -> context.document().scenario().lines().stream()
                .filter(l -> l.style() == LineStyle.SOLID).findFirst().orElseThrow());
        fx(() -> context.selection().selectLine(new LineKey(line.from(), line.to())));
        walkMenu(walk, "the line menu", "context-line", this::shiftF10OnTheChart);
        fx(() -> context.selection().clear());
        walkMenu(walk, "the canvas menu", "context-canvas", this::shiftF10OnTheChart);
        // The shown scenario's tab, by Shift+F10 on the tabs (a Tab stop).
        TabPane tabs = fx(() -> {
            for (Node n : stage.getScene().getRoot().lookupAll(".tab-pane")) {
                if (((TabPane) n).getTabs().stream().anyMatch(t -> t.getId() != null && t.getId().startsWith("scenario-tab-"))) {
                    return (TabPane) n;
                }
            }
            throw new AssertionError("no scenario tabs");
        });
        // A tab's items act on its own scenario (right-clicked, maybe not the one shown, which the Scenario menu's keys act
        // on): they announce no key (a tab's menu puts its items' keys in the window's, where they would take the Scenario menu's).
        walkMenu(new MenuWalk(Map.of()), "the menu of the scenario's tab", null, () -> {
            tabs.requestFocus();
            pressKey(tabs, KeyCode.F10, true);
        });
        // The outline's tree, by the platform's keyboard context-menu request.
        run(EditorAction.SHOW_OUTLINE);
        Node tree = fx(() -> stage.getScene().getRoot().lookup("#outline-tree"));
        // The outline's Expand All and Collapse All are the tree's own, without a shortcut (the chart's are another command).
        MenuWalk names = new MenuWalk(Map.of());
        walkMenu(names, "the outline's menu", null, () -> {
            tree.requestFocus();
            Event.fireEvent(tree, new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, 10, 10, 10, 10, true, null));
        });
        run(EditorAction.SHOW_OUTLINE);
        // The RACI matrix's letters, by Shift+F10 on the matrix with a cell chosen.
        run(EditorAction.SHOW_MATRIX);
        Node matrix = fx(() -> stage.getScene().getRoot().lookup("#raci-matrix"));
        fx(() -> {
            matrix.requestFocus();
            pressKey(matrix, KeyCode.DOWN, false);
        });
        MenuWalk letters = new MenuWalk(Map.of());
        walkMenu(letters, "the matrix's letters", null, () -> pressKey(matrix, KeyCode.F10, true));
        List<String> problems = new ArrayList<>(walk.problems());
        problems.addAll(names.problems());
        problems.addAll(letters.problems());
        assertEquals(List.of(), problems, String.join("\n", problems));
        assertEquals(List.of("R", "A", "C", "I", "Delete"), letters.accelerators().stream()
                .map(KeyCombination::getDisplayText).toList(), "R, A, C, I and Delete set and clear a letter");
    }

    /** How many items other than separators {@code menu} and its submenus hold. */
    private static int items(List<javafx.scene.control.MenuItem> menu) {
        int count = 0;
        for (javafx.scene.control.MenuItem item : menu) {
            if (item.isVisible() && !(item instanceof javafx.scene.control.SeparatorMenuItem)) {
                count += 1 + (item instanceof Menu sub ? items(sub.getItems()) : 0);
            }
        }
        return count;
    }

    private void shiftF10OnTheChart() {
        window.chart().requestFocus();
        pressKey(window.chart(), KeyCode.F10, true);
    }

    private static void pressKey(Node target, KeyCode code, boolean shift) {
        Event.fireEvent(target, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, shift, false, false, false));
        Event.fireEvent(target, new KeyEvent(KeyEvent.KEY_RELEASED, "", "", code, shift, false, false, false));
    }

    /** The shortcut of every menu-bar action that has one, by its label's plain text. */
    private static Map<String, KeyCombination> actionShortcuts() {
        Map<String, KeyCombination> keys = new HashMap<>();
        for (EditorAction action : EditorAction.values()) {
            if (action.accelerator() != null) {
                keys.put(I18n.plain(I18n.tr(action.key())), action.accelerator());
            }
        }
        return keys;
    }

    /** Opens a menu with {@code open}, walks the context menu that shows (with id {@code id}, when given), and closes it. */
    private void walkMenu(MenuWalk walk, String where, String id, Runnable open) {
        Set<Window> before = fx(() -> new HashSet<>(Window.getWindows()));
        fx(open);
        WaitForAsyncUtils.waitForFxEvents();
        fx(() -> {
            ContextMenu shown = Window.getWindows().stream()
                    .filter(w -> !before.contains(w) && w.isShowing() && w instanceof ContextMenu)
                    .map(ContextMenu.class::cast).findFirst().orElse(null);
            if (shown == null) {
                walk.problems().add(where + ": no menu opens");
                return;
            }
            shown.getScene().getRoot().applyCss();
            shown.getScene().getRoot().layout();
            if (id != null && !id.equals(shown.getId())) {
                walk.problems().add(where + ": the keys open " + shown.getId() + " instead");
            }
            walk.walk(where, shown);
            shown.hide();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Runs {@code open} (it may wait for its dialog), walks the window it opens (names, Tab, the
     * dialog role, a title), presses Escape in it, which must close it, and closes it otherwise.
     */
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
            Node focused = opened.getScene().getFocusOwner();
            pressKey(focused == null ? opened.getScene().getRoot() : focused, KeyCode.ESCAPE, false);
        });
        WaitForAsyncUtils.waitForFxEvents();
        if (fx(opened::isShowing)) {
            problems.add(where + ": Escape does not close it");
            fx(() -> close(opened));
            WaitForAsyncUtils.waitForFxEvents();
        }
        return problems;
    }

    /** Closes a window as Cancel does (Cancel, else No, else its only button), else hides it. */
    private static void close(Window window) {
        if (window.getScene().getRoot() instanceof DialogPane pane) {
            for (ButtonData wanted : List.of(ButtonData.CANCEL_CLOSE, ButtonData.NO, ButtonData.OK_DONE)) {
                for (ButtonType type : pane.getButtonTypes()) {
                    if (type.getButtonData() == wanted && (wanted != ButtonData.OK_DONE || pane.getButtonTypes().size() == 1)
                            && pane.lookupButton(type) instanceof Button b) {
                        b.fire();
                        return;
                    }
                }
            }
        }
        window.hide();
    }
}
