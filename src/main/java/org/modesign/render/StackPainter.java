package org.modesign.render;

import static org.modesign.render.StackScene.CELL_PAD;
import static org.modesign.render.StackScene.CHIP_WIDTH;
import static org.modesign.render.StackScene.COLUMN_HEADER_HEIGHT;

import java.util.EnumMap;
import java.util.Map;
import org.modesign.model.Layer;
import org.modesign.model.ToolCategory;

/**
 * Paints a {@link StackScene} through a {@link Viewport} onto any {@link Surface}: the editor's
 * stack view and the stack exports (PNG, SVG, PDF) share this one drawing code, as the chart's do
 * {@link ChartPainter}. Each chip is coloured by its tool's category (a bar and a light tint);
 * the findings' marks are drawn in the findings' colours (the chart's badge colours) and shapes: a
 * marked chip has a border of that colour and the badge's shape on its corner, a duplicate has a
 * second chip behind it, a gap (work without its tool) is dashed. Only the chips that meet the
 * viewport are painted; the column and layer headers stay in view when the landscape is scrolled.
 * Zoomed far out, chips are drawn without words.
 *
 * <p>Not thread-safe (it caches shortened headers): one painter per view or export.
 */
public final class StackPainter {

    /** The colour of each category, from the Okabe–Ito palette, apart from the findings' amber and red. */
    public static final Map<ToolCategory, Rgb> CATEGORY_COLOURS = categoryColours();
    /** Below this many screen pixels a title's letters would be, chips are drawn without words. */
    static final double MIN_TEXT_PIXELS = 5;
    static final double CORNER = 4;
    /** How far the second chip behind a duplicate lies. */
    static final double DUPLICATE_OFFSET = 4;
    static final double BADGE_RADIUS = 6.5;
    static final Dash GAP_DASH = new Dash(5, 3);
    private static final FontSpec BADGE_FONT = new FontSpec(9, true);

    private final ChartTheme theme;
    private final StackColours colours;
    private final TextFitter fitter = new TextFitter();

    public StackPainter(ChartTheme theme) {
        this.theme = theme;
        this.colours = StackColours.of(theme);
    }

    private static Map<ToolCategory, Rgb> categoryColours() {
        Map<ToolCategory, Rgb> colours = new EnumMap<>(ToolCategory.class);
        colours.put(ToolCategory.ADVERTISING, Rgb.of(0xD55E00));
        colours.put(ToolCategory.CONTENT, Rgb.of(0x009E73));
        colours.put(ToolCategory.SOCIAL, Rgb.of(0x0072B2));
        colours.put(ToolCategory.COMMERCE, Rgb.of(0x8E6BBF));
        colours.put(ToolCategory.DATA, Rgb.of(0x3DA5D9));
        colours.put(ToolCategory.MANAGEMENT, Rgb.of(0x5F6B7A));
        return java.util.Collections.unmodifiableMap(colours);
    }

    /**
     * Clears the surface's {@code viewport.width() × viewport.height()} to the background and paints
     * what the viewport shows of {@code scene}, chip {@code selected} (or none: -1) outlined in the
     * selection colour. Leaves the surface's state as it found it.
     */
    public void paint(Surface surface, StackScene scene, Viewport viewport, int selected) {
        Rect visible = viewport.visibleWorldRect();
        double unit = 1 / viewport.scale();
        boolean words = viewport.scale() * StackScene.TITLE.size() >= MIN_TEXT_PIXELS;
        surface.save();
        surface.setFill(theme.background());
        surface.fillRect(0, 0, viewport.width(), viewport.height());
        surface.scale(viewport.scale());
        surface.translate(-viewport.x(), -viewport.y());
        paintCells(surface, scene, visible, unit);
        surface.setDash(Dash.SOLID);
        if (selected >= 0 && selected < scene.chipCount()) {
            // Under the chips, so that the chosen chip's badge stays on top.
            Rect chip = scene.chipRect(selected).expanded(3 * Math.max(1, unit));
            surface.setStroke(theme.selection());
            surface.setLineWidth(2 * unit);
            surface.strokeRoundRect(chip.x(), chip.y(), chip.width(), chip.height(), CORNER + 3);
        }
        scene.forEachChipIn(visible.expanded(DUPLICATE_OFFSET + BADGE_RADIUS),
                i -> paintChip(surface, scene, i, words));
        paintHeaders(surface, scene, visible, unit);
        if (visible.maxY() >= scene.grid().maxY()) {
            paintLegend(surface, scene);
        }
        surface.restore();
    }

    /** The cells' background and the rules between columns and layers, where visible. */
    private void paintCells(Surface surface, StackScene scene, Rect visible, double unit) {
        Rect grid = scene.grid();
        double left = Math.max(grid.x(), visible.x());
        double right = Math.min(grid.maxX(), visible.maxX());
        double top = Math.max(grid.y(), visible.y());
        double bottom = Math.min(grid.maxY(), visible.maxY());
        if (left >= right || top >= bottom) {
            return;
        }
        surface.setFill(theme.cardFill());
        surface.fillRect(left, top, right - left, bottom - top);
        surface.setStroke(colours.rule());
        surface.setLineWidth(unit);
        surface.setDash(Dash.SOLID);
        for (int c = 0; c < scene.columnCount(); c++) {
            double x = scene.columnLeft(c);
            if (x >= left && x <= right) {
                surface.strokeLine(x, top, x, bottom);
            }
        }
        for (Layer layer : Layer.values()) {
            double y = scene.layerTop(layer) + scene.layerHeight(layer);
            if (y >= top && y <= bottom) {
                surface.strokeLine(left, y, right, y);
            }
        }
        surface.strokeRect(grid.x(), grid.y(), grid.width(), grid.height());
    }

    private void paintChip(Surface surface, StackScene scene, int i, boolean words) {
        StackChip chip = scene.chip(i);
        double x = scene.chipX(i);
        double y = scene.chipY(i);
        double h = scene.chipHeight(i);
        Rgb mark = chip.severity() == null ? null : theme.badge(chip.severity());
        if (chip.isGap()) {
            surface.setFill(colours.tint(mark, 0.14));
            surface.fillRoundRect(x, y, CHIP_WIDTH, h, CORNER);
            surface.setStroke(mark);
            surface.setLineWidth(1.5);
            surface.setDash(GAP_DASH);
            surface.strokeRoundRect(x, y, CHIP_WIDTH, h, CORNER);
            surface.setDash(Dash.SOLID);
        } else {
            if (chip.has(StackChip.DUPLICATE)) {
                surface.setFill(theme.cardFill());
                surface.fillRoundRect(x + DUPLICATE_OFFSET, y + DUPLICATE_OFFSET, CHIP_WIDTH, h, CORNER);
                surface.setStroke(mark);
                surface.setLineWidth(1.5);
                surface.strokeRoundRect(x + DUPLICATE_OFFSET, y + DUPLICATE_OFFSET, CHIP_WIDTH, h, CORNER);
            }
            Rgb colour = CATEGORY_COLOURS.get(chip.category());
            surface.setFill(colour);
            surface.fillRoundRect(x, y, CHIP_WIDTH, h, CORNER);
            surface.setFill(colours.tint(colour));
            surface.fillRoundRect(x + StackScene.BAR, y, CHIP_WIDTH - StackScene.BAR, h, CORNER);
            surface.fillRect(x + StackScene.BAR, y, CORNER, h);
            surface.setStroke(mark != null ? mark : colours.chipBorder());
            surface.setLineWidth(mark != null ? 1.5 : 1);
            surface.strokeRoundRect(x, y, CHIP_WIDTH, h, CORNER);
        }
        if (words) {
            paintWords(surface, scene, i, chip, x, y);
        }
        if (mark != null) {
            badge(surface, mark, x + CHIP_WIDTH - 1, y + 1);
        }
    }

    private void paintWords(Surface surface, StackScene scene, int i, StackChip chip, double x, double y) {
        double tx = x + StackScene.TEXT_LEFT;
        double baseline = y + StackScene.PAD_TOP + StackScene.TITLE.size() - 0.5;
        surface.setFill(theme.cardText());
        for (String line : scene.titleLinesShared(i)) {
            surface.text(line, tx, baseline, StackScene.TITLE, TextAlign.LEFT);
            baseline += StackScene.TITLE_LINE;
        }
        baseline += StackScene.DETAIL_LINE - StackScene.TITLE_LINE + 1;
        boolean marked = chip.has(StackChip.NO_OWNER | StackChip.OWNER_INACTIVE | StackChip.NO_TOOL);
        surface.setFill(marked ? colours.markText() : theme.cardDetailText());
        for (String line : scene.detailLinesShared(i)) {
            surface.text(line, tx, baseline, StackScene.DETAIL, TextAlign.LEFT);
            baseline += StackScene.DETAIL_LINE;
        }
    }

    /** The warning's triangle (the chart's badge shape) with an exclamation mark, centred on ({@code cx}, {@code cy}). */
    private static void badge(Surface surface, Rgb colour, double cx, double cy) {
        double r = BADGE_RADIUS;
        surface.setFill(colour);
        surface.fillPolygon(new double[] {cx, cx + 1.15 * r, cx - 1.15 * r},
                new double[] {cy - 1.15 * r, cy + 0.85 * r, cy + 0.85 * r}, 3);
        surface.setFill(colour.contrasting());
        surface.text("!", cx, cy + 0.7 * r, BADGE_FONT, TextAlign.CENTER);
    }

    /**
     * The column names along the top and the layer names down the left, kept in view: when the
     * landscape is scrolled, they are drawn at the visible edge, over the chips.
     */
    private void paintHeaders(Surface surface, StackScene scene, Rect visible, double unit) {
        Rect grid = scene.grid();
        double top = Math.max(grid.y(), Math.min(visible.y(), grid.maxY() - COLUMN_HEADER_HEIGHT));
        double left = Math.max(grid.x(), Math.min(visible.x(), grid.maxX() - scene.rowHeaderWidth()));
        double headerWidth = scene.rowHeaderWidth();
        FontSpec font = StackScene.HEADER;
        surface.setFill(colours.header());
        surface.fillRect(left, grid.y(), headerWidth, grid.height());
        for (Layer layer : Layer.values()) {
            double layerTop = scene.layerTop(layer);
            double bottom = layerTop + scene.layerHeight(layer);
            if (bottom < visible.y() || layerTop > visible.maxY()) {
                continue;
            }
            double baseline = Math.max(layerTop, top + COLUMN_HEADER_HEIGHT) + CELL_PAD + font.size();
            baseline = Math.min(baseline, bottom - CELL_PAD / 2);
            surface.setFill(theme.cardText());
            text(surface, scene.layerName(layer), left + CELL_PAD, baseline, font, headerWidth - 2 * CELL_PAD);
        }
        surface.setFill(colours.header());
        surface.fillRect(grid.x(), top, grid.width(), COLUMN_HEADER_HEIGHT);
        surface.setFill(theme.cardText());
        double baseline = top + COLUMN_HEADER_HEIGHT / 2 + 0.35 * font.size();
        for (int c = 0; c < scene.columnCount(); c++) {
            double columnLeft = scene.columnLeft(c);
            double columnRight = columnLeft + scene.columnWidth(c);
            if (columnRight < visible.x() || columnLeft > visible.maxX()) {
                continue;
            }
            String name = fitter.fit(surface, scene.columnName(c), font, scene.columnWidth(c) - 2 * CELL_PAD);
            double x = Math.max(columnLeft, left + headerWidth) + CELL_PAD;
            x = Math.min(x, columnRight - CELL_PAD - surface.textWidth(name, font));
            if (!name.isEmpty()) {
                surface.text(name, x, baseline, font, TextAlign.LEFT);
            }
        }
        surface.setStroke(colours.rule());
        surface.setLineWidth(unit);
        surface.setDash(Dash.SOLID);
        surface.strokeLine(grid.x(), top + COLUMN_HEADER_HEIGHT, grid.maxX(), top + COLUMN_HEADER_HEIGHT);
        surface.strokeLine(left + headerWidth, grid.y(), left + headerWidth, grid.maxY());
        for (int c = 0; c < scene.columnCount(); c++) {
            double x = scene.columnLeft(c);
            if (x > left + headerWidth) {
                surface.strokeLine(x, top, x, top + COLUMN_HEADER_HEIGHT);
            }
        }
        surface.setFill(colours.header());
        surface.fillRect(left, top, headerWidth, COLUMN_HEADER_HEIGHT);
        surface.strokeRect(grid.x(), grid.y(), grid.width(), grid.height());
    }

    private void text(Surface surface, String text, double x, double y, FontSpec font, double maxWidth) {
        String fitted = fitter.fit(surface, text, font, maxWidth);
        if (!fitted.isEmpty()) {
            surface.text(fitted, x, y, font, TextAlign.LEFT);
        }
    }

    /** The legend under the grid: the category colours, then the findings' marks. */
    private void paintLegend(Surface surface, StackScene scene) {
        Rgb warning = theme.badge(BadgeSeverity.WARNING);
        double w = StackScene.SWATCH_WIDTH;
        double h = StackScene.SWATCH_HEIGHT;
        for (StackScene.LegendItem item : scene.legend()) {
            double x = item.x();
            double y = item.y();
            double baseline = y + h - 3;
            switch (item.kind()) {
                case HEADING -> {
                    surface.setFill(theme.cardText());
                    surface.text(item.text(), x, baseline, StackScene.LEGEND_HEADING, TextAlign.LEFT);
                    continue;
                }
                case CATEGORY -> {
                    Rgb colour = CATEGORY_COLOURS.get(ToolCategory.values()[item.category()]);
                    surface.setFill(colour);
                    surface.fillRoundRect(x, y, w, h, 2);
                    surface.setFill(colours.tint(colour));
                    surface.fillRect(x + 4, y + 1, w - 5, h - 2);
                    surface.setStroke(colours.chipBorder());
                    surface.setLineWidth(1);
                    surface.strokeRoundRect(x, y, w, h, 2);
                }
                case NO_OWNER -> swatch(surface, x, y, theme.cardFill(), warning, Dash.SOLID);
                case DUPLICATE -> {
                    swatch(surface, x + 3, y + 3, theme.cardFill(), warning, Dash.SOLID);
                    swatch(surface, x, y, theme.cardFill(), warning, Dash.SOLID);
                }
                case NO_TOOL -> swatch(surface, x, y, colours.tint(warning, 0.14), warning, new Dash(3, 2));
            }
            surface.setFill(theme.cardText());
            surface.text(item.text(), x + w + 6, baseline, StackScene.LEGEND_TEXT, TextAlign.LEFT);
        }
    }

    private static void swatch(Surface surface, double x, double y, Rgb fill, Rgb border, Dash dash) {
        double w = StackScene.SWATCH_WIDTH;
        double h = StackScene.SWATCH_HEIGHT;
        surface.setFill(fill);
        surface.fillRoundRect(x, y, w, h, 2);
        surface.setStroke(border);
        surface.setLineWidth(1.5);
        surface.setDash(dash);
        surface.strokeRoundRect(x, y, w, h, 2);
        surface.setDash(Dash.SOLID);
    }
}
