package org.modesign.app;

import java.lang.management.ManagementFactory;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/**
 * For measuring start-up: with {@code -Dmodesign.reportStartup=true} prints, once the window has
 * painted its first frames, how long after the JVM started that was; with
 * {@code -Dmodesign.exitAfterStartup=true} it then quits.
 */
final class StartupProbe {

    private StartupProbe() {
    }

    /** Prints a named moment of start-up when reporting is on. */
    static void mark(String moment) {
        if (Boolean.getBoolean("modesign.reportStartup")) {
            System.out.println("startup: " + moment + " at " + ManagementFactory.getRuntimeMXBean().getUptime() + " ms");
        }
    }

    static void install() {
        if (!Boolean.getBoolean("modesign.reportStartup")) {
            return;
        }
        new AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                if (++frames == 2) {
                    stop();
                    long ms = ManagementFactory.getRuntimeMXBean().getUptime();
                    System.out.println("startup: chart shown " + ms + " ms after the JVM started");
                    if (Boolean.getBoolean("modesign.exitAfterStartup")) {
                        Platform.exit();
                    }
                }
            }
        }.start();
    }
}
