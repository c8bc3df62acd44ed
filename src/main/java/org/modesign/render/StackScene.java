package org.modesign.render;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import org.modesign.model.Layer;

/**
 * The martech stack laid out as a landscape, once, in world units (a pixel at 100%): a row per
 * layer (platform, expression, governance) under a header of columns ({@code global}, then each
 * region), each cell a grid of chips in the order given, each chip's words wrapped (a tool's name to
 * three lines, an owner's title to two); under the grid, the legend. {@link StackPainter} draws it on the screen and in every
 * export. Finding the chips in a rectangle or under a point costs O(columns + chips found), so a
 * frame of a stack of thousands of deployments touches only what it shows.
 */
public final class StackScene {

    public static final double COLUMN_HEADER_HEIGHT = 34;
    public static final double CELL_PAD = 10;
    public static final double CHIP_WIDTH = 184;
    public static final double GAP = 10;
    static final double MIN_ROW_HEADER_WIDTH = 104;
    static final double BAR = 5;
    static final double TEXT_LEFT = 13;
    static final double TEXT_RIGHT = 10;
    static final double PAD_TOP = 7;
    static final double PAD_BOTTOM = 7;
    static final FontSpec TITLE = new FontSpec(12, true);
    static final double TITLE_LINE = 15;
    static final FontSpec DETAIL = new FontSpec(11, false);
    static final double DETAIL_LINE = 14;
    static final FontSpec HEADER = new FontSpec(13, true);
    /** Tools have long names ("Salesforce Marketing Cloud Account Engagement (Pardot)"): up to three lines. */
    static final int MAX_TITLE_LINES = 3;
    static final int MAX_DETAIL_LINES = 2;
    /** A cell puts its chips in one column up to about this many, then widens. */
    static final double CHIPS_PER_COLUMN = 6;
    static final int MAX_ACROSS = 8;
    static final double LEGEND_TOP_GAP = 20;
    static final FontSpec LEGEND_HEADING = new FontSpec(11, true);
    static final FontSpec LEGEND_TEXT = new FontSpec(11, false);
    static final double LEGEND_LINE = 24;
    static final double SWATCH_WIDTH = 22;
    static final double SWATCH_HEIGHT = 14;
    static final double LEGEND_SPACING = 18;
    static final double MIN_LEGEND_WIDTH = 560;

    /** What a legend entry shows. */
    enum LegendKind { HEADING, CATEGORY, NO_OWNER, DUPLICATE, NO_TOOL }

    /** A legend entry: its kind, the category it shows (or -1), where its line starts, its words. */
    record LegendItem(LegendKind kind, int category, double x, double y, String text) {
    }

    private final List<StackChip> chips;
    private final String[][] titleLines;
    private final String[][] detailLines;
    private final double[] chipX;
    private final double[] chipY;
    private final double[] chipHeight;
    private final String[] columnNames;
    private final double[] columnLeft;
    private final double[] columnWidth;
    private final int[] across;
    private final String[] layerNames;
    private final double[] layerTop;
    private final double[] layerHeight;
    private final double rowHeaderWidth;
    /** Chips by cell ({@code layer × columns + column}): cell k holds order[cellStart[k] .. cellStart[k+1]). */
    private final int[] cellStart;
    private final int[] order;
    /** Each cell's grid rows: cell k's rows are gridTop/gridBottom[rowStart[k] .. rowStart[k+1]). */
    private final int[] rowStart;
    private final double[] gridTop;
    private final double[] gridBottom;
    private final List<LegendItem> legend = new ArrayList<>();
    private final Rect grid;
    private final Rect bounds;
    private Map<String, Integer> byDeployment;

    private StackScene(List<String> columns, List<String> layers, List<StackChip> chips, StackLegend words,
            TextMeasure measure) {
        this.chips = List.copyOf(chips);
        int n = this.chips.size();
        int columnCount = columns.size();
        columnNames = columns.toArray(new String[0]);
        layerNames = layers.toArray(new String[0]);
        if (layerNames.length != Layer.values().length) {
            throw new IllegalArgumentException("a name for each layer is needed");
        }
        titleLines = new String[n][];
        detailLines = new String[n][];
        chipX = new double[n];
        chipY = new double[n];
        chipHeight = new double[n];
        double textWidth = CHIP_WIDTH - TEXT_LEFT - TEXT_RIGHT;
        for (int i = 0; i < n; i++) {
            StackChip chip = this.chips.get(i);
            if (chip.column() < 0 || chip.column() >= columnCount) {
                throw new IllegalArgumentException("chip " + i + " lies in column " + chip.column() + " of "
                        + columnCount);
            }
            titleLines[i] = TextWrap.wrap(chip.title(), TITLE, textWidth, MAX_TITLE_LINES, measure);
            detailLines[i] = TextWrap.wrap(chip.detail(), DETAIL, textWidth, MAX_DETAIL_LINES, measure);
            chipHeight[i] = PAD_TOP + titleLines[i].length * TITLE_LINE + detailLines[i].length * DETAIL_LINE
                    + PAD_BOTTOM;
        }
        int cells = layerNames.length * columnCount;
        cellStart = new int[cells + 1];
        for (StackChip chip : this.chips) {
            cellStart[cell(chip.layer().ordinal(), chip.column(), columnCount) + 1]++;
        }
        for (int k = 0; k < cells; k++) {
            cellStart[k + 1] += cellStart[k];
        }
        order = new int[n];
        int[] next = Arrays.copyOf(cellStart, cells);
        for (int i = 0; i < n; i++) {
            StackChip chip = this.chips.get(i);
            order[next[cell(chip.layer().ordinal(), chip.column(), columnCount)]++] = i;
        }
        double widest = MIN_ROW_HEADER_WIDTH;
        for (String name : layerNames) {
            widest = Math.max(widest, measure.width(name, HEADER) + 2 * CELL_PAD + 8);
        }
        rowHeaderWidth = Math.ceil(widest);
        across = new int[columnCount];
        columnLeft = new double[columnCount];
        columnWidth = new double[columnCount];
        double x = rowHeaderWidth;
        for (int c = 0; c < columnCount; c++) {
            int most = 0;
            for (int l = 0; l < layerNames.length; l++) {
                int k = cell(l, c, columnCount);
                most = Math.max(most, cellStart[k + 1] - cellStart[k]);
            }
            across[c] = Math.max(1, Math.min(MAX_ACROSS, (int) Math.ceil(Math.sqrt(most / CHIPS_PER_COLUMN))));
            double chipsWidth = 2 * CELL_PAD + across[c] * CHIP_WIDTH + (across[c] - 1) * GAP;
            columnLeft[c] = x;
            columnWidth[c] = Math.max(chipsWidth, Math.ceil(measure.width(columnNames[c], HEADER) + 2 * CELL_PAD));
            x += columnWidth[c];
        }
        rowStart = new int[cells + 1];
        for (int k = 0; k < cells; k++) {
            int c = k % columnCount;
            rowStart[k + 1] = rowStart[k] + (cellStart[k + 1] - cellStart[k] + across[c] - 1) / across[c];
        }
        gridTop = new double[rowStart[cells]];
        gridBottom = new double[rowStart[cells]];
        layerTop = new double[layerNames.length];
        layerHeight = new double[layerNames.length];
        double y = COLUMN_HEADER_HEIGHT;
        double emptyHeight = 2 * CELL_PAD + PAD_TOP + TITLE_LINE + DETAIL_LINE + PAD_BOTTOM;
        for (int l = 0; l < layerNames.length; l++) {
            layerTop[l] = y;
            double tallest = emptyHeight;
            for (int c = 0; c < columnCount; c++) {
                tallest = Math.max(tallest, placeCell(cell(l, c, columnCount), c, y));
            }
            layerHeight[l] = tallest;
            y += tallest;
        }
        grid = new Rect(0, 0, x, y);
        double legendBottom = layOutLegend(words, y + LEGEND_TOP_GAP, Math.max(x, MIN_LEGEND_WIDTH), measure);
        double right = x;
        for (LegendItem item : legend) {
            right = Math.max(right, item.x() + itemWidth(item, measure));
        }
        bounds = new Rect(0, 0, Math.ceil(right), Math.ceil(legendBottom));
    }

    /**
     * Lays out {@code chips} under the {@code columns}' names ({@code global}'s first) and beside the
     * {@code layers}' names (in {@link Layer} order), with the legend's {@code words}, wrapping the
     * words as {@code measure} (the surface to paint on) measures them. Each cell keeps the chips'
     * order.
     */
    public static StackScene layout(List<String> columns, List<String> layers, List<StackChip> chips,
            StackLegend words, TextMeasure measure) {
        return new StackScene(columns, layers, chips, words, measure);
    }

    private static int cell(int layer, int column, int columnCount) {
        return layer * columnCount + column;
    }

    /** Places the chips of cell {@code k} (column {@code c}) from {@code top}; returns the cell's height. */
    private double placeCell(int k, int c, double top) {
        int first = cellStart[k];
        int count = cellStart[k + 1] - first;
        double y = top + CELL_PAD;
        int row = rowStart[k];
        for (int start = 0; start < count; start += across[c]) {
            double tallest = 0;
            for (int j = start; j < Math.min(count, start + across[c]); j++) {
                int i = order[first + j];
                chipX[i] = columnLeft[c] + CELL_PAD + (j - start) * (CHIP_WIDTH + GAP);
                chipY[i] = y;
                tallest = Math.max(tallest, chipHeight[i]);
            }
            gridTop[row] = y;
            gridBottom[row] = y + tallest;
            row++;
            y += tallest + GAP;
        }
        return count == 0 ? 0 : y - GAP + CELL_PAD - top;
    }

    /** Lays the legend out in lines from {@code top}, wrapping at {@code maxWidth}; returns its bottom. */
    private double layOutLegend(StackLegend words, double top, double maxWidth, TextMeasure measure) {
        double y = top;
        double x = 0;
        legend.add(new LegendItem(LegendKind.HEADING, -1, x, y, words.categoriesHeading()));
        x += measure.width(words.categoriesHeading(), LEGEND_HEADING) + LEGEND_SPACING;
        for (int k = 0; k < words.categories().size(); k++) {
            LegendItem item = new LegendItem(LegendKind.CATEGORY, k, x, y, words.categories().get(k));
            double width = itemWidth(item, measure);
            if (x + width > maxWidth && x > 0) {
                y += LEGEND_LINE;
                item = new LegendItem(LegendKind.CATEGORY, k, 0, y, item.text());
            }
            legend.add(item);
            x = item.x() + width + LEGEND_SPACING;
        }
        y += LEGEND_LINE;
        legend.add(new LegendItem(LegendKind.HEADING, -1, 0, y, words.findingsHeading()));
        x = measure.width(words.findingsHeading(), LEGEND_HEADING) + LEGEND_SPACING;
        LegendKind[] kinds = {LegendKind.NO_OWNER, LegendKind.DUPLICATE, LegendKind.NO_TOOL};
        String[] texts = {words.noOwner(), words.duplicate(), words.noTool()};
        for (int k = 0; k < kinds.length; k++) {
            LegendItem item = new LegendItem(kinds[k], -1, x, y, texts[k]);
            double width = itemWidth(item, measure);
            if (x + width > maxWidth && x > 0) {
                y += LEGEND_LINE;
                item = new LegendItem(kinds[k], -1, 0, y, texts[k]);
            }
            legend.add(item);
            x = item.x() + width + LEGEND_SPACING;
        }
        return y + LEGEND_LINE;
    }

    private static double itemWidth(LegendItem item, TextMeasure measure) {
        if (item.kind() == LegendKind.HEADING) {
            return measure.width(item.text(), LEGEND_HEADING);
        }
        return SWATCH_WIDTH + 6 + measure.width(item.text(), LEGEND_TEXT);
    }

    public int chipCount() {
        return chips.size();
    }

    public StackChip chip(int i) {
        return chips.get(i);
    }

    public List<StackChip> chips() {
        return chips;
    }

    /** Chip {@code i}'s rectangle. */
    public Rect chipRect(int i) {
        return new Rect(chipX[i], chipY[i], CHIP_WIDTH, chipHeight[i]);
    }

    double chipX(int i) {
        return chipX[i];
    }

    double chipY(int i) {
        return chipY[i];
    }

    double chipHeight(int i) {
        return chipHeight[i];
    }

    /** The lines of chip {@code i}'s title, as wrapped (the last one shortened with "…" if need be). */
    public String[] titleLines(int i) {
        return titleLines[i].clone();
    }

    /** The lines of chip {@code i}'s detail (its owner), as wrapped. */
    public String[] detailLines(int i) {
        return detailLines[i].clone();
    }

    String[] titleLinesShared(int i) {
        return titleLines[i];
    }

    String[] detailLinesShared(int i) {
        return detailLines[i];
    }

    public int columnCount() {
        return columnNames.length;
    }

    public String columnName(int c) {
        return columnNames[c];
    }

    public double columnLeft(int c) {
        return columnLeft[c];
    }

    public double columnWidth(int c) {
        return columnWidth[c];
    }

    /** How many chips a row of column {@code c}'s cells holds. */
    public int across(int c) {
        return across[c];
    }

    public String layerName(Layer layer) {
        return layerNames[layer.ordinal()];
    }

    public double layerTop(Layer layer) {
        return layerTop[layer.ordinal()];
    }

    public double layerHeight(Layer layer) {
        return layerHeight[layer.ordinal()];
    }

    /** The width of the layers' names on the left. */
    public double rowHeaderWidth() {
        return rowHeaderWidth;
    }

    /** The header, the layers' names and the cells. */
    public Rect grid() {
        return grid;
    }

    /** Everything: the grid and the legend under it. */
    public Rect bounds() {
        return bounds;
    }

    List<LegendItem> legend() {
        return legend;
    }

    /** The chips in cell ({@code layer}, {@code column}), in their order. */
    public int[] chipsIn(Layer layer, int column) {
        int k = cell(layer.ordinal(), column, columnNames.length);
        return Arrays.copyOfRange(order, cellStart[k], cellStart[k + 1]);
    }

    /** Calls {@code action} with each chip that meets {@code area}, cell by cell. */
    public void forEachChipIn(Rect area, IntConsumer action) {
        int columns = columnNames.length;
        for (int c = 0; c < columns; c++) {
            if (columnLeft[c] > area.maxX() || columnLeft[c] + columnWidth[c] < area.x()) {
                continue;
            }
            double step = CHIP_WIDTH + GAP;
            double inner = columnLeft[c] + CELL_PAD;
            int firstAcross = Math.max(0, (int) Math.floor((area.x() - inner - CHIP_WIDTH) / step));
            int lastAcross = Math.min(across[c] - 1, (int) Math.floor((area.maxX() - inner) / step));
            for (int l = 0; l < layerNames.length; l++) {
                if (layerTop[l] > area.maxY() || layerTop[l] + layerHeight[l] < area.y()) {
                    continue;
                }
                int k = cell(l, c, columns);
                int rows = rowStart[k + 1] - rowStart[k];
                for (int r = firstRowReaching(k, area.y()); r < rows; r++) {
                    if (gridTop[rowStart[k] + r] > area.maxY()) {
                        break;
                    }
                    for (int a = firstAcross; a <= lastAcross; a++) {
                        int j = cellStart[k] + r * across[c] + a;
                        if (j < cellStart[k + 1] && chipY[order[j]] + chipHeight[order[j]] >= area.y()) {
                            action.accept(order[j]);
                        }
                    }
                }
            }
        }
    }

    /** The first grid row of cell {@code k} whose bottom is at or below {@code y} (binary search). */
    private int firstRowReaching(int k, double y) {
        int low = 0;
        int high = rowStart[k + 1] - rowStart[k];
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (gridBottom[rowStart[k] + middle] < y) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /** The chip at world point ({@code x}, {@code y}), or -1. */
    public int chipAt(double x, double y) {
        int[] found = {-1};
        forEachChipIn(new Rect(x, y, 0, 0), i -> {
            if (found[0] < 0 && chipRect(i).contains(x, y)) {
                found[0] = i;
            }
        });
        return found[0];
    }

    /** The chip of the deployment of {@code tool} in {@code region}, or -1. */
    public int indexOf(String tool, String region) {
        if (byDeployment == null) {
            Map<String, Integer> map = new HashMap<>(chips.size() * 2);
            for (int i = 0; i < chips.size(); i++) {
                StackChip chip = chips.get(i);
                if (!chip.isGap()) {
                    map.putIfAbsent(key(chip.tool(), chip.region()), i);
                }
            }
            byDeployment = map;
        }
        return byDeployment.getOrDefault(key(tool, region), -1);
    }

    private static String key(String tool, String region) {
        return tool + '\n' + region;
    }
}
