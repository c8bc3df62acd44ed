package org.modesign.app;

import javafx.animation.AnimationTimer;

/** Runs an action on the JavaFX thread once the window has painted its first frames (the chart is on screen). */
final class AfterFirstFrames {

    private static final int FRAMES = 2;

    private AfterFirstFrames() {
    }

    static void run(Runnable action) {
        new AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                if (++frames == FRAMES) {
                    stop();
                    action.run();
                }
            }
        }.start();
    }
}
