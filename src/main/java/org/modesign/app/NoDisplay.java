package org.modesign.app;

import java.util.Locale;

/**
 * Whether the editor has no display to open on: on Linux and other X11/Wayland systems, neither
 * {@code DISPLAY} nor {@code WAYLAND_DISPLAY} is set (a CI job, an SSH session), unless JavaFX is
 * told to draw without one (Monocle, as the tests and benchmarks do). Windows and macOS always
 * have one. Read before the toolkit starts, which would otherwise fail with a stack trace.
 */
final class NoDisplay {

    static final String MESSAGE = "modesign: the editor needs a display, and none is set (DISPLAY); "
            + "the command line runs without one: modesign --help";

    private NoDisplay() {
    }

    static boolean here() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win") || os.contains("mac")) {
            return false;
        }
        if ("Monocle".equalsIgnoreCase(System.getProperty("glass.platform"))) {
            return false;
        }
        return blank(System.getenv("DISPLAY")) && blank(System.getenv("WAYLAND_DISPLAY"));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
