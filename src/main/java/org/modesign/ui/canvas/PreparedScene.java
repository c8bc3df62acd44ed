package org.modesign.ui.canvas;

import org.modesign.model.Design;
import org.modesign.model.Scenario;
import org.modesign.render.ChartScene;

/**
 * A chart scene built ahead of time on another thread, for the chart to take instead of building
 * it on the JavaFX thread: at start-up the design is read in the background while the window is
 * built, and its scene (a few hundred milliseconds for 10,000 roles while the JVM is cold) can be
 * built there too. Holds at most one scene; it is taken once, and only for the very design and
 * scenario it was built from.
 */
public final class PreparedScene {

    private record Entry(Design design, String scenario, ChartScene scene) {
    }

    private static volatile Entry prepared;

    private PreparedScene() {
    }

    /** Builds the scene of {@code scenario} of {@code design} on the calling thread and keeps it. */
    public static void prepare(Design design, Scenario scenario) {
        prepared = new Entry(design, scenario.id(), ChartScene.of(design, scenario));
    }

    /** The scene prepared for exactly {@code design} and {@code scenario}, or null; it is given out once. */
    static ChartScene take(Design design, Scenario scenario) {
        Entry entry = prepared;
        if (entry == null || entry.design() != design || !entry.scenario().equals(scenario.id())) {
            return null;
        }
        prepared = null;
        return entry.scene();
    }
}
