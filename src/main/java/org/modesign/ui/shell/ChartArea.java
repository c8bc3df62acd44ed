package org.modesign.ui.shell;

import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import org.modesign.ui.canvas.ChartView;

/**
 * The chart with what floats over it: the find bar (top right), the overview map (bottom right)
 * and the first-start guide (bottom left). The keyboard focus it is given goes to the chart.
 */
final class ChartArea extends StackPane {

    private final ChartView chart;

    ChartArea(ChartView chart, Node... over) {
        this.chart = chart;
        setId("chart-area");
        getChildren().add(chart);
        getChildren().addAll(over);
    }

    @Override
    public void requestFocus() {
        chart.requestFocus();
    }
}
