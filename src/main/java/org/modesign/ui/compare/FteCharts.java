package org.modesign.ui.compare;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.modesign.analysis.PhaseMetrics;
import org.modesign.analysis.SideBySide;
import org.modesign.ui.i18n.I18n;

/**
 * Horizontal bar charts of the FTE of A and B in one phase, by archetype, region, office and
 * sourcing: one row per category, A's bar above B's, so that long names and many regions stay
 * readable (a chart grows with its categories). A
 * category that is zero on both sides is left out (an office nobody reports to says nothing);
 * archetypes are always all shown, so that the first chart reads the same in every comparison.
 */
final class FteCharts {

    private static final double WIDTH = 400;
    /** The chart's height besides its bars: title, axis, padding. */
    private static final double FRAME_HEIGHT = 84;
    /** The height of one category: a bar of A, one of B and the gap to the next. */
    private static final double ROW_HEIGHT = 32;
    private static final double CATEGORY_GAP = 8;

    private FteCharts() {
    }

    static Node of(SideBySide s, String phase) {
        PhaseMetrics a = s.a().metrics(phase);
        PhaseMetrics b = s.b().metrics(phase);
        FlowPane legend = new FlowPane(18, 4, ReportBlocks.marked(Side.A, s.a().scenario().name()),
                ReportBlocks.marked(Side.B, s.b().scenario().name()));
        legend.setPrefWrapLength(WIDTH);
        legend.setAlignment(Pos.CENTER_LEFT);
        VBox charts = new VBox(4, legend,
                chart(s, "fteByArchetype", a, b, PhaseMetrics::fteByArchetype, true),
                chart(s, "fteByRegion", a, b, PhaseMetrics::fteByRegion, false),
                chart(s, "fteByOffice", a, b, PhaseMetrics::fteByOffice, false),
                chart(s, "fteBySourcing", a, b, PhaseMetrics::fteBySourcing, false));
        return ReportBlocks.card(I18n.tr("compare.charts.title"), charts);
    }

    private static Node chart(SideBySide s, String metric, PhaseMetrics a, PhaseMetrics b,
            Function<PhaseMetrics, Map<String, Double>> map, boolean keepZeros) {
        Map<String, Double> valuesA = a == null ? Map.of() : map.apply(a);
        Map<String, Double> valuesB = b == null ? Map.of() : map.apply(b);
        List<String> keys = keys(valuesA, valuesB, keepZeros);
        NumberAxis x = new NumberAxis();
        x.setMinorTickVisible(false);
        CategoryAxis y = new CategoryAxis();
        BarChart<Number, String> chart = new BarChart<>(x, y);
        chart.setId("compare-chart-" + metric);
        chart.getStyleClass().add("compare-chart");
        chart.setTitle(I18n.tr("compare.metric." + metric));
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.setCategoryGap(CATEGORY_GAP);
        chart.setBarGap(1);
        double height = FRAME_HEIGHT + keys.size() * ROW_HEIGHT;
        chart.setPrefSize(WIDTH, height);
        chart.setMinSize(WIDTH, height);
        List<String> labels = new ArrayList<>();
        keys.forEach(k -> labels.add(MetricText.label(metric + "." + k, s)));
        List<String> bottomUp = new ArrayList<>(labels);
        Collections.reverse(bottomUp);
        y.setAutoRanging(false);
        y.getCategories().setAll(bottomUp);
        chart.getData().add(series(s.a().scenario().name(), keys, labels, valuesA));
        chart.getData().add(series(s.b().scenario().name(), keys, labels, valuesB));
        return chart;
    }

    /** The keys of both maps in order; those zero on both sides left out unless {@code keepZeros}. */
    private static List<String> keys(Map<String, Double> a, Map<String, Double> b, boolean keepZeros) {
        Set<String> all = new LinkedHashSet<>(a.keySet());
        all.addAll(b.keySet());
        List<String> shown = all.stream()
                .filter(k -> keepZeros || a.getOrDefault(k, 0.0) != 0 || b.getOrDefault(k, 0.0) != 0).toList();
        return shown.isEmpty() ? List.copyOf(all) : shown;
    }

    private static XYChart.Series<Number, String> series(String name, List<String> keys, List<String> labels,
            Map<String, Double> values) {
        XYChart.Series<Number, String> series = new XYChart.Series<>();
        series.setName(name);
        for (int k = 0; k < keys.size(); k++) {
            series.getData().add(new XYChart.Data<>(values.getOrDefault(keys.get(k), 0.0), labels.get(k)));
        }
        return series;
    }
}
