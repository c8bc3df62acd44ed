package org.modesign.export;

import org.modesign.render.ChartLabels;
import org.modesign.render.ChartPainter;
import org.modesign.render.ChartScene;
import org.modesign.render.ChartTheme;
import org.modesign.render.Dash;
import org.modesign.render.FontSpec;
import org.modesign.render.LegendPainter;
import org.modesign.render.LevelOfDetail;
import org.modesign.render.PaintOptions;
import org.modesign.render.Rect;
import org.modesign.render.Rgb;
import org.modesign.render.Surface;
import org.modesign.render.TextAlign;
import org.modesign.render.TextFitter;
import org.modesign.render.Viewport;

/**
 * Paints the parts of an exported picture onto any {@link Surface}: the white page, the header,
 * the legend ({@link LegendPainter}) and the chart ({@link ChartPainter}, the editor's own drawing
 * code) in an area of the page. Exports are printed, so the chart's background is white. Not
 * thread-safe, like the painters it holds: one per export.
 */
final class SheetPainter {

    static final Rgb WHITE = Rgb.of(0xFFFFFF);
    /** The theme of exports: the editor's, on white. */
    static final ChartTheme THEME = ChartTheme.LIGHT.withBackground(WHITE);
    /**
     * Full detail wherever a chart is readable, and every title whole: paper and images are looked
     * at closely, and have no tooltip to read a cut title in.
     */
    static final PaintOptions FULL = PaintOptions.DEFAULT.withDetail(LevelOfDetail.FULL).withWholeTitles(true);

    private final ChartPainter chart;
    private final LegendPainter legend;
    private final TextFitter fitter = new TextFitter();

    SheetPainter(ChartLabels labels) {
        chart = new ChartPainter(THEME, labels);
        legend = new LegendPainter(THEME, labels);
    }

    /** Fills {@code width × height} from the origin with white. */
    void background(Surface surface, double width, double height) {
        surface.setFill(WHITE);
        surface.fillRect(0, 0, width, height);
    }

    /**
     * Paints the header at ({@code x}, {@code y}), {@code width} wide: the title, the subtitle
     * below it, {@code label} (may be empty) on the right of the title's line, and a rule under all.
     */
    void header(Surface surface, double x, double y, double width, HeaderStyle style, SheetTitle title, String label) {
        double labelWidth = label.isEmpty() ? 0 : surface.textWidth(label, style.subtitle()) + style.title().size();
        double titleBaseline = y + style.title().size();
        surface.setFill(THEME.cardText());
        text(surface, title.title(), x, titleBaseline, style.title(), TextAlign.LEFT, width - labelWidth);
        surface.setFill(THEME.cardDetailText());
        text(surface, title.subtitle(), x, titleBaseline + 1.6 * style.subtitle().size(), style.subtitle(),
                TextAlign.LEFT, width);
        if (!label.isEmpty()) {
            surface.text(label, x + width, titleBaseline, style.subtitle(), TextAlign.RIGHT);
        }
        surface.setStroke(THEME.grid());
        surface.setLineWidth(1);
        surface.setDash(Dash.SOLID);
        surface.strokeLine(x, y + style.height(), x + width, y + style.height());
    }

    /** The legend's size at scale 1, as {@code surface} measures its words. */
    Rect legendSize(Surface surface) {
        return legend.measure(surface);
    }

    /** Paints the legend with its top-left corner at ({@code x}, {@code y}), {@code scale} times its size. */
    void legend(Surface surface, double x, double y, double scale) {
        surface.save();
        surface.translate(x, y);
        surface.scale(scale);
        legend.paint(surface, 0, 0);
        surface.restore();
    }

    /**
     * Paints what {@code viewport} shows of {@code scene} into {@code area} of the page. The
     * viewport's width and height must be the area's; cards at its edges may reach beyond it.
     */
    void chart(Surface surface, Rect area, ChartScene scene, Viewport viewport, PaintOptions options) {
        surface.save();
        surface.translate(area.x(), area.y());
        chart.paint(surface, scene, viewport, options);
        surface.restore();
    }

    private void text(Surface surface, String text, double x, double y, FontSpec font, TextAlign align,
            double maxWidth) {
        String fitted = fitter.fit(surface, text, font, maxWidth);
        if (!fitted.isEmpty()) {
            surface.text(fitted, x, y, font, align);
        }
    }

    /** The fonts of a header; its height runs from its top to the rule under the subtitle. */
    record HeaderStyle(FontSpec title, FontSpec subtitle) {

        double height() {
            return title.size() + 2.4 * subtitle.size();
        }
    }
}
