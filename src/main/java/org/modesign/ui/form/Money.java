package org.modesign.ui.form;

import java.util.Locale;
import org.modesign.text.MoneyFormat;

/**
 * Amounts of money as the editor shows them: the core's {@link MoneyFormat} in the user's formats
 * ("1,646,000 USD"; for an axis "1.6M", "164.6万"; for large budgets "1,234.6" in millions).
 */
public final class Money {

    private Money() {
    }

    /** The amount, whole, with the currency after it when there is one. */
    public static String format(double amount, String currency) {
        return money().format(amount, currency);
    }

    /** The amount, whole, with grouping and without the currency. */
    public static String number(double amount) {
        return money().number(amount);
    }

    /** The amount in millions with one decimal. */
    public static String millions(double amount) {
        return money().millions(amount);
    }

    /** The amount in a few characters for a chart's axis: "950K", "1.6M" (a decimal at most). */
    public static String compact(double amount) {
        return money().compact(amount);
    }

    /** One format per thread and locale: making one costs more than formatting thousands of amounts. */
    private static final ThreadLocal<MoneyFormat> FORMAT = new ThreadLocal<>();

    private static MoneyFormat money() {
        Locale locale = Locale.getDefault(Locale.Category.FORMAT);
        MoneyFormat format = FORMAT.get();
        if (format == null || !format.locale().equals(locale)) {
            format = new MoneyFormat(locale);
            FORMAT.set(format);
        }
        return format;
    }
}
