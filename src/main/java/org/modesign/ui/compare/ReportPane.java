package org.modesign.ui.compare;

import java.nio.file.Path;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.modesign.analysis.SideBySide;

/**
 * The comparison of one phase as a one-page report: heading, key figures, the metrics table next
 * to the FTE charts, the capability placement and the role titles only in one scenario. It is
 * what the PNG export takes a picture of.
 */
final class ReportPane extends VBox {

    ReportPane() {
        super(16);
        getStyleClass().add("compare-report");
        setId("compare-report");
    }

    /** Shows {@code phase} of {@code s}; {@code fileA}/{@code fileB} name another file's scenario, else null. */
    void show(SideBySide s, String phase, Path fileA, Path fileB) {
        FlowPane middle = new FlowPane(16, 16, MetricsTable.of(s, phase), FteCharts.of(s, phase));
        middle.setAlignment(Pos.TOP_LEFT);
        middle.setRowValignment(VPos.TOP);
        getChildren().setAll(Heading.of(s, phase, fileA, fileB), KeyFigures.of(s, phase), middle,
                PlacementTable.of(s, phase), TitleLists.of(s));
    }
}
