package org.modesign.cli;

import org.modesign.export.Decimals;

/** Number formatting shared by text and JSON output (the same as the exported tables'). */
final class Numbers {

    private Numbers() {
    }

    /** {@code d} rounded to 4 decimals, so sums like 0.1 + 0.2 print as 0.3. */
    static double round(double d) {
        return Decimals.round(d);
    }

    /** {@code d} for people: whole numbers without ".0", others with up to 4 decimals. */
    static String text(double d) {
        return Decimals.text(d);
    }

    /** Any metric value for people; "-" for none. */
    static String text(Object value) {
        return value == null ? "-" : Decimals.text(value);
    }
}
