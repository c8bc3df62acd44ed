package org.modesign.app;

import java.lang.management.ManagementFactory;
import javafx.application.Platform;

/**
 * For measuring start-up: with {@code -Dmodesign.reportStartup=true} prints, once the window has
 * painted its first frames, how long after the JVM started that was; with
 * {@code -Dmodesign.exitAfterStartup=true} it then quits.
 */
final class StartupProbe {

    /** When the process the user started began (epoch ms), if that was another JVM ({@link FastStart}). */
    static final String LAUNCHED_AT = "modesign.launchedAt";

    private StartupProbe() {
    }

    /** Prints a named moment of start-up when reporting is on. */
    static void mark(String moment) {
        if (Boolean.getBoolean("modesign.reportStartup")) {
            System.out.println("startup: " + moment + " at " + sinceLaunch() + " ms");
        }
    }

    /** Milliseconds since the user's process started (this JVM, or the one that started it). */
    private static long sinceLaunch() {
        long start = Long.getLong(LAUNCHED_AT, ManagementFactory.getRuntimeMXBean().getStartTime());
        return System.currentTimeMillis() - start;
    }

    static void install() {
        if (!Boolean.getBoolean("modesign.reportStartup")) {
            return;
        }
        AfterFirstFrames.run(() -> {
            System.out.println("startup: chart shown " + sinceLaunch() + " ms after the process started");
            if (Boolean.getBoolean("modesign.exitAfterStartup")) {
                Platform.exit();
            }
        });
    }
}
