package org.modesign.export;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Numbers written for people and spreadsheets: rounded to four decimals (so that sums such as
 * 0.1 + 0.2 read 0.3), whole numbers without a decimal point ({@code 1}, {@code 0.5}, {@code 12}).
 * The command line's text and JSON output and the CSV tables share it.
 */
public final class Decimals {

    private Decimals() {
    }

    /** {@code d} rounded to four decimals; NaN and infinities as they are. */
    public static double round(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return d;
        }
        return BigDecimal.valueOf(d).setScale(4, RoundingMode.HALF_UP).doubleValue();
    }

    /** {@code d} rounded to four decimals, without exponent, trailing zeros or a bare ".0". */
    public static String text(double d) {
        double r = round(d);
        if (r == Math.rint(r) && Math.abs(r) < 1e15) {
            return Long.toString((long) r);
        }
        if (Double.isNaN(r) || Double.isInfinite(r)) {
            return Double.toString(r);
        }
        return BigDecimal.valueOf(r).stripTrailingZeros().toPlainString();
    }

    /** Any metric value: numbers as {@link #text(double)}, whole numbers as they are, others as text. */
    public static String text(Object value) {
        if (value instanceof Integer || value instanceof Long) {
            return value.toString();
        }
        if (value instanceof Number n) {
            return text(n.doubleValue());
        }
        return String.valueOf(value);
    }
}
