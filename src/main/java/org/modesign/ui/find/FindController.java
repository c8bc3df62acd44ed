package org.modesign.ui.find;

import static org.modesign.ui.action.EditorAction.FIND;
import static org.modesign.ui.action.EditorAction.FIND_NEXT;
import static org.modesign.ui.action.EditorAction.FIND_PREVIOUS;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.layout.StackPane;
import org.modesign.find.FindCursor;
import org.modesign.find.FindHit;
import org.modesign.find.FindIndex;
import org.modesign.find.FindMode;
import org.modesign.model.Design;
import org.modesign.model.Scenario;
import org.modesign.ui.base.EditorContext;
import org.modesign.ui.canvas.ChartView;

/**
 * Find (Ctrl+F, F3, Shift+F3): searches the cards of the scenario shown with a {@link FindIndex}
 * (made again only after the design or the scenario changed), and goes to a match: unfolds what
 * hides it ({@link Reveal}), selects it and centres it on the chart.
 */
public final class FindController {

    /** One daemon thread for every window: builds the index of an edited design ahead of the next key. */
    private static final ExecutorService BUILDER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "find-index");
        t.setDaemon(true);
        return t;
    });

    /** An index built ahead, for exactly this design and scenario. */
    private record Prepared(Design design, String scenario, FindIndex index) {
    }

    private final EditorContext context;
    private final ChartView chart;
    private final Runnable showChart;
    private final FindCursor cursor = new FindCursor();
    private final FindBar bar;
    private Reveal reveal = Reveal.NONE;
    private Design indexedDesign;
    private String indexedScenario;
    private FindIndex index;
    private volatile Prepared prepared;

    /** {@code showChart} brings the chart into view when another view (matrix, stack, ...) is shown. */
    public FindController(EditorContext context, ChartView chart, Runnable showChart) {
        this.context = context;
        this.chart = chart;
        this.showChart = showChart;
        bar = new FindBar(this::search, this::goTo, this::step);
        bar.setVisible(false);
        bar.setOnClose(chart::requestFocus);
        StackPane.setAlignment(bar, Pos.TOP_RIGHT);
        StackPane.setMargin(bar, new Insets(8, 8, 0, 0));
        context.document().designProperty().addListener((obs, old, d) -> prepareWhileOpen());
        context.document().scenarioIdProperty().addListener((obs, old, id) -> prepareWhileOpen());
    }

    /**
     * While the bar is open, builds the index of the design just edited on another thread (about
     * 0.1 s at 50,000 roles), so that the next key only searches (a few milliseconds).
     */
    private void prepareWhileOpen() {
        if (!bar.isVisible()) {
            return;
        }
        Design design = context.document().design();
        Scenario scenario = context.document().scenario();
        BUILDER.execute(() -> prepared = new Prepared(design, scenario.id(), FindIndex.of(design, scenario)));
    }

    /** Registers Find, Find Next and Find Previous. */
    public void register() {
        context.actions().register(FIND, this::open);
        context.actions().register(FIND_NEXT, () -> step(1));
        context.actions().register(FIND_PREVIOUS, () -> step(-1));
    }

    /** The bar, to be put over the chart (in a {@link StackPane}, where it sits top right). */
    public javafx.scene.Node bar() {
        return bar;
    }

    /** Sets what unfolds a folded branch before find goes to a card in it. */
    public void setReveal(Reveal reveal) {
        this.reveal = reveal == null ? Reveal.NONE : reveal;
    }

    private void open() {
        showChart.run();
        bar.open();
        if (index == null || context.document().design() != indexedDesign) {
            prepareWhileOpen();
        }
    }

    private List<FindHit> search(String query, FindMode mode) {
        cursor.show(index().find(query, mode));
        return cursor.hits();
    }

    /** The index of the scenario shown, made again when the design or the scenario changed. */
    private FindIndex index() {
        Design design = context.document().design();
        Scenario scenario = context.document().scenario();
        if (index == null || design != indexedDesign || !scenario.id().equals(indexedScenario)) {
            Prepared ahead = prepared;
            index = ahead != null && ahead.design() == design && ahead.scenario().equals(scenario.id())
                    ? ahead.index() : FindIndex.of(design, scenario);
            prepared = null;
            indexedDesign = design;
            indexedScenario = scenario.id();
        }
        return index;
    }

    private void goTo(int position) {
        show(cursor.goTo(position));
        bar.foldList();
        chart.requestFocus();
    }

    private void step(int by) {
        if (cursor.hits().isEmpty()) {
            open();
            return;
        }
        show(cursor.step(by));
    }

    private void show(Optional<FindHit> hit) {
        hit.ifPresent(h -> {
            showChart.run();
            reveal.reveal(h.nodeId());
            if (context.document().scenario().node(h.nodeId()).isEmpty()) {
                return; // deleted since the query was typed
            }
            context.selection().selectNodes(List.of(h.nodeId()));
            chart.centerOn(List.of(h.nodeId()));
            bar.showPosition(cursor.position());
        });
    }
}
