package org.modesign.ui.overview;

import java.util.HashMap;
import java.util.Map;
import javafx.animation.AnimationTimer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.CornerRadii;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Rectangle;
import org.modesign.analysis.Severity;
import org.modesign.model.Executive;
import org.modesign.model.Team;
import org.modesign.render.ChartScene;
import org.modesign.render.ChartTheme;
import org.modesign.render.Rect;
import org.modesign.render.Viewport;
import org.modesign.ui.analysis.AnalysisResult;
import org.modesign.ui.base.EditorContext;
import org.modesign.ui.canvas.ChartView;
import org.modesign.ui.fx.WhileShown;

/**
 * A small map of the whole chart in its bottom-right corner, light or dark with the chart's theme:
 * every card as a speck, the findings' badges as dots in their badges' colours, and what the chart
 * shows as a rectangle to drag (a click centres the view there). The specks are drawn once per scene (at most a few times a second while cards are
 * being dragged), not per frame; panning and zooming only move the rectangle. It shows while it is
 * switched on (View ▸ Overview Map) and the chart does not fit in the view.
 */
public final class OverviewMap extends Pane {

    static final double WIDTH = 220;
    static final double HEIGHT = 150;
    private static final double PAD = 6;
    /** Shortest time between two drawings of the specks while the scene keeps changing (a drag). */
    private static final long REDRAW_NANOS = 200_000_000L;

    private final EditorContext context;
    private final ChartView chart;
    private final Canvas specks = new Canvas(WIDTH, HEIGHT);
    private final Rectangle frame = new Rectangle();
    private final BooleanProperty on = new SimpleBooleanProperty(this, "on", false); // off until asked for: it would cover cards
    private ChartScene drawn;
    private Viewport framed;
    /** Whether the specks must be drawn again although the scene is the same (badges or colours changed). */
    private boolean stale = true;
    private OverviewColours colours;
    private long lastDraw;
    private Map<String, Severity> badges = Map.of();
    /** World to map: scale and offset of the last drawing. */
    private double k = 1;
    private double ox;
    private double oy;

    public OverviewMap(EditorContext context, ChartView chart) {
        this.context = context;
        this.chart = chart;
        setId("overview-map");
        setPrefSize(WIDTH, HEIGHT);
        setMaxSize(WIDTH, HEIGHT);
        setMinSize(WIDTH, HEIGHT);
        getStyleClass().add("overview-map");
        frame.setStrokeWidth(1.5);
        frame.setMouseTransparent(true);
        getChildren().addAll(specks, frame);
        StackPane.setAlignment(this, Pos.BOTTOM_RIGHT);
        StackPane.setMargin(this, new Insets(0, 12, 12, 0));
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::centreAt);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::centreAt);
        context.analysis().resultProperty().addListener((obs, old, r) -> takeBadges());
        context.document().phaseIdProperty().addListener((obs, old, p) -> takeBadges());
        context.look().chartThemeProperty().addListener((obs, old, theme) -> takeColours(theme));
        takeColours(context.look().chartTheme());
        setVisible(false);
        followWhileShown();
    }

    /** Whether the map is switched on (it shows only when the chart does not fit in the view). */
    public BooleanProperty onProperty() {
        return on;
    }

    public void toggle() {
        on.set(!on.get());
    }

    /** Each pulse while in a window: draws the specks when the scene changed, moves the frame when the view did. */
    private void followWhileShown() {
        AnimationTimer timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                follow(now);
            }
        };
        WhileShown.run(this, timer);
    }

    private void follow(long now) {
        ChartScene scene = chart.scene();
        Viewport view = chart.viewport();
        boolean wanted = on.get() && scene != null && scene.nodeCount() > 0 && !fits(scene, view);
        if (isVisible() != wanted) {
            setVisible(wanted);
        }
        if (!wanted) {
            return;
        }
        if ((scene != drawn || stale) && now - lastDraw >= REDRAW_NANOS) {
            draw(scene);
            lastDraw = now;
            framed = null;
        }
        if (view != framed) {
            frame(view);
        }
    }

    private static boolean fits(ChartScene scene, Viewport view) {
        Rect b = scene.bounds();
        Rect v = view.visibleWorldRect();
        return v.contains(b.x(), b.y()) && v.contains(b.maxX(), b.maxY());
    }

    private void draw(ChartScene scene) {
        drawn = scene;
        stale = false;
        Rect b = scene.bounds();
        k = Math.min((WIDTH - 2 * PAD) / Math.max(1, b.width()), (HEIGHT - 2 * PAD) / Math.max(1, b.height()));
        ox = (WIDTH - b.width() * k) / 2 - b.x() * k;
        oy = (HEIGHT - b.height() * k) / 2 - b.y() * k;
        GraphicsContext g = specks.getGraphicsContext2D();
        g.clearRect(0, 0, WIDTH, HEIGHT);
        for (int i = 0; i < scene.nodeCount(); i++) {
            var node = scene.node(i);
            g.setFill(node instanceof Executive ? colours.executive() : node instanceof Team ? colours.team() : colours.role());
            g.fillRect(ox + scene.cardX(i) * k, oy + scene.cardY(i) * k, Math.max(1, scene.cardWidth(i) * k),
                    Math.max(1, scene.cardHeight(i) * k));
        }
        for (Map.Entry<String, Severity> badge : badges.entrySet()) {
            int i = scene.indexOf(badge.getKey());
            if (i >= 0) {
                g.setFill(colours.badge(ChartView.severity(badge.getValue())));
                double x = ox + (scene.cardX(i) + scene.cardWidth(i)) * k;
                double y = oy + scene.cardY(i) * k;
                g.fillOval(x - 2.5, y - 2.5, 5, 5);
            }
        }
    }

    private void takeColours(ChartTheme theme) {
        colours = OverviewColours.of(theme);
        setBackground(new Background(new BackgroundFill(colours.background(), CornerRadii.EMPTY, Insets.EMPTY)));
        frame.setFill(colours.frameFill());
        frame.setStroke(colours.frame());
        stale = true;
    }

    private void frame(Viewport view) {
        framed = view;
        Rect v = view.visibleWorldRect();
        double x = Math.max(0, ox + v.x() * k);
        double y = Math.max(0, oy + v.y() * k);
        double maxX = Math.min(WIDTH, ox + v.maxX() * k);
        double maxY = Math.min(HEIGHT, oy + v.maxY() * k);
        frame.setX(x);
        frame.setY(y);
        frame.setWidth(Math.max(2, maxX - x));
        frame.setHeight(Math.max(2, maxY - y));
    }

    /** Centres the chart's view on the world point under the pointer. */
    private void centreAt(MouseEvent e) {
        Viewport view = chart.viewport();
        double wx = (e.getX() - ox) / k;
        double wy = (e.getY() - oy) / k;
        double cx = view.toWorldX(view.width() / 2);
        double cy = view.toWorldY(view.height() / 2);
        chart.panBy((cx - wx) * view.scale(), (cy - wy) * view.scale());
        e.consume();
    }

    private void takeBadges() {
        AnalysisResult result = context.analysis().resultProperty().get();
        if (result == null) {
            return;
        }
        Map<String, Severity> next = new HashMap<>();
        result.forPhase(context.document().phaseIdProperty().get()).badges()
                .forEach((id, b) -> next.put(id, b.worst()));
        if (!next.equals(badges)) {
            badges = next;
            stale = true;
        }
    }
}
