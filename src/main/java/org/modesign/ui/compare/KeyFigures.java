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
 * errors, warnings, unstaffed slots, overlaps) and, when a design holds a plan (format v2), its
 * cost and staffing (people cost, tool cost, martech share, tools, open FTE, hires, and the slots
 * and tools the stack rules flag).
 */
final class KeyFigures {

    private static final List<String> STRUCTURE = List.of("fte", "roles", "layers", "spanMax", "spanMean");
    private static final List<String> COVERAGE = List.of("coverage", "centralShare", "errors", "warnings",
            "unstaffed", "overlaps");
    /** The figures of format v2's plan (format-v2.md §5), shown when either design uses version 2. */
    private static final List<String> PLAN = List.of("peopleCost", "toolCost", "martechShare", "tools", "openFte",
            "hires", "unsupported", "unownedTools", "duplicateTools");

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
        VBox groups = new VBox(10, group("compare.figures.structure", STRUCTURE, values, s),
                group("compare.figures.coverage", COVERAGE, values, s));
        if (s.a().design().usesVersion2() || s.b().design().usesVersion2()) {
            groups.getChildren().add(group("compare.figures.plan", PLAN, values, s));
        }
        return ReportBlocks.card(I18n.tr("compare.figures.title"), groups);
    }

    private static Node group(String titleKey, List<String> metrics, Map<String, Delta> values, SideBySide s) {
        FlowPane tiles = new FlowPane(10, 10);
        for (String metric : metrics) {
            tiles.getChildren().add(tile(metric, values.get(metric), s));
        }
        return new VBox(6, ReportBlocks.text(I18n.tr(titleKey), "compare-group-title"), tiles);
    }

    private static Node tile(String metric, Delta d, SideBySide s) {
        Double difference = d.difference();
        String change = difference == null ? I18n.tr("compare.notCompared")
                : difference == 0 ? I18n.tr("compare.noChange")
                : MetricText.difference(metric, difference, MetricText.sharedCurrency(s));
        Label delta = ReportBlocks.text(change, "compare-tile-delta", ReportBlocks.direction(difference));
        delta.setId(MetricsTable.cellId("figure", metric));
        HBox values = new HBox(12, ReportBlocks.marked(Side.A, MetricText.value(metric, d.a(),
                MetricText.currency(s, Side.A)), "compare-tile-value"), ReportBlocks.marked(Side.B,
                MetricText.value(metric, d.b(), MetricText.currency(s, Side.B)), "compare-tile-value"));
        values.setAlignment(Pos.CENTER_LEFT);
        VBox tile = new VBox(4, MetricTips.explain(ReportBlocks.text(I18n.tr("compare.metric." + metric),
                "compare-tile-caption"), metric), values,
                delta);
        tile.getStyleClass().add("compare-tile");
        if (difference != null && difference != 0) {
            tile.getStyleClass().add(ReportBlocks.CHANGED);
        }
        return tile;
    }
}
