package org.modesign.ui.canvas;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.scene.Cursor;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import org.modesign.edit.Connect;
import org.modesign.edit.LineKey;
import org.modesign.layout.Grid;
import org.modesign.model.LineStyle;
import org.modesign.render.ChartScene;
import org.modesign.render.Rect;
import org.modesign.ui.base.EditorContext;

/**
 * Mouse and keyboard on the chart: select (click, Shift/Ctrl-click, rubber band), move cards
 * (drag, snapping to the grid), draw a reporting line from a card's handle onto its superior, pan
 * (scroll, middle-drag, Space-drag) and zoom (Ctrl+wheel); Escape ends a gesture. The arrow keys
 * are {@link ChartKeys}'.
 */
final class CanvasInput {

    /** Grid step in world units for snapping and for moving cards with Ctrl+arrows. */
    static final double GRID = 10;

    private enum Gesture { NONE, MOVE, BAND, PAN, CONNECT }

    private final ChartView view;
    private final EditorContext context;
    private Gesture gesture = Gesture.NONE;
    private double pressX;
    private double pressY;
    private double lastX;
    private double lastY;
    private boolean spaceDown;
    private int connectFrom = -1;
    private int[] moving;
    private double[] startXs;
    private double[] startYs;
    private double movedX;
    private double movedY;
    private ChartScene base;
    private final CardDragTarget dropTarget;

    CanvasInput(ChartView view, EditorContext context) {
        this.view = view;
        this.context = context;
        this.dropTarget = new CardDragTarget(view);
    }

    void install() {
        view.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        view.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        view.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        view.addEventHandler(MouseEvent.MOUSE_MOVED, this::hover);
        view.addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
        view.addEventHandler(MouseEvent.MOUSE_EXITED, e -> {
            setHandle(-1);
            view.cardTooltip().pointAt(view.scene(), -1);
        });
        view.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        view.addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
        view.addEventHandler(KeyEvent.KEY_RELEASED, this::keyReleased);
    }

    private void pressed(MouseEvent e) {
        view.requestFocus();
        view.cardTooltip().pointAt(view.scene(), -1);
        pressX = lastX = e.getX();
        pressY = lastY = e.getY();
        if (e.getButton() == MouseButton.MIDDLE || (e.getButton() == MouseButton.PRIMARY && spaceDown)) {
            gesture = Gesture.PAN;
            view.setCursor(Cursor.CLOSED_HAND);
            return;
        }
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        ChartScene scene = view.scene();
        int handle = view.overlay().handleNode();
        if (handle >= 0 && onHandle(handle, e.getX(), e.getY())) {
            gesture = Gesture.CONNECT;
            connectFrom = handle;
            return;
        }
        double wx = view.toWorldX(e.getX());
        double wy = view.toWorldY(e.getY());
        int node = scene.nodeAt(wx, wy);
        boolean additive = e.isShiftDown() || e.isShortcutDown();
        if (node >= 0) {
            String id = scene.node(node).id();
            if (additive) {
                context.selection().toggle(id);
            } else if (!context.selection().contains(id)) {
                context.selection().selectNodes(List.of(id));
            }
            if (context.selection().contains(id)) {
                startMove(scene);
            }
            return;
        }
        int line = scene.lineAt(wx, wy, 5 / view.viewport().scale());
        if (line >= 0 && line < scene.modelLineCount()) {
            context.selection().selectLine(LineKey.of(view.scenario().lines().get(line)));
            return;
        }
        if (!additive) {
            context.selection().clear();
        }
        gesture = Gesture.BAND;
    }

    private void startMove(ChartScene scene) {
        Set<String> ids = context.selection().nodes();
        moving = new int[ids.size()];
        startXs = new double[ids.size()];
        startYs = new double[ids.size()];
        int k = 0;
        for (String id : ids) {
            int i = scene.indexOf(id);
            moving[k] = i;
            startXs[k] = scene.cardX(i);
            startYs[k] = scene.cardY(i);
            k++;
        }
        movedX = 0;
        movedY = 0;
        gesture = Gesture.MOVE;
    }

    private void dragged(MouseEvent e) {
        double dx = e.getX() - lastX;
        double dy = e.getY() - lastY;
        lastX = e.getX();
        lastY = e.getY();
        switch (gesture) {
            case PAN -> view.panBy(dx, dy);
            case MOVE -> moveBy(e);
            case BAND -> {
                view.overlay().setBand(new double[] {pressX, pressY, e.getX(), e.getY()});
                view.repaint();
            }
            case CONNECT -> {
                double[] c = CanvasOverlay.handleCentre(view.scene(), view.viewport(), connectFrom);
                view.overlay().setConnection(new double[] {c[0], c[1], e.getX(), e.getY()});
                view.repaint();
            }
            default -> { }
        }
    }

    /** Moves the dragged cards as a preview; the edit happens once, on release. */
    private void moveBy(MouseEvent e) {
        double scale = view.viewport().scale();
        double rawX = (e.getX() - pressX) / scale;
        double rawY = (e.getY() - pressY) / scale;
        movedX = Grid.snap(startXs[0] + rawX, GRID) - startXs[0];
        movedY = Grid.snap(startYs[0] + rawY, GRID) - startYs[0];
        double[] xs = new double[moving.length];
        double[] ys = new double[moving.length];
        for (int k = 0; k < moving.length; k++) {
            xs[k] = startXs[k] + movedX;
            ys[k] = startYs[k] + movedY;
        }
        view.preview(baseScene().withMovedNodes(moving, xs, ys));
        dropTarget.update(baseScene(), moving, e.getX(), e.getY());
    }

    private ChartScene baseScene() {
        if (base == null) {
            base = view.scene();
        }
        return base;
    }

    private void released(MouseEvent e) {
        Gesture done = gesture;
        gesture = Gesture.NONE;
        view.setCursor(spaceDown ? Cursor.OPEN_HAND : Cursor.DEFAULT);
        switch (done) {
            case MOVE -> finishMove();
            case BAND -> finishBand(e);
            case CONNECT -> finishConnect(e);
            default -> { }
        }
    }

    private void finishMove() {
        base = null;
        if (movedX == 0 && movedY == 0) {
            view.showDropTarget(-1);
            return;
        }
        List<String> ids = new ArrayList<>(context.selection().nodes());
        if (!context.edit(dropTarget.drop(context.document().design(), view.scenario().id(), ids, movedX, movedY))) {
            view.endPreview();
        }
    }

    private void finishBand(MouseEvent e) {
        view.overlay().setBand(null);
        view.repaint();
        double x1 = view.toWorldX(Math.min(pressX, e.getX()));
        double y1 = view.toWorldY(Math.min(pressY, e.getY()));
        double x2 = view.toWorldX(Math.max(pressX, e.getX()));
        double y2 = view.toWorldY(Math.max(pressY, e.getY()));
        if (x2 - x1 <= 0 && y2 - y1 <= 0) {
            return;
        }
        ChartScene scene = view.scene();
        List<String> ids = new ArrayList<>();
        for (int i : scene.nodesIn(new Rect(x1, y1, x2 - x1, y2 - y1))) {
            ids.add(scene.node(i).id());
        }
        context.selection().addNodes(ids);
    }

    private void finishConnect(MouseEvent e) {
        view.overlay().setConnection(null);
        view.repaint();
        int target = view.scene().nodeAt(view.toWorldX(e.getX()), view.toWorldY(e.getY()));
        if (target >= 0 && target != connectFrom) {
            String from = view.scene().node(connectFrom).id();
            String to = view.scene().node(target).id();
            if (context.edit(new Connect(view.scenario().id(), from, to, LineStyle.SOLID))) {
                context.selection().selectLine(new LineKey(from, to));
            }
        }
        connectFrom = -1;
    }

    private void clicked(MouseEvent e) {
        if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
            int node = view.scene().nodeAt(view.toWorldX(e.getX()), view.toWorldY(e.getY()));
            if (node >= 0) {
                view.startRename(view.scene().node(node).id());
            }
        }
    }

    private void hover(MouseEvent e) {
        ChartScene scene = view.scene();
        int current = view.overlay().handleNode();
        if (current >= 0 && onHandle(current, e.getX(), e.getY())) {
            view.setCursor(Cursor.CROSSHAIR);
            return;
        }
        int node = scene.nodeAt(view.toWorldX(e.getX()), view.toWorldY(e.getY()));
        setHandle(view.viewport().scale() >= 0.3 ? node : -1);
        view.cardTooltip().pointAt(scene, node);
        view.setCursor(spaceDown ? Cursor.OPEN_HAND : node >= 0 ? Cursor.HAND : Cursor.DEFAULT);
    }

    private void setHandle(int node) {
        if (view.overlay().handleNode() != node) {
            view.overlay().setHandleNode(node);
            view.repaint();
        }
    }

    private boolean onHandle(int node, double sx, double sy) {
        if (node >= view.scene().nodeCount()) {
            return false;
        }
        double[] c = CanvasOverlay.handleCentre(view.scene(), view.viewport(), node);
        double r = CanvasOverlay.HANDLE_RADIUS + 3;
        return (sx - c[0]) * (sx - c[0]) + (sy - c[1]) * (sy - c[1]) <= r * r;
    }

    private void scrolled(ScrollEvent e) {
        if (e.isShortcutDown()) {
            view.zoomAt(e.getX(), e.getY(), Math.pow(1.0015, e.getDeltaY()));
        } else if (e.isShiftDown() && e.getDeltaX() == 0) {
            view.panBy(e.getDeltaY(), 0);
        } else {
            view.panBy(e.getDeltaX(), e.getDeltaY());
        }
        e.consume();
    }

    private void keyPressed(KeyEvent e) {
        KeyCode code = e.getCode();
        if (code == KeyCode.SPACE) {
            spaceDown = true;
            view.setCursor(Cursor.OPEN_HAND);
            e.consume();
            return;
        }
        if (code == KeyCode.ESCAPE) {
            cancelGesture();
            e.consume();
            return;
        }
    }

    private void keyReleased(KeyEvent e) {
        if (e.getCode() == KeyCode.SPACE) {
            spaceDown = false;
            view.setCursor(Cursor.DEFAULT);
            e.consume();
        }
    }

    private void cancelGesture() {
        if (gesture == Gesture.MOVE) {
            base = null;
            view.endPreview();
        }
        gesture = Gesture.NONE;
        view.overlay().setBand(null);
        view.overlay().setConnection(null);
        if (!context.selection().isEmpty()) {
            context.selection().clear();
        }
        view.repaint();
    }
}
