package org.modesign.ui.findings;

import java.util.List;
import java.util.function.Consumer;
import org.modesign.analysis.Finding;
import org.modesign.ui.base.EditorContext;
import org.modesign.ui.canvas.ChartView;
import org.modesign.ui.workspace.Workspace;
import org.modesign.ui.workspace.WorkspaceView;

/**
 * Opens a finding: its cards are selected and centred on the chart; a finding about a capability
 * without cards (an unstaffed slot) goes to {@code showCapability} (the RACI matrix's row).
 */
public final class ShowInChart implements FindingNavigator {

    private final EditorContext context;
    private final Workspace workspace;
    private final ChartView chart;
    private final Consumer<String> showCapability;

    public ShowInChart(EditorContext context, Workspace workspace, ChartView chart, Consumer<String> showCapability) {
        this.context = context;
        this.workspace = workspace;
        this.chart = chart;
        this.showCapability = showCapability;
    }

    /** Shows the chart with the cards of {@code ids} selected and centred. */
    public void cards(List<String> ids) {
        workspace.show(WorkspaceView.CHART);
        context.selection().selectNodes(ids);
        chart.centerOn(ids);
    }

    @Override
    public void show(Finding finding) {
        if (!finding.nodes().isEmpty()) {
            cards(finding.nodes());
        } else if (finding.capability() != null) {
            showCapability.accept(finding.capability());
        }
    }
}
