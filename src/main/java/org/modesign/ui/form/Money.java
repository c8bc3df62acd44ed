package org.modesign.ui.form;

import java.text.NumberFormat;
import java.util.Locale;
import org.modesign.ui.i18n.I18n;

/**
 * Amounts of money as the editor shows them: whole numbers with the grouping of the user's
 * formats ("1,646,000"), followed by the design's currency when it has one ("1,646,000 USD";
 * {@code settings.currency} is a free label of at most 8 characters). For an axis, a short form
 * ("1.6M", "165万").
 */
public final class Money {

    private Money() {
    }

    /** The amount, whole, with the currency after it when there is one. */
    public static String format(double amount, String currency) {
        String number = number(amount);
        return currency == null || currency.isEmpty() ? number : I18n.tr("money.withCurrency", number, currency);
    }

    /** The amount, whole, with grouping and without the currency. */
    public static String number(double amount) {
        Locale locale = locale();
        Whole whole = WHOLE.get();
        if (whole == null || !whole.locale().equals(locale)) {
            NumberFormat format = NumberFormat.getNumberInstance(locale);
            format.setMaximumFractionDigits(0);
            whole = new Whole(locale, format);
            WHOLE.set(whole);
        }
        return whole.format().format(amount);
    }

    /** A format of whole amounts for a locale. */
    private record Whole(Locale locale, NumberFormat format) {
    }

    /** One format per thread and locale: making one costs more than formatting thousands of amounts. */
    private static final ThreadLocal<Whole> WHOLE = new ThreadLocal<>();

    /** The amount in a few characters for a chart's axis: "950K", "1.6M" (a decimal at most). */
    public static String compact(double amount) {
        NumberFormat format = NumberFormat.getCompactNumberInstance(locale(), NumberFormat.Style.SHORT);
        format.setMaximumFractionDigits(1);
        return format.format(amount);
    }

    private static Locale locale() {
        return Locale.getDefault(Locale.Category.FORMAT);
    }
}
