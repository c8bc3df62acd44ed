package org.modesign.bench;

import java.lang.reflect.Method;
import com.sun.javafx.tk.Toolkit;

/**
 * One pulse of the JavaFX toolkit run now, on the JavaFX thread, and waited for until the window
 * is rendered: the animation timers (where the chart paints), CSS, layout, the scene graph copied
 * to the render graph, and the renderer painting the window's dirty regions and handing the pixels
 * to the screen — a screen frame, as a user sees one.
 *
 * <p>Why not a snapshot: {@code Node.snapshot} marks the whole scene dirty afterwards ("because
 * dirty logic is buggy", says JavaFX's {@code Scene.doSnapshot}), so every frame measured with a
 * snapshot also paid for the next pulse repainting the whole window, every panel included, which
 * no real frame of a zoom or a selection does.
 *
 * <p>The benchmarks run on the class path, where JavaFX is in the unnamed module: its toolkit's
 * package-private pulse and its wait for the renderer are reached by reflection.
 */
final class ScreenPulse {

    private static Method pulse;
    private static Method collector;
    private static Method awaitRendering;

    private ScreenPulse() {
    }

    /** Runs a pulse and waits for the renderer to finish it; call on the JavaFX thread. */
    static void run() {
        try {
            if (pulse == null) {
                Class<?> toolkit = Class.forName("com.sun.javafx.tk.quantum.QuantumToolkit");
                Class<?> paintCollector = Class.forName("com.sun.javafx.tk.quantum.PaintCollector");
                pulse = toolkit.getDeclaredMethod("pulse", boolean.class);
                collector = paintCollector.getDeclaredMethod("getInstance");
                awaitRendering = paintCollector.getDeclaredMethod("waitForRenderingToComplete");
                pulse.setAccessible(true);
                collector.setAccessible(true);
                awaitRendering.setAccessible(true);
            }
            pulse.invoke(Toolkit.getToolkit(), true);
            awaitRendering.invoke(collector.invoke(null));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("This JavaFX has no pulse to run: " + e, e);
        }
    }
}
