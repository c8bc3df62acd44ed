package org.modesign.render;

/**
 * Where the chart's view starts when a design (or a scenario) is first shown, and where Fit
 * (Ctrl+0) puts it.
 *
 * <p>A chart opens where its cards can be read: the whole chart when it fits the view at
 * {@link CardMetrics#legibleScale()} (100 %) or more, zoomed in no further than
 * {@link #MAX_FIT_SCALE}; else at 100 %, showing the top of the organisation: the top of the chart
 * at the top of the view, and across the card at its top that heads it (the root, see
 * {@link #topCard}) in the middle, as far as the chart reaches on either side. A large
 * organisation thus never opens as a strip of cards too small to read; Fit still shows it whole.
 */
public final class OpeningView {

    /** Screen pixels between the chart and the edges of the view. */
    public static final double MARGIN = 40;
    /** A chart that fits the view is zoomed in no further than this. */
    public static final double MAX_FIT_SCALE = 1.5;

    private OpeningView() {
    }

    /** The view of the whole chart in a view of {@code width × height} pixels, centred (Fit). */
    public static Viewport fit(ChartScene scene, double width, double height) {
        Rect bounds = scene.bounds();
        if (scene.nodeCount() == 0 || bounds.width() <= 0 && bounds.height() <= 0) {
            return empty(width, height);
        }
        return Viewport.fit(bounds, Math.max(1, width), Math.max(1, height), MARGIN, MAX_FIT_SCALE);
    }

    /** The view a chart opens with in a view of {@code width × height} pixels. */
    public static Viewport of(ChartScene scene, double width, double height) {
        Viewport fit = fit(scene, width, height);
        double legible = CardMetrics.legibleScale();
        if (scene.nodeCount() == 0 || fit.scale() >= legible) {
            return fit;
        }
        Rect bounds = scene.bounds();
        Rect root = scene.card(topCard(scene, bounds));
        double span = width / legible;
        double margin = MARGIN / legible;
        double left = bounds.x() - margin;
        double right = bounds.maxX() + margin;
        double x = right - left <= span ? bounds.centerX() - span / 2
                : Math.max(left, Math.min(right - span, root.centerX() - span / 2));
        return new Viewport(x, bounds.y() - margin, width, height, legible);
    }

    /** An empty chart: its origin near the top-left corner, at 100 %. */
    private static Viewport empty(double width, double height) {
        return new Viewport(-MARGIN, -MARGIN, Math.max(0, width), Math.max(0, height), 1);
    }

    /**
     * The card at the top of the chart that heads it: of the cards whose top is the chart's, the
     * one with the most reports (solid lines and team members to it), then the one nearest the
     * chart's middle; a card at the top with no reports (a consultant placed beside the CEO) is
     * no root. O(cards + lines).
     */
    static int topCard(ChartScene scene, Rect bounds) {
        double top = Double.POSITIVE_INFINITY;
        for (int i = 0; i < scene.nodeCount(); i++) {
            top = Math.min(top, scene.cardY(i));
        }
        int[] reports = new int[scene.nodeCount()];
        for (int line = 0; line < scene.lineCount(); line++) {
            int to = scene.lineTo(line);
            if (to >= 0 && scene.cardY(to) == top && scene.lineKind(line) != LineKind.DOTTED) {
                reports[to]++;
            }
        }
        int best = -1;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (int i = 0; i < scene.nodeCount(); i++) {
            if (scene.cardY(i) != top) {
                continue;
            }
            double distance = Math.abs(scene.cardX(i) + scene.cardWidth(i) / 2 - bounds.centerX());
            if (best < 0 || reports[i] > reports[best] || reports[i] == reports[best] && distance < bestDistance) {
                best = i;
                bestDistance = distance;
            }
        }
        return best;
    }
}
