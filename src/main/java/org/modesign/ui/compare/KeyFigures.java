package org.modesign.ui.compare;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.modesign.analysis.Delta;
import org.modesign.analysis.FindingCounts;
import org.modesign.analysis.SideBySide;
import org.modesign.ui.i18n.I18n;

/**
 * The figures a reader looks at first, as tiles with A, B and the difference: size and structure
 * (FTE, roles, layers, span of control) and coverage and findings (coverage, central share,
 * errors, warnings, unstaffed slots, overlaps).
 */
final class KeyFigures {

    private static final List<String> STRUCTURE = List.of("fte", "roles", "layers", "spanMax", "spanMean");
    private static final List<String> COVERAGE = List.of("coverage", "centralShare", "errors", "warnings",
            "unstaffed", "overlaps");

    private KeyFigures() {
    }

    static Node of(SideBySide s, String phase) {
        Map<String, Delta> values = new HashMap<>();
        s.comparison().values(phase).forEach(d -> values.put(d.metric(), d));
        FindingCounts a = s.a().findings(phase);
        FindingCounts b = s.b().findings(phase);
        values.put("errors", new Delta(phase, "errors", a == null ? null : a.errors(), b == null ? null : b.errors()));
        values.put("warnings", new Delta(phase, "warnings", a == null ? null : a.warnings(),
                b == null ? null : b.warnings()));
        VBox groups = new VBox(10, group("compare.figures.structure", STRUCTURE, values),
                group("compare.figures.coverage", COVERAGE, values));
        return ReportBlocks.card(I18n.tr("compare.figures.title"), groups);
    }

    private static Node group(String titleKey, List<String> metrics, Map<String, Delta> values) {
        FlowPane tiles = new FlowPane(10, 10);
        for (String metric : metrics) {
            tiles.getChildren().add(tile(metric, values.get(metric)));
        }
        return new VBox(6, ReportBlocks.text(I18n.tr(titleKey), "compare-group-title"), tiles);
    }

    private static Node tile(String metric, Delta d) {
        Double difference = d.difference();
        String change = difference == null ? I18n.tr("compare.notCompared")
                : difference == 0 ? I18n.tr("compare.noChange") : MetricText.difference(metric, difference);
        Label delta = ReportBlocks.text(change, "compare-tile-delta", ReportBlocks.direction(difference));
        delta.setId(MetricsTable.cellId("figure", metric));
        HBox values = new HBox(12, ReportBlocks.marked(Side.A, MetricText.value(metric, d.a()), "compare-tile-value"),
                ReportBlocks.marked(Side.B, MetricText.value(metric, d.b()), "compare-tile-value"));
        values.setAlignment(Pos.CENTER_LEFT);
        VBox tile = new VBox(4, ReportBlocks.text(I18n.tr("compare.metric." + metric), "compare-tile-caption"), values,
                delta);
        tile.getStyleClass().add("compare-tile");
        if (difference != null && difference != 0) {
            tile.getStyleClass().add(ReportBlocks.CHANGED);
        }
        return tile;
    }
}
