package org.modesign.export;

import org.modesign.render.ChartLabels;
import org.modesign.render.ChartScene;
import org.modesign.render.Rect;
import org.modesign.render.Surface;
import org.modesign.render.SvgSurface;
import org.modesign.render.Viewport;

/**
 * A chart as a picture inside another document (the plan report): fitted into a rectangle of a
 * page on any {@link Surface}, or as an SVG drawing of its own size, with the legend. Drawn by the
 * exports' {@link SheetPainter}, so it looks as the chart's PNG, SVG and PDF exports do. Not
 * thread-safe: one per document.
 */
public final class ChartPicture {

    private final SheetPainter painter;

    public ChartPicture(ChartLabels labels) {
        painter = new SheetPainter(labels);
    }

    /**
     * Whether {@code scene} reads well fitted into {@code width × height} points: its cards at
     * least at the least scale a PDF export prints them ({@link PagePlan#MIN_READABLE_SCALE}).
     */
    public static boolean readable(ChartScene scene, double width, double height) {
        if (scene.nodeCount() == 0) {
            return true;
        }
        Rect padded = scene.bounds().expanded(PagePlan.PAD);
        return Math.min(width / padded.width(), height / padded.height()) >= PagePlan.MIN_READABLE_SCALE;
    }

    /** The legend's size at scale 1, as {@code surface} measures its words. */
    public Rect legendSize(Surface surface) {
        return painter.legendSize(surface);
    }

    /** Paints the legend with its top-left corner at ({@code x}, {@code y}), {@code scale} times its size. */
    public void legend(Surface surface, double x, double y, double scale) {
        painter.legend(surface, x, y, scale);
    }

    /** Paints the whole of {@code scene} fitted into {@code area} (no larger than its own size), clipped to it. */
    public void paint(Surface surface, Rect area, ChartScene scene) {
        Rect world = scene.nodeCount() == 0 ? new Rect(0, 0, 1, 1) : scene.bounds().expanded(PagePlan.PAD);
        Viewport viewport = Viewport.fit(world, area.width(), area.height(), 0, PagePlan.MAX_SCALE);
        surface.save();
        if (surface instanceof PdfSurface pdf) {
            pdf.clip(area.x(), area.y(), area.width(), area.height());
        }
        painter.chart(surface, area, scene, viewport, SheetPainter.FULL);
        surface.restore();
    }

    /** The whole of {@code scene} at its own size (a chart unit a pixel) on white, the legend on its right, as SVG. */
    public String svg(ChartScene scene) {
        SansSerifMetrics metrics = new SansSerifMetrics();
        Rect legend = painter.legendSize(new SvgSurface(0, 0, metrics));
        Rect world = scene.nodeCount() == 0 ? new Rect(0, 0, 320, 160) : scene.bounds().expanded(PagePlan.PAD);
        double width = world.width() + ImageSheet.GAP + legend.width();
        double height = Math.max(world.height(), legend.height());
        SvgSurface svg = new SvgSurface(width, height, metrics);
        painter.background(svg, width, height);
        Rect area = new Rect(0, 0, world.width(), world.height());
        painter.chart(svg, area, scene, new Viewport(world.x(), world.y(), world.width(), world.height(), 1),
                SheetPainter.FULL);
        painter.legend(svg, world.width() + ImageSheet.GAP, 0, 1);
        return svg.toSvg();
    }
}
