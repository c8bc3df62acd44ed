package org.modesign.ui.compare;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import org.modesign.analysis.Delta;
import org.modesign.analysis.SideBySide;
import org.modesign.ui.i18n.I18n;

/**
 * Every metric of format.md §4 and format-v2.md §5 for one phase: metric | A | B | B − A, the
 * entries of the maps indented under their map's name, and the rows that differ highlighted with
 * the difference in colour and with its sign (when only one side's design has the phase, nothing
 * is highlighted).
 */
final class MetricsTable {

    private static final double VALUE_WIDTH = 72;

    private MetricsTable() {
    }

    /** The id of the cell showing {@code side}'s value of {@code metric} ({@code "delta"} for B − A). */
    static String cellId(String column, String metric) {
        return "compare-" + column + "-" + metric.replace('.', '-');
    }

    static Node of(SideBySide s, String phase) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("compare-table");
        ColumnConstraints label = new ColumnConstraints();
        label.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(label, ReportBlocks.column(VALUE_WIDTH), ReportBlocks.column(VALUE_WIDTH),
                ReportBlocks.column(VALUE_WIDTH));
        Label metric = ReportBlocks.text(I18n.tr("compare.table.metric"), "compare-head");
        metric.setMaxWidth(Double.MAX_VALUE);
        grid.addRow(0, metric,
                head(Side.A), head(Side.B), ReportBlocks.number(I18n.tr("compare.table.difference"), "compare-head"));
        int row = 1;
        String group = null;
        boolean bothHavePhase = MetricText.bothHave(s, phase);
        for (Delta d : s.comparison().values(phase)) {
            String map = MetricText.key(d.metric()) == null ? null : MetricText.base(d.metric());
            if (map != null && !map.equals(group)) {
                Label heading = ReportBlocks.text(I18n.tr("compare.metric." + map), "compare-cell", "compare-group");
                heading.setMaxWidth(Double.MAX_VALUE);
                grid.add(heading, 0, row++, 4, 1);
            }
            group = map;
            addRow(grid, row++, d, s, map != null, bothHavePhase && d.differs());
        }
        return ReportBlocks.card(I18n.tr("compare.metrics.title"), grid,
                ReportBlocks.text(I18n.tr("compare.metrics.note"), "compare-muted"));
    }

    private static Node head(Side side) {
        Label label = ReportBlocks.number(side.name(), "compare-head");
        label.setGraphic(ReportBlocks.swatch(side));
        return label;
    }

    private static void addRow(GridPane grid, int row, Delta d, SideBySide s, boolean indented, boolean changed) {
        Double difference = d.difference();
        Label name = MetricTips.explain(ReportBlocks.text(MetricText.label(d.metric(), s), "compare-cell"), d.metric());
        if (indented) {
            name.getStyleClass().add("compare-indented");
        }
        Label a = ReportBlocks.number(MetricText.value(d.metric(), d.a(), MetricText.currency(s, Side.A)),
                "compare-cell");
        Label b = ReportBlocks.number(MetricText.value(d.metric(), d.b(), MetricText.currency(s, Side.B)),
                "compare-cell");
        Label delta = ReportBlocks.number(MetricText.difference(d.metric(), difference, MetricText.sharedCurrency(s)),
                "compare-cell", ReportBlocks.direction(difference));
        a.setId(cellId("a", d.metric()));
        b.setId(cellId("b", d.metric()));
        delta.setId(cellId("delta", d.metric()));
        name.setMaxWidth(Double.MAX_VALUE);
        grid.addRow(row, name, a, b, delta);
        if (changed) {
            for (Label cell : new Label[] {name, a, b, delta}) {
                cell.getStyleClass().add(ReportBlocks.CHANGED);
            }
        }
    }
}
