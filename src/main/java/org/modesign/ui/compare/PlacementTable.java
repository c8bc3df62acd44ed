package org.modesign.ui.compare;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.modesign.analysis.CapabilityPlacement;
import org.modesign.analysis.CapabilityPlacement.Held;
import org.modesign.analysis.CapabilityPlacement.Where;
import org.modesign.analysis.PlacementRow;
import org.modesign.analysis.ScenarioProfile;
import org.modesign.analysis.SideBySide;
import org.modesign.model.Layer;
import org.modesign.ui.i18n.I18n;

/**
 * Which capabilities A and B hold centrally and which per region in one phase, layer by layer
 * (platform, expression, governance): each layer's heading counts them, each capability's row says
 * where each side holds it, and the rows where A and B differ are highlighted.
 */
final class PlacementTable {

    private static final double NAME_MIN_WIDTH = 220;
    private static final double SIDE_MIN_WIDTH = 150;
    private static final double SIDE_WIDTH = 240;

    private PlacementTable() {
    }

    static Node of(SideBySide s, String phase) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("compare-table");
        ColumnConstraints name = ReportBlocks.column(NAME_MIN_WIDTH);
        name.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(name, side(), side());
        grid.addRow(0, ReportBlocks.wrapping(I18n.tr("compare.placement.capability"), "compare-head"),
                head(Side.A, s.a().scenario().name()), head(Side.B, s.b().scenario().name()));
        List<PlacementRow> rows = s.placement(phase);
        int row = 1;
        boolean bothHavePhase = MetricText.bothHave(s, phase);
        for (Layer layer : Layer.values()) {
            grid.addRow(row++, ReportBlocks.wrapping(I18n.tr("compare.layer." + layer.code()), "compare-cell", "compare-group"),
                    summary(s.a(), phase, layer), summary(s.b(), phase, layer));
            for (PlacementRow r : rows) {
                if (r.layer() == layer) {
                    addRow(grid, row++, r, s, bothHavePhase && r.differs());
                }
            }
        }
        return ReportBlocks.card(I18n.tr("compare.placement.title"), grid);
    }

    private static ColumnConstraints side() {
        ColumnConstraints column = ReportBlocks.column(SIDE_MIN_WIDTH);
        column.setPrefWidth(SIDE_WIDTH);
        return column;
    }

    /**
     * A scenario's swatch and name over its column, the name wrapped onto more lines when longer than
     * the column is wide. (Not the label's graphic: a label measures its wrapped lines without its
     * graphic's width, and cut the second line.)
     */
    private static Node head(Side side, String scenario) {
        Label head = ReportBlocks.wrapping(scenario, "compare-head");
        head.setMinWidth(0);
        HBox box = new HBox(6, ReportBlocks.swatch(side), head);
        box.setAlignment(Pos.BASELINE_LEFT);
        HBox.setHgrow(head, Priority.ALWAYS);
        return box;
    }

    /** "4 central · 2 per region" for one side's layer. */
    private static Label summary(ScenarioProfile side, String phase, Layer layer) {
        CapabilityPlacement placement = side.placement(phase);
        String text = placement == null ? "\u2014" : I18n.tr("compare.placement.summary",
                placement.in(layer, Where.CENTRAL).size(), placement.in(layer, Where.PER_REGION).size());
        return ReportBlocks.wrapping(text, "compare-cell", "compare-group");
    }

    private static void addRow(GridPane grid, int row, PlacementRow r, SideBySide s, boolean changed) {
        Label name = ReportBlocks.wrapping(r.name(), "compare-cell", "compare-indented");
        Label a = ReportBlocks.wrapping(where(r.a(), s), "compare-cell");
        Label b = ReportBlocks.wrapping(where(r.b(), s), "compare-cell");
        a.setId("compare-placement-a-" + r.capability());
        b.setId("compare-placement-b-" + r.capability());
        grid.addRow(row, name, a, b);
        if (changed) {
            name.getStyleClass().add(ReportBlocks.CHANGED);
            a.getStyleClass().add(ReportBlocks.CHANGED);
            b.getStyleClass().add(ReportBlocks.CHANGED);
        }
    }

    /** "Central", "Per region: EMEA, APAC", "Central and per region: EMEA", "Not held" or a dash. */
    static String where(Held held, SideBySide s) {
        if (held == null) {
            return "\u2014";
        }
        String regions = String.join(", ", held.regions().stream().map(r -> MetricText.regionName(r, s)).toList());
        return switch (held.where()) {
            case CENTRAL -> I18n.tr("compare.where.central");
            case PER_REGION -> I18n.tr(held.central() ? "compare.where.both" : "compare.where.perRegion", regions);
            case NOWHERE -> I18n.tr("compare.where.nowhere");
        };
    }
}
