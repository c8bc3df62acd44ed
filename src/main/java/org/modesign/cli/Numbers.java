package org.modesign.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Number formatting shared by text and JSON output. */
final class Numbers {

    private Numbers() {
    }

    /** {@code d} rounded to 4 decimals, so sums like 0.1 + 0.2 print as 0.3. */
    static double round(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return d;
        }
        return BigDecimal.valueOf(d).setScale(4, RoundingMode.HALF_UP).doubleValue();
    }

    /** {@code d} for people: whole numbers without ".0", others with up to 4 decimals. */
    static String text(double d) {
        double r = round(d);
        if (r == Math.rint(r) && Math.abs(r) < 1e15) {
            return Long.toString((long) r);
        }
        return BigDecimal.valueOf(r).stripTrailingZeros().toPlainString();
    }

    /** Any metric value for people. */
    static String text(Object value) {
        if (value == null) {
            return "-";
        }
        if (value instanceof Number n && !(value instanceof Integer) && !(value instanceof Long)) {
            return text(n.doubleValue());
        }
        return value.toString();
    }
}
