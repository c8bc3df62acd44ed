package org.modesign.ui.canvas;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import javafx.animation.AnimationTimer;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.collections.SetChangeListener;
import javafx.scene.input.MouseDragEvent;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import org.modesign.analysis.SameActivity;
import org.modesign.analysis.ScenarioIndex;
import org.modesign.analysis.Severity;
import org.modesign.edit.LineKey;
import org.modesign.model.Design;
import org.modesign.model.Line;
import org.modesign.model.Phase;
import org.modesign.model.Scenario;
import org.modesign.render.Badge;
import org.modesign.render.BadgeSeverity;
import org.modesign.render.CardMetrics;
import org.modesign.render.ChartLabels;
import org.modesign.render.ChartPainter;
import org.modesign.render.ChartScene;
import org.modesign.render.OpeningView;
import org.modesign.render.ChangeMarks;
import org.modesign.render.PaintOptions;
import org.modesign.render.Rect;
import org.modesign.render.TeamFigures;
import org.modesign.render.Viewport;
import org.modesign.ui.analysis.AnalysisResult;
import org.modesign.ui.base.EditorContext;
import org.modesign.ui.fx.ChartLabelsFx;
import org.modesign.ui.palette.NewCards;
import org.modesign.ui.palette.PaletteItem;

/**
 * The chart of the current scenario, painted by the core's {@link ChartPainter} (the same code
 * that exports use) onto tiles (see {@link ChartTiles}) that are kept while the user pans, so a
 * frame paints only what comes into view. Only what intersects a tile is painted, with less detail
 * as the chart is zoomed out; repaints are coalesced to one per pulse. The viewport's top-left
 * corner always lies on a whole pixel, so that tiles and lines sit on the screen's pixel grid.
 */
public final class ChartView extends Region {

    /** Smallest and largest zoom factors. */
    public static final double MIN_SCALE = 0.001;
    public static final double MAX_SCALE = 4;

    private static final IntPredicate ALL_ACTIVE = i -> true;

    private final EditorContext context;
    private final ChartLabels labels = ChartLabelsFx.create();
    private final ChartTiles tiles;
    private final CardTooltip cardTooltip = new CardTooltip(this, labels);
    private final ReadOnlyDoubleWrapper scale = new ReadOnlyDoubleWrapper(this, "scale", 1);
    private final CanvasOverlay overlay = new CanvasOverlay();
    private final InPlaceEditor renamer;
    private final ChartFolds folds;
    private final ChartKeys keys;
    private final ChartSpeech speech;
    private ChartScene scene;
    /** Whether {@link #scene} is a preview of cards being dragged, not the design's own. */
    private boolean previewing;
    private Scenario scenario;
    /** Where the user moved the view, to a fraction of a pixel. */
    private Viewport wanted = new Viewport(-40, -40, 0, 0, 1);
    /** What the view shows: {@link #wanted} with its top-left corner on the nearest whole pixel. */
    private Viewport viewport = wanted;
    private Map<String, Badge> badges = Map.of();
    /** What changed from another design, marked on the chart (see ui.changes). */
    private ChangeMarks changes = ChangeMarks.NONE;
    /** Where the user left the view of each other scenario, so that coming back finds it there. */
    private final Map<String, Viewport> views = new HashMap<>();
    /** Which node numbers are active in the phase shown (all when every phase is shown). */
    private IntPredicate active = ALL_ACTIVE;
    /** The members and FTE of the team cards in the phase shown; null for all phases (the scene's own). */
    private TeamFigures teams;
    /** The phases of the design {@link #active} was worked out for. */
    private List<Phase> activityPhases;
    private PaintOptions options = PaintOptions.DEFAULT;
    private boolean optionsStale = true;
    /** Whether the view is to be placed where a chart opens (see {@link OpeningView}) once it has a size. */
    private boolean openWhenSized = true;
    private PaletteItem paletteDrag;
    private boolean dirty = true;
    /** Whether the design changed while the chart was off screen. */
    private boolean sceneStale;
    private long lastPaintNanos;

    public ChartView(EditorContext context) {
        this.context = context;
        tiles = new ChartTiles(new ChartPainter(context.look().chartTheme(), labels));
        getStyleClass().add("chart-view");
        setId("chart-view");
        setFocusTraversable(true);
        renamer = new InPlaceEditor(this, context);
        folds = new ChartFolds(context, this::refold);
        keys = new ChartKeys(this, context, folds);
        getChildren().addAll(tiles.node(), overlay.node(), renamer.field());
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        context.document().designProperty().addListener((obs, old, d) -> showDesignWhenShown());
        context.document().scenarioIdProperty().addListener((obs, old, id) -> showDesignWhenShown());
        sceneProperty().addListener((obs, old, shown) -> {
            if (shown != null && sceneStale) {
                showDesignWhenShown();
            }
        });
        context.selection().nodes().addListener((SetChangeListener<String>) c -> optionsChanged());
        context.selection().lineProperty().addListener((obs, old, l) -> optionsChanged());
        // While another view is shown, new findings wait for the chart to come back (showDesign shows them).
        context.analysis().resultProperty().addListener((obs, old, r) -> {
            if (getScene() == null) {
                sceneStale = true;
            } else {
                showBadges(r);
            }
        });
        context.document().phaseIdProperty().addListener((obs, old, p) -> showPhase());
        context.look().chartThemeProperty().addListener((obs, old, theme) -> {
            tiles.usePainter(new ChartPainter(theme, labels));
            repaint();
        });
        context.look().textScaleProperty().addListener((obs, old, now) ->
                zoomBy(now.doubleValue() / old.doubleValue()));
        showDesign(context.document().design());
        paintWhileShown();
        new FoldInput(this, context, folds).install();
        new CanvasInput(this, context).install();
        keys.install(overlay);
        speech = new ChartSpeech(this, context);
    }

    /** The chart from the keyboard: where Enter goes, and the card the keys are at. */
    public ChartKeys keys() {
        return keys;
    }

    /** A screen reader hears the selection in words (see {@link ChartSpeech}). */
    @Override
    public Object queryAccessibleAttribute(javafx.scene.AccessibleAttribute attribute, Object... parameters) {
        Object spoken = speech == null ? null : speech.answer(attribute);
        return spoken != null ? spoken : super.queryAccessibleAttribute(attribute, parameters);
    }

    /**
     * Paints at most once a pulse, and only while the chart is in a window: a running timer is held
     * by the toolkit, so a chart taken out of its window (the matrix shown, a test's window
     * replaced) must stop it, or the chart and its tiles could never be collected.
     */
    private void paintWhileShown() {
        AnimationTimer timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (dirty) {
                    paint();
                }
            }
        };
        org.modesign.ui.fx.WhileShown.run(this, timer);
    }

    /**
     * Rebuilds the chart after an edit, undo or redo, or when another scenario is chosen; while
     * the chart is not on screen (the matrix or the comparison is), only once it comes back.
     */
    private void showDesignWhenShown() {
        sceneStale = getScene() == null;
        if (!sceneStale) {
            showDesign(context.document().design());
        }
    }

    /** Rebuilds the chart from a new design (after any edit, undo or redo). */
    private void showDesign(Design design) {
        Scenario next = context.document().scenario();
        boolean other = scenario == null || !scenario.id().equals(next.id());
        if (other && scenario != null) {
            views.put(scenario.id(), wanted);
        }
        Scenario before = scenario;
        scenario = next;
        ChartScene previous = scene;
        boolean fresh = other || previewing;
        // The scene at the file's places is made only when shown: a folded large chart shows another.
        scene = folds.apply(() -> fresh ? built(design, next) : previous.updatedTo(design, next), design, next);
        previewing = false;
        if (other || active == ALL_ACTIVE || !design.phases().equals(activityPhases)
                || !SameActivity.between(before, next) || teams != null && TeamCounts.changed(before, next)) {
            active = activity(design, next);
        }
        context.selection().retainExisting(id -> scene.indexOf(id) >= 0, lineIndex(context.selection().line()) >= 0);
        if (other) {
            Viewport kept = views.get(next.id());
            if (kept != null) {
                setViewport(kept.resized(getWidth(), getHeight()));
            } else if (getWidth() > 0 && getHeight() > 0) {
                showOpening();
            } else {
                openWhenSized = true;
            }
        }
        optionsChanged();
    }

    /** The scene of {@code shown}: the one prepared at start-up when it is for this very design, else built now. */
    private static ChartScene built(Design design, Scenario shown) {
        ChartScene prepared = PreparedScene.take(design, shown);
        return prepared != null ? prepared : ChartScene.of(design, shown);
    }

    /**
     * Takes in a change of selection or badges (or of the scene's lines, which the selected line's
     * number follows). The options are made anew on the next paint, once however many changes
     * came (selecting all the cards is a change per card).
     */
    private void optionsChanged() {
        optionsStale = true;
        repaint();
    }

    /** Ghosts the nodes not active in the phase now shown, and shows that phase's badges. */
    private void showPhase() {
        active = activity(context.document().design(), scenario);
        badges = Map.of();
        showBadges(context.analysis().resultProperty().get());
        refold();
    }

    /** The collapsed branches of the chart: the actions that fold and unfold them. */
    public ChartFolds folds() {
        return folds;
    }

    /** Shows the folds as they are now (after a fold, a change of phase or of findings). */
    private void refold() {
        if (scenario == null || previewing) {
            return;
        }
        Design design = context.document().design();
        String anchor = folds.anchor();
        Rect before = anchor == null || scene.indexOf(anchor) < 0 ? null : scene.card(scene.indexOf(anchor));
        ChartScene base = scene;
        scene = folds.apply(folds.showsArranged() ? () -> ChartScene.of(design, scenario) : () -> base, design,
                scenario);
        if (before != null) {
            Rect after = scene.card(scene.indexOf(anchor));
            setViewport(wanted.panBy(-(after.x() - before.x()) * wanted.scale(), -(after.y() - before.y()) * wanted.scale()));
        }
        context.selection().retainExisting(id -> scene.indexOf(id) >= 0 && !scene.hidden(scene.indexOf(id)),
                lineIndex(context.selection().line()) >= 0);
        optionsChanged();
    }

    private IntPredicate activity(Design design, Scenario shown) {
        activityPhases = design.phases();
        String phase = context.document().phaseIdProperty().get();
        int p = phase == null ? -1 : design.phaseIndex(phase);
        if (p < 0) {
            teams = null;
            return ALL_ACTIVE;
        }
        ScenarioIndex index = ScenarioIndex.of(design, shown);
        teams = TeamCounts.of(index, p);
        return i -> index.isActive(i, p);
    }

    private void showBadges(AnalysisResult result) {
        if (result == null) {
            return;
        }
        Map<String, Badge> converted = new HashMap<>();
        result.forPhase(context.document().phaseIdProperty().get()).badges().forEach((id, b) -> converted.put(id, new Badge(severity(b.worst()), b.count())));
        if (scene != null && scene.folds().count() > 0) {
            refold();
        }
        if (converted.equals(badges)) {
            return;
        }
        badges = converted;
        optionsChanged();
    }

    /** The badge a finding's severity gets on the chart (and its dots on the overview map). */
    public static BadgeSeverity severity(Severity s) {
        return switch (s) {
            case ERROR -> BadgeSeverity.ERROR;
            case WARNING -> BadgeSeverity.WARNING;
            case INFO -> BadgeSeverity.INFO;
        };
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        if (viewport.width() != w || viewport.height() != h) {
            setViewport(wanted.resized(w, h));
            if (openWhenSized && w > 0 && h > 0) {
                openWhenSized = false;
                showOpening();
            }
            repaint();
        }
    }

    /** Schedules a repaint on the next pulse; many calls in one pulse paint once. */
    public void repaint() {
        dirty = true;
    }

    /**
     * Paints one frame now, as the next pulse would: the tiles due (see {@link ChartTiles}), then
     * the overlays (rubber band, line being drawn, hover handle). Stays due for the next pulse
     * while tiles are left to paint. Public for benchmarks; the view paints itself.
     */
    public void paint() {
        long start = System.nanoTime();
        if (optionsStale) {
            PaintOptions next = new PaintOptions(Set.copyOf(context.selection().nodes()),
                    lineIndex(context.selection().line()), active, badges, null, false, false, teams, changes);
            if (!next.equals(options)) {
                options = next; // the same options keep the tiles painted (see ChartTiles#show)
            }
            optionsStale = false;
        }
        dirty = !tiles.show(scene, viewport, options);
        overlay.update(this);
        lastPaintNanos = System.nanoTime() - start;
    }

    /** Marks what changed from another design on the chart ({@link ChangeMarks#NONE}: nothing). */
    public void setChangeMarks(ChangeMarks marks) {
        changes = marks;
        optionsChanged();
    }

    /**
     * How long the last paint took on the JavaFX thread, in nanoseconds (for benchmarks): it
     * records the tiles' drawing, which JavaFX rasterises when it renders.
     */
    public long lastPaintNanos() {
        return lastPaintNanos;
    }

    /** Index of the scenario line {@code key} in the scene, or -1. */
    int lineIndex(LineKey key) {
        if (key == null) {
            return -1;
        }
        List<Line> lines = scenario.lines();
        for (int i = 0; i < lines.size(); i++) {
            if (key.matches(lines.get(i))) {
                return i;
            }
        }
        return -1;
    }

    /** Whether the card of {@code nodeId} is drawn as active in the phase shown (false: ghosted or absent). */
    public boolean isShownActive(String nodeId) {
        int index = scene.indexOf(nodeId);
        return index >= 0 && active.test(index);
    }

    public ChartScene scene() {
        return scene;
    }

    public Scenario scenario() {
        return scenario;
    }

    /** Shows a preview scene (cards being dragged) until the next design change. */
    void preview(ChartScene moved) {
        scene = moved;
        previewing = true;
        repaint();
    }

    /** Drops a preview and shows the design's own scene. */
    void endPreview() {
        scene = ChartScene.of(context.document().design(), scenario);
        previewing = false;
        ChartScene base = scene;
        scene = folds.apply(() -> base, context.document().design(), scenario);
        repaint();
    }

    CanvasOverlay overlay() {
        return overlay;
    }

    CardTooltip cardTooltip() {
        return cardTooltip;
    }

    public Viewport viewport() {
        return viewport;
    }

    public ReadOnlyDoubleProperty scaleProperty() {
        return scale.getReadOnlyProperty();
    }

    /** Shows {@code v} (its scale kept within bounds), with its top-left corner on the nearest whole pixel. */
    void setViewport(Viewport v) {
        double s = Math.max(MIN_SCALE, Math.min(MAX_SCALE, v.scale()));
        double x = v.x();
        double y = v.y();
        if (s != v.scale()) {
            x = v.toWorldX(v.width() / 2) - v.width() / 2 / s;
            y = v.toWorldY(v.height() / 2) - v.height() / 2 / s;
        }
        wanted = new Viewport(x, y, v.width(), v.height(), s);
        viewport = new Viewport(Math.round(x * s) / s, Math.round(y * s) / s, v.width(), v.height(), s);
        scale.set(viewport.scale());
        repaint();
    }

    public void panBy(double dx, double dy) {
        setViewport(wanted.panBy(dx, dy));
    }

    /** Zooms by {@code factor} keeping the screen point ({@code sx}, {@code sy}) in place. */
    public void zoomAt(double sx, double sy, double factor) {
        double target = Math.max(MIN_SCALE, Math.min(MAX_SCALE, viewport.scale() * factor));
        setViewport(wanted.zoomAt(sx, sy, target / viewport.scale()));
    }

    public void zoomBy(double factor) {
        zoomAt(getWidth() / 2, getHeight() / 2, factor);
    }

    /** Zoom 100 %, keeping the centre. */
    public void zoomActual() {
        zoomBy(1 / viewport.scale());
    }

    /** Shows the whole chart (Ctrl+0). */
    public void fitToWindow() {
        setViewport(OpeningView.fit(scene, getWidth(), getHeight()));
    }

    /**
     * Shows the chart as it opens: whole when its cards can be read so, else at 100 % from the top
     * of the organisation (see {@link OpeningView}); with a larger text size (View ▸ Text Size) as if
     * the view were that much smaller, so that the cards open that much larger.
     */
    public void showOpening() {
        double text = context.look().textScale();
        Viewport opening = OpeningView.of(scene, getWidth() / text, getHeight() / text);
        setViewport(new Viewport(opening.x(), opening.y(), getWidth(), getHeight(), opening.scale() * text));
    }

    /**
     * Lets the user drop palette items on the chart: {@code item} is what is being dragged (null
     * when no drag is under way); a drop adds it where the pointer is.
     */
    public void acceptPaletteDrops(NewCards cards) {
        // Only while a palette item is dragged: a tool chip's drag has its own target (ToolDrops).
        addEventHandler(MouseDragEvent.MOUSE_DRAG_OVER, e -> {
            if (paletteDrag != null) {
                showDropTarget(PaletteDrops.target(paletteDrag, scene, toWorldX(e.getX()), toWorldY(e.getY())));
            }
        });
        addEventHandler(MouseDragEvent.MOUSE_DRAG_EXITED, e -> showDropTarget(-1));
        addEventHandler(MouseDragEvent.MOUSE_DRAG_RELEASED, e -> {
            if (paletteDrag != null) {
                PaletteItem item = paletteDrag;
                paletteDrag = null;
                showDropTarget(-1);
                cards.add(item, toWorldX(e.getX()), toWorldY(e.getY()), scene);
                requestFocus();
                e.consume();
            }
        });
    }

    /** The palette item being dragged, or null when the drag ended. */
    public void setPaletteDrag(PaletteItem item) {
        paletteDrag = item;
        if (item == null) {
            showDropTarget(-1);
        }
    }

    /** Highlights the card a drop would go to (-1: none). */
    void showDropTarget(int node) {
        if (overlay.target() != node) {
            overlay.setTarget(node);
            repaint();
        }
    }

    /** Adds a palette item in the middle of the view (double-click or Enter in the palette). */
    public void addAtCentre(NewCards cards, PaletteItem item) {
        cards.add(item, toWorldX(getWidth() / 2), toWorldY(getHeight() / 2), null);
        requestFocus();
    }

    /** Starts renaming card {@code id} in place. */
    public void startRename(String id) {
        renamer.start(id);
    }

    /** Brings card {@code id} into view when it is not (fully) on screen. */
    public void centerOnIfHidden(String id) {
        int i = scene.indexOf(id);
        Rect visible = viewport.visibleWorldRect();
        Rect card = i < 0 ? null : scene.card(i);
        if (card != null && !(visible.contains(card.x(), card.y())
                && visible.contains(card.x() + card.width(), card.y() + card.height()))) {
            centerOn(java.util.List.of(id));
        }
    }

    /** Centres the cards of {@code ids}, zooming in to a readable size when needed. */
    public void centerOn(Collection<String> ids) {
        Rect area = null;
        for (String id : ids) {
            int i = scene.indexOf(id);
            if (i >= 0) {
                Rect card = scene.card(i);
                area = area == null ? card : union(area, card);
            }
        }
        if (area == null) {
            return;
        }
        double s = Math.max(viewport.scale(), CardMetrics.legibleScale());
        Viewport fit = Viewport.fit(area, getWidth(), getHeight(), 80, s);
        setViewport(fit.scale() < s ? fit : new Viewport(area.centerX() - getWidth() / 2 / s,
                area.centerY() - getHeight() / 2 / s, getWidth(), getHeight(), s));
    }

    private static Rect union(Rect a, Rect b) {
        double x = Math.min(a.x(), b.x());
        double y = Math.min(a.y(), b.y());
        return new Rect(x, y, Math.max(a.maxX(), b.maxX()) - x, Math.max(a.maxY(), b.maxY()) - y);
    }

    double toWorldX(double sx) {
        return viewport.toWorldX(sx);
    }

    double toWorldY(double sy) {
        return viewport.toWorldY(sy);
    }
}
