package org.modesign.ui.shell;

import javafx.scene.layout.BorderPane;
import org.modesign.ui.canvas.ChartView;
import org.modesign.ui.phase.PhaseGoalLine;

/** The chart as the workspace shows it: the phase's goal in a quiet line over the chart, which takes the focus. */
final class ChartPane extends BorderPane {

    private final ChartView chart;

    /** {@code area} holds {@code chart} and what floats over it (find bar, overview map); {@code goal} goes above. */
    ChartPane(javafx.scene.Node area, ChartView chart, PhaseGoalLine goal) {
        super(area);
        this.chart = chart;
        setTop(goal);
    }

    @Override
    public void requestFocus() {
        chart.requestFocus();
    }
}
