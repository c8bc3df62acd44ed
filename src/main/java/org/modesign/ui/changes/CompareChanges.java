package org.modesign.ui.changes;

import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.modesign.merge.DesignDiff;
import org.modesign.model.Design;
import org.modesign.render.ChangeMark;
import org.modesign.render.ChangeMarks;
import org.modesign.render.Rect;
import org.modesign.ui.base.EditorContext;
import org.modesign.ui.canvas.ChartView;
import org.modesign.ui.i18n.I18n;

/**
 * Shows on the chart what changed from another design to the open one: the cards marked (see
 * {@link ChangeMarks}) and the list of changes beside the chart, both kept up to date while the
 * user goes on editing. The list's Close button or Escape returns to normal editing, and so does
 * opening another file.
 */
final class CompareChanges {

    private final EditorContext context;
    private final ChartView chart;
    private final Consumer<Node> side;
    private final Runnable showChart;
    private final ChangesPanel panel;
    private Design other;
    private ChartChanges onChart;
    private String otherName;
    private ChangeMarks marks = ChangeMarks.NONE;

    /**
     * @param side puts a node beside the chart (null: takes it away)
     * @param showChart brings the chart to the front of the workspace
     */
    CompareChanges(EditorContext context, ChartView chart, Consumer<Node> side, Runnable showChart) {
        this.context = context;
        this.chart = chart;
        this.side = side;
        this.showChart = showChart;
        this.panel = new ChangesPanel(this::close, this::pick);
        context.document().designProperty().addListener((obs, old, d) -> refresh());
        context.document().scenarioIdProperty().addListener((obs, old, id) -> refresh());
        // another file opened (or saved as): the changes shown were from another design's history
        context.document().fileProperty().addListener((obs, old, file) -> close());
        chart.addEventFilter(KeyEvent.KEY_PRESSED, this::escape);
        panel.addEventFilter(KeyEvent.KEY_PRESSED, this::escape);
    }

    /** Marks on the chart what changed from {@code before} (called {@code name}) to the open design. */
    void show(Design before, String name) {
        other = before;
        onChart = new ChartChanges(before);
        otherName = name;
        showChart.run();
        side.accept(panel);
        refresh();
        context.showStatus(I18n.tr("changes.status", name));
    }

    /** Back to normal editing: no marks, no list. */
    void close() {
        if (other == null) {
            return;
        }
        other = null;
        onChart = null;
        marks = ChangeMarks.NONE;
        chart.setChangeMarks(ChangeMarks.NONE);
        side.accept(null);
        context.showStatus("");
        chart.requestFocus();
    }

    boolean isOpen() {
        return other != null;
    }

    ChangesPanel panel() {
        return panel;
    }

    /** The marks on the chart now. */
    ChangeMarks marks() {
        return marks;
    }

    private void escape(KeyEvent e) {
        if (e.getCode() == KeyCode.ESCAPE && isOpen()) {
            close();
        }
    }

    private void refresh() {
        if (other == null) {
            return;
        }
        Design now = context.document().design();
        DesignDiff diff = DesignDiff.of(other, now);
        marks = onChart.of(diff, context.document().scenario().id());
        chart.setChangeMarks(marks);
        List<ChangeRow> rows = ChangeRows.of(diff, other, now);
        panel.show(I18n.tr("changes.title", otherName), summary(diff, rows), rows);
    }

    private static String summary(DesignDiff diff, List<ChangeRow> rows) {
        if (diff.isEmpty()) {
            return I18n.tr("changes.none");
        }
        int[] cards = new int[ChangeMark.values().length];
        rows.stream().filter(r -> r.mark() != null).forEach(r -> cards[r.mark().ordinal()]++);
        return I18n.tr("changes.summary", diff.changes().size(), cards[ChangeMark.ADDED.ordinal()],
                cards[ChangeMark.CHANGED.ordinal()], cards[ChangeMark.REMOVED.ordinal()], diff.moved());
    }

    /** Shows the change of {@code row} on the chart: its scenario, its card selected, or its ghost. */
    private void pick(ChangeRow row) {
        showChart.run();
        if (row.scenario() != null && !row.scenario().equals(context.document().scenario().id())
                && context.document().design().scenario(row.scenario()).isPresent()) {
            context.document().scenarioIdProperty().set(row.scenario());
        }
        if (!row.select().isEmpty()) {
            List<String> here = row.select().stream().filter(id -> chart.scene().indexOf(id) >= 0).toList();
            context.selection().selectNodes(here);
            chart.centerOn(here);
        } else if (row.ghost() != null) {
            context.selection().clear();
            marks.ghosts().stream().filter(g -> g.id().equals(row.ghost())).findFirst()
                    .ifPresent(g -> centreOn(g.card()));
        }
    }

    private void centreOn(Rect card) {
        var v = chart.viewport();
        chart.panBy(v.width() / 2 - v.toScreenX(card.centerX()), v.height() / 2 - v.toScreenY(card.centerY()));
    }
}
