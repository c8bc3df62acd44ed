package org.modesign.ui.canvas;

import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import org.modesign.edit.MoveNodes;
import org.modesign.model.Scenario;
import org.modesign.outline.ChartNavigation;
import org.modesign.outline.ChartNavigation.Step;
import org.modesign.outline.OutlineTree;
import org.modesign.render.ChartScene;
import org.modesign.ui.base.EditorContext;
import org.modesign.ui.i18n.I18n;

/**
 * The chart from the keyboard (issue 19). With the chart focused: Home selects the top card; Up goes
 * to the manager (or a member's team), Down to the first report or member (unfolding a collapsed
 * card first: a change of view, not an edit), Left and Right to the previous and next card under
 * the same card, all along {@link ChartNavigation}; Enter goes to the inspector. Ctrl+arrows move the
 * selected cards a grid step, Ctrl+Shift+arrows a fine step (one unit), as one undoable edit (presses
 * in a row on the same cards make one step, as a drag does); Shift+arrows pan. The view scrolls as
 * little as it must to keep the card the keys reach in sight, and {@link FocusRing} marks it while
 * the chart has the focus.
 */
public final class ChartKeys {

    /** A fine move: one unit of the world, off the grid. */
    static final double FINE = 1;
    /** How far Shift+arrows pan, in screen pixels. */
    static final double PAN = 80;
    /** The room kept between the card the keys reach and the edge of the view, in screen pixels. */
    static final double MARGIN = 24;

    private final ChartView view;
    private final EditorContext context;
    private final ChartFolds folds;
    /** Held here: the selection hands out a view that only weakly keeps its listeners. */
    private final ObservableSet<String> selected;
    private final FocusRing ring = new FocusRing();
    private Object nudgeKey = new Object();
    private ChartNavigation navigation;
    private Scenario navigationOf;
    private String current;
    private Runnable toInspector = () -> { };
    private boolean mouseDown;
    private boolean followQueued;

    ChartKeys(ChartView view, EditorContext context, ChartFolds folds) {
        this.view = view;
        this.context = context;
        this.folds = folds;
        this.selected = context.selection().nodes();
    }

    void install(CanvasOverlay overlay) {
        overlay.setFocusRing(ring);
        view.addEventHandler(KeyEvent.KEY_PRESSED, this::pressed);
        view.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            mouseDown = true;
            nudgeKey = new Object();
        });
        view.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> mouseDown = false);
        selected.addListener((SetChangeListener<String>) c -> selectionChanged());
        view.focusedProperty().addListener((obs, was, focused) -> view.repaint());
    }

    /** What Enter on the chart does with one card selected: the lead puts the focus in the inspector. */
    public void setToInspector(Runnable action) {
        toInspector = action;
    }

    /** The card the keys are at: the one last reached by a key while selected, else the only card selected; or null. */
    public String current() {
        if (current != null && selected.contains(current)) {
            return current;
        }
        return selected.size() == 1 ? selected.iterator().next() : null;
    }

    /**
     * A new selection starts a new move, and one made without the mouse while the chart has the
     * focus (a key, Insert, Report To…) is brought into sight once the burst of changes is over.
     */
    private void selectionChanged() {
        nudgeKey = new Object();
        if (!mouseDown && view.isFocused() && !followQueued) {
            followQueued = true;
            Platform.runLater(() -> {
                followQueued = false;
                String id = current();
                if (id != null) {
                    keepInView(id);
                }
            });
        }
    }

    /** Places the focus ring for the frame being painted. */
    void placeRing(ChartScene scene) {
        String id = view.isFocused() ? current() : null;
        ring.place(scene, view.viewport(), id == null ? -1 : scene.indexOf(id), context.look().chartTheme());
    }

    private void pressed(KeyEvent e) {
        if (e.getTarget() != view || e.isAltDown() || e.isMetaDown() && !e.isShortcutDown()) {
            return; // the rename field's keys, and Alt+arrows (the phases)
        }
        KeyCode code = e.getCode();
        if (code == KeyCode.ENTER && !e.isShortcutDown() && !e.isShiftDown()) {
            if (selected.size() == 1) {
                toInspector.run();
                e.consume();
            }
            return;
        }
        if (code == KeyCode.HOME && !e.isShortcutDown() && !e.isShiftDown()) {
            go(Step.HOME);
            e.consume();
            return;
        }
        if (!code.isArrowKey() || code.isKeypadKey()) {
            return;
        }
        double dx = code == KeyCode.LEFT ? -1 : code == KeyCode.RIGHT ? 1 : 0;
        double dy = code == KeyCode.UP ? -1 : code == KeyCode.DOWN ? 1 : 0;
        if (e.isShortcutDown()) {
            move(e.isShiftDown() ? FINE : CanvasInput.GRID, dx, dy);
        } else if (e.isShiftDown()) {
            view.panBy(-dx * PAN, -dy * PAN);
        } else {
            go(code == KeyCode.UP ? Step.UP : code == KeyCode.DOWN ? Step.DOWN
                    : code == KeyCode.LEFT ? Step.PREVIOUS : Step.NEXT);
        }
        e.consume();
    }

    /** Moves the selected cards by ({@code dx}, {@code dy}) steps of {@code step} world units. */
    private void move(double step, double dx, double dy) {
        if (selected.isEmpty()) {
            return;
        }
        if (folds.showsArranged()) {
            context.showStatus(I18n.tr("folds.arrangedNoMove"));
            return;
        }
        List<String> ids = new ArrayList<>(selected);
        if (context.edit(MoveNodes.by(view.scenario().id(), ids, dx * step, dy * step), nudgeKey)) {
            String lead = current();
            keepInView(lead != null ? lead : ids.get(0));
        }
    }

    /** Selects the card {@code step} leads to from the card the keys are at, and keeps it in sight. */
    private void go(Step step) {
        ChartNavigation nav = navigation();
        String from = step == Step.HOME ? null : current() != null ? current()
                : selected.isEmpty() ? null : selected.iterator().next();
        int v = from == null ? ChartNavigation.NONE : nav.tree().indexOf(from);
        if (step == Step.DOWN && v >= 0 && nav.down(v) >= 0 && folds.isCollapsed(from)) {
            folds.toggle(from); // unfolds it one level, as its chevron does: the view changes, the design does not
        }
        int to = nav.go(v, step);
        if (to == ChartNavigation.NONE) {
            return;
        }
        String id = nav.tree().id(to);
        ChartScene scene = view.scene();
        int shown = scene.indexOf(id);
        if (shown >= 0 && scene.hidden(shown)) {
            folds.reveal(id);
        }
        current = id;
        context.selection().selectNodes(List.of(id));
        keepInView(id);
        view.repaint();
    }

    /** The navigation of the scenario shown, made again only after it changed. */
    ChartNavigation navigation() {
        Scenario scenario = view.scenario();
        if (navigation == null || navigationOf != scenario) {
            navigation = ChartNavigation.of(OutlineTree.of(scenario));
            navigationOf = scenario;
        }
        return navigation;
    }

    /** Scrolls the view as little as it must for card {@code id} (and a margin round it) to show whole. */
    void keepInView(String id) {
        ChartScene scene = view.scene();
        int i = scene.indexOf(id);
        if (i < 0 || view.getWidth() <= 0 || view.getHeight() <= 0) {
            return;
        }
        var card = scene.card(i);
        var viewport = view.viewport();
        double dx = shift(viewport.toScreenX(card.x()) - MARGIN, viewport.toScreenX(card.maxX()) + MARGIN,
                view.getWidth());
        double dy = shift(viewport.toScreenY(card.y()) - MARGIN, viewport.toScreenY(card.maxY()) + MARGIN,
                view.getHeight());
        if (dx != 0 || dy != 0) {
            view.panBy(dx, dy);
        }
    }

    /** How far to move a span from {@code low} to {@code high} so that it lies within 0..{@code size} (its start first). */
    static double shift(double low, double high, double size) {
        if (low < 0 || high - low > size) {
            return -low;
        }
        return high > size ? size - high : 0;
    }
}
