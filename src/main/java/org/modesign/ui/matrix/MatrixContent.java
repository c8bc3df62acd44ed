package org.modesign.ui.matrix;

import java.util.Arrays;
import java.util.List;
import org.modesign.analysis.CapabilityStatus;
import org.modesign.analysis.RaciGrid;
import org.modesign.analysis.SlotStatus;
import org.modesign.analysis.SlotStatuses;
import org.modesign.model.Design;
import org.modesign.ui.i18n.I18n;

/**
 * What one version of the matrix shows: the grid, its geometry and its words (group and layer
 * labels, headings, each row's status). Made anew when the design, scenario, phase or grouping
 * changes; the statuses are replaced when a new analysis arrives.
 */
final class MatrixContent {

    static final double MIN_NAME_WIDTH = 200;
    static final double MAX_NAME_WIDTH = 440;
    static final double MIN_STATUS_WIDTH = 190;
    static final double MAX_STATUS_WIDTH = 320;
    static final double MIN_TITLE_HEIGHT = 110;
    static final double MAX_TITLE_HEIGHT = 240;
    /** Space around a rotated title and a name, in pixels. */
    static final double TEXT_PADDING = 24;
    /** Room for a status's mark and the space around it, in pixels. */
    static final double STATUS_PADDING = 44;
    /** How many of the longest titles (by characters) are measured to size the column header. */
    private static final int TITLES_MEASURED = 24;

    private final RaciGrid grid;
    private final MatrixGeometry geometry;
    private final Design design;
    private final boolean allPhases;
    private final String[] groupLabels;
    private final String[] layerLabels;
    private SlotStatus[] rowStatus;
    private String[] rowStatusText;

    /**
     * @param painter measures text in the fonts it paints with
     */
    MatrixContent(RaciGrid grid, Design design, boolean allPhases, MatrixPainter painter) {
        this.grid = grid;
        this.design = design;
        this.allPhases = allPhases;
        double names = 0;
        for (int row = 0; row < grid.rowCount(); row++) {
            names = Math.max(names, painter.textWidth(grid.capability(row).name(), false));
        }
        double status = painter.textWidth(MatrixTexts.widestStatus(design, allPhases), true) + STATUS_PADDING;
        geometry = new MatrixGeometry(grid, clamp(names + TEXT_PADDING, MIN_NAME_WIDTH, MAX_NAME_WIDTH),
                clamp(status, MIN_STATUS_WIDTH, MAX_STATUS_WIDTH),
                clamp(longestTitle(painter) + TEXT_PADDING, MIN_TITLE_HEIGHT, MAX_TITLE_HEIGHT));
        groupLabels = new String[grid.columnGroups().size()];
        List<RaciGrid.LayerGroup> layers = grid.layerGroups();
        layerLabels = new String[layers.size()];
        for (int g = 0; g < layerLabels.length; g++) {
            layerLabels[g] = I18n.tr("matrix.layerGroup", MatrixTexts.layer(layers.get(g).layer()), layers.get(g).size());
        }
        useStatuses(null);
    }

    /** The width of the longest role title, measuring only the few with the most characters. */
    private double longestTitle(MatrixPainter painter) {
        int n = grid.columnCount();
        if (n == 0) {
            return 0;
        }
        int[] lengths = new int[n];
        for (int c = 0; c < n; c++) {
            lengths[c] = grid.role(c).title().length();
        }
        int[] sorted = lengths.clone();
        Arrays.sort(sorted);
        int threshold = sorted[Math.max(0, n - TITLES_MEASURED)];
        double longest = 0;
        int measuredAtThreshold = 0;
        for (int c = 0; c < n; c++) {
            if (lengths[c] > threshold || lengths[c] == threshold && measuredAtThreshold++ < TITLES_MEASURED) {
                longest = Math.max(longest, painter.textWidth(grid.role(c).title(), false));
            }
        }
        return longest;
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }

    /** Shows {@code statuses} in the status column; null while none are known. */
    void useStatuses(SlotStatuses statuses) {
        rowStatus = new SlotStatus[grid.rowCount()];
        rowStatusText = new String[grid.rowCount()];
        for (int row = 0; row < rowStatus.length; row++) {
            CapabilityStatus status = statuses == null ? null : statuses.status(grid.capability(row).id());
            rowStatus[row] = status == null ? null : status.status();
            rowStatusText[row] = MatrixTexts.status(status, design, allPhases);
        }
    }

    RaciGrid grid() {
        return grid;
    }

    MatrixGeometry geometry() {
        return geometry;
    }

    Design design() {
        return design;
    }

    /** What the cells say when there are none (no capability, or no role in the phase), else null. */
    String emptyText() {
        if (grid.rowCount() == 0) {
            return I18n.tr("matrix.empty.capabilities");
        }
        if (grid.columnCount() == 0) {
            return I18n.tr(allPhases ? "matrix.empty.roles" : "matrix.empty.rolesInPhase");
        }
        return null;
    }

    /** The label of a column group, made when first asked for (a design may have thousands of teams). */
    String groupLabel(int group) {
        if (groupLabels[group] == null) {
            groupLabels[group] = MatrixTexts.group(grid.columnGroups().get(group));
        }
        return groupLabels[group];
    }

    String layerLabel(int layerGroup) {
        return layerLabels[layerGroup];
    }

    /** The row's status, or null while unknown. */
    SlotStatus status(int row) {
        return rowStatus[row];
    }

    String statusText(int row) {
        return rowStatusText[row];
    }
}
