package org.modesign.ui.shell;

import static org.modesign.ui.canvas.ChartKeysFixture.key;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.testfx.util.WaitForAsyncUtils.waitForFxEvents;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.event.EventType;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.modesign.format.DesignReader;
import org.modesign.model.Design;
import org.modesign.model.Line;
import org.modesign.model.LineStyle;
import org.modesign.model.Node;
import org.modesign.model.Role;
import org.modesign.model.Scenario;
import org.modesign.model.Team;
import org.modesign.ui.base.EditorContext;
import org.modesign.ui.document.DocumentModel;
import org.modesign.ui.file.Autosave;
import org.modesign.ui.file.FakeDialogs;
import org.modesign.ui.file.FileController;
import org.modesign.ui.file.RecentFiles;
import org.modesign.ui.file.RecentFilesStore;
import org.modesign.ui.file.RecoveryStore;
import org.modesign.ui.inspector.InspectorView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 19: a design built without a mouse. From File ▸ New (Ctrl+N), with key presses alone: a team
 * added from the canvas menu (Shift+F10, Add Here), put under the CMO (Ctrl+R), two roles added to it
 * (Ctrl+Insert), one given a responsibility in the inspector (Ctrl+Shift+C, the capability's list,
 * Tab, Space), back to the chart (Escape), a card moved (Ctrl+Right), saved (Ctrl+S; the file
 * chooser scripted as in the other file tests). The saved file holds all of it, and not one mouse
 * event reached the window.
 */
@ExtendWith(ApplicationExtension.class)
class KeyboardOnlyTest {

    @TempDir
    static Path dir;

    private final FakeDialogs dialogs = new FakeDialogs();
    private final List<EventType<?>> mouse = new ArrayList<>();
    private EditorContext context;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        context = new EditorContext(new DocumentModel(org.modesign.ui.canvas.ChartKeysFixture.withOpsLead(), null),
                dialogs);
        FileController files = new FileController(context, new RecentFiles(new NoRecentFiles()),
                new Autosave(context.document(), new RecoveryStore(dir.resolve("recovery")), s -> { }));
        window = new MainWindow(context, new InspectorView(context), files.recentMenu());
        stage.setScene(window.createScene(1200, 800));
        stage.getScene().addEventFilter(MouseEvent.MOUSE_PRESSED, e -> mouse.add(e.getEventType()));
        stage.getScene().addEventFilter(MouseEvent.MOUSE_RELEASED, e -> mouse.add(e.getEventType()));
        stage.getScene().addEventFilter(MouseEvent.MOUSE_CLICKED, e -> mouse.add(e.getEventType()));
        stage.getScene().addEventFilter(MouseEvent.MOUSE_DRAGGED, e -> mouse.add(e.getEventType()));
        stage.getScene().addEventFilter(ScrollEvent.ANY, e -> mouse.add(e.getEventType()));
        stage.show();
        window.focusChart();
    }

    private static final class NoRecentFiles implements RecentFilesStore {
        private List<String> paths = new ArrayList<>();

        @Override
        public List<String> load() {
            return paths;
        }

        @Override
        public void store(List<String> stored) {
            paths = new ArrayList<>(stored);
        }
    }


    private static void times(FxRobot robot, int count, KeyCode key) {
        for (int i = 0; i < count; i++) {
            key(robot, key);
        }
    }

    private Scenario scenario() {
        return context.document().scenario();
    }

    private String selectedId() {
        assertEquals(1, context.selection().nodes().size(), "one card selected");
        return context.selection().nodes().iterator().next();
    }

    @Test
    void aTeamWithTwoRolesUnderTheCmoIsBuiltAndSavedWithTheKeyboardAlone(FxRobot robot) throws Exception {
        key(robot, KeyCode.CONTROL, KeyCode.N);
        assertEquals(List.of("ceo", "cmo"), scenario().nodes().stream().map(Node::id).toList(), "a new design");

        // A team, from the canvas menu at the view's centre.
        key(robot, KeyCode.ESCAPE);
        key(robot, KeyCode.SHIFT, KeyCode.F10);
        // The menu opens at its first item, Add Here; Right opens its palette items at the first (CEO, CMO, IT,
        // CFO, Sales, Team, ...).
        key(robot, KeyCode.RIGHT);
        times(robot, org.modesign.ui.palette.PaletteItem.TEAM.ordinal(), KeyCode.DOWN);
        key(robot, KeyCode.ENTER);
        String team = selectedId();
        assertTrue(scenario().node(team).orElseThrow() instanceof Team, () -> "a team was added, not "
                + scenario().node(team).orElseThrow());

        // Under the CMO: Report To…, typed, chosen.
        key(robot, KeyCode.CONTROL, KeyCode.R);
        robot.type(KeyCode.C, KeyCode.M, KeyCode.O);
        key(robot, KeyCode.ENTER);
        key(robot, KeyCode.ENTER);
        assertTrue(scenario().lines().contains(new Line(team, "cmo", LineStyle.SOLID)), "the team reports to the CMO");

        // Two roles in it.
        key(robot, KeyCode.CONTROL, KeyCode.INSERT);
        String first = selectedId();
        key(robot, KeyCode.CONTROL, KeyCode.INSERT);
        String second = selectedId();
        assertEquals(team, ((Role) scenario().node(first).orElseThrow()).team());
        assertEquals(team, ((Role) scenario().node(second).orElseThrow()).team());

        // A responsibility for the second, in the inspector.
        key(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.C);
        assertEquals("inspector-add-capability", window.chart().getScene().getFocusOwner().getId());
        key(robot, KeyCode.F4); // the capabilities' list
        key(robot, KeyCode.DOWN);
        key(robot, KeyCode.ENTER);
        key(robot, KeyCode.TAB); // the letter (R)
        key(robot, KeyCode.TAB); // Add
        key(robot, KeyCode.SPACE);
        Role holder = (Role) scenario().node(second).orElseThrow();
        assertEquals(1, holder.responsibilities().size(), "the role holds a letter");
        String capability = holder.responsibilities().get(0).capability();
        key(robot, KeyCode.ESCAPE);
        assertTrue(window.chart().isFocused(), "back on the chart");

        // A card moved.
        double x = scenario().node(second).orElseThrow().x();
        key(robot, KeyCode.CONTROL, KeyCode.RIGHT);
        assertEquals(x + 10, scenario().node(second).orElseThrow().x(), 1e-9);

        // Saved.
        Path file = dir.resolve("keyboard.modesign");
        dialogs.filesToSave.add(Optional.of(file));
        key(robot, KeyCode.CONTROL, KeyCode.S);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(file)
                && file.equals(context.document().fileProperty().get()));
        Scenario saved = new DesignReader().read(file).design().scenarios().get(0);
        assertTrue(saved.node(team).orElseThrow() instanceof Team);
        assertTrue(saved.lines().contains(new Line(team, "cmo", LineStyle.SOLID)));
        assertEquals(team, ((Role) saved.node(first).orElseThrow()).team());
        Role savedSecond = (Role) saved.node(second).orElseThrow();
        assertEquals(team, savedSecond.team());
        assertEquals(capability, savedSecond.responsibilities().get(0).capability());
        assertEquals(x + 10, savedSecond.x(), 1e-9);
        assertEquals(List.of(), mouse, "no mouse event");
        Design design = context.document().design();
        assertEquals(design.scenarios().get(0), saved);
    }
}
