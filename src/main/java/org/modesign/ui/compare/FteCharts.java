package org.modesign.ui.compare;

import java.util.ArrayList;
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
import org.modesign.ui.I18n;

/**
 * Bar charts of the FTE of A and B in one phase, by archetype, region, office and sourcing. A
 * category that is zero on both sides is left out (an office nobody reports to says nothing);
 * archetypes are always all shown, so that the first chart reads the same in every comparison.
 */
final class FteCharts {

    private static final double WIDTH = 400;
    private static final double HEIGHT = 210;
    /** About the width of the plot area, for the gap that keeps bars at most {@link #MAX_BAR} wide. */
    private static final double PLOT_WIDTH = 330;
    private static final double MAX_BAR = 36;
    private static final double MIN_GAP = 12;

    private FteCharts() {
    }

    static Node of(SideBySide s, String phase) {
        PhaseMetrics a = s.a().metrics(phase);
        PhaseMetrics b = s.b().metrics(phase);
        FlowPane legend = new FlowPane(18, 4, Cells.marked(Side.A, s.a().scenario().name()),
                Cells.marked(Side.B, s.b().scenario().name()));
        legend.setPrefWrapLength(WIDTH);
        legend.setAlignment(Pos.CENTER_LEFT);
        VBox charts = new VBox(4, legend,
                chart(s, "fteByArchetype", a, b, PhaseMetrics::fteByArchetype, true),
                chart(s, "fteByRegion", a, b, PhaseMetrics::fteByRegion, false),
                chart(s, "fteByOffice", a, b, PhaseMetrics::fteByOffice, false),
                chart(s, "fteBySourcing", a, b, PhaseMetrics::fteBySourcing, false));
        return Cells.card(I18n.tr("compare.charts.title"), charts);
    }

    private static Node chart(SideBySide s, String metric, PhaseMetrics a, PhaseMetrics b,
            Function<PhaseMetrics, Map<String, Double>> map, boolean keepZeros) {
        Map<String, Double> valuesA = a == null ? Map.of() : map.apply(a);
        Map<String, Double> valuesB = b == null ? Map.of() : map.apply(b);
        List<String> keys = keys(valuesA, valuesB, keepZeros);
        CategoryAxis x = new CategoryAxis();
        NumberAxis y = new NumberAxis();
        y.setLabel(I18n.tr("compare.charts.fte"));
        y.setMinorTickVisible(false);
        BarChart<String, Number> chart = new BarChart<>(x, y);
        chart.setId("compare-chart-" + metric);
        chart.getStyleClass().add("compare-chart");
        chart.setTitle(I18n.tr("compare.metric." + metric));
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.setCategoryGap(Math.max(MIN_GAP, PLOT_WIDTH / keys.size() - 2 * MAX_BAR));
        chart.setBarGap(2);
        chart.setPrefSize(WIDTH, HEIGHT);
        chart.setMinSize(WIDTH, HEIGHT);
        List<String> labels = new ArrayList<>();
        keys.forEach(k -> labels.add(MetricText.label(metric + "." + k, s)));
        x.getCategories().setAll(labels);
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

    private static XYChart.Series<String, Number> series(String name, List<String> keys, List<String> labels,
            Map<String, Double> values) {
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        series.setName(name);
        for (int k = 0; k < keys.size(); k++) {
            series.getData().add(new XYChart.Data<>(labels.get(k), values.getOrDefault(keys.get(k), 0.0)));
        }
        return series;
    }
}
