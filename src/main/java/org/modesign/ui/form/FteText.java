package org.modesign.ui.form;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.ParsePosition;
import java.util.Optional;
import org.modesign.ui.i18n.I18n;

/**
 * FTE numbers as the user reads and types them: plain decimals such as {@code 1}, {@code 0.5},
 * {@code 2.25}, with the decimal separator of the bundle's language (the same one the status bar
 * uses) and no grouping, so that "1,000" in English is not silently read as 1.
 */
public final class FteText {

    private FteText() {
    }

    /** The number as the user reads it, e.g. {@code 0.5} or {@code 0,5}. */
    public static String format(double fte) {
        return decimal().format(fte);
    }

    /** The number {@code text} holds as a whole (blanks around it allowed), or empty. */
    public static Optional<Double> parse(String text) {
        String trimmed = text.strip();
        ParsePosition position = new ParsePosition(0);
        Number number = decimal().parse(trimmed, position);
        if (number == null || trimmed.isEmpty() || position.getIndex() != trimmed.length()) {
            return Optional.empty();
        }
        return Optional.of(number.doubleValue());
    }

    /** One format per thread and language: making one costs more than formatting thousands of numbers. */
    private static final ThreadLocal<DecimalFormat> FORMAT = new ThreadLocal<>();

    private static DecimalFormat decimal() {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(I18n.bundle().getLocale());
        DecimalFormat format = FORMAT.get();
        if (format == null || !format.getDecimalFormatSymbols().equals(symbols)) {
            format = new DecimalFormat("0.######", symbols);
            format.setGroupingUsed(false);
            FORMAT.set(format);
        }
        return format;
    }
}
