package org.modesign.text;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * Amounts of money (salaries, tool costs, budgets) as every part of MOdesign writes them for people:
 * whole, grouped as in {@code locale} ("1,646,000"), followed by the design's currency when it has
 * one ("1,646,000 USD"; {@code settings.currency} is a free label, so it goes after the number with
 * a space in every language). Rounding is exact, half away from zero, on the decimal the amount was
 * written as (2.5 → 3, −2.5 → −3, 0.1 + 0.2 → 0), and a negative amount that rounds to nothing reads
 * "0", not "−0". The editor, the report, the exports and the command line all use it. Not
 * thread-safe (it keeps its number formats): one per thread.
 */
public final class MoneyFormat {

    /** What stands for an amount that is not a number (never from a loaded design). */
    static final String NOT_A_NUMBER = "\u2014";

    private final Locale locale;
    private final NumberFormat whole;
    private final NumberFormat oneDecimal;
    private NumberFormat compact;

    public MoneyFormat(Locale locale) {
        this.locale = locale;
        this.whole = NumberFormat.getIntegerInstance(locale);
        this.oneDecimal = NumberFormat.getNumberInstance(locale);
        oneDecimal.setMinimumFractionDigits(1);
        oneDecimal.setMaximumFractionDigits(1);
        oneDecimal.setRoundingMode(RoundingMode.HALF_UP);
    }

    /** The locale whose grouping it writes. */
    public Locale locale() {
        return locale;
    }

    /** The amount, whole, grouped, with {@code currency} after it when there is one (null or "": none). */
    public String format(double amount, String currency) {
        String number = number(amount);
        return currency == null || currency.isEmpty() ? number : number + " " + currency;
    }

    /** The amount, whole, grouped, without a currency. */
    public String number(double amount) {
        if (!Double.isFinite(amount)) {
            return NOT_A_NUMBER;
        }
        return whole.format(exact(amount).setScale(0, RoundingMode.HALF_UP));
    }

    /** The amount in millions with one decimal, grouped ("1,234.6" for 1,234,567,890), for tables of large budgets. */
    public String millions(double amount) {
        if (!Double.isFinite(amount)) {
            return NOT_A_NUMBER;
        }
        return oneDecimal.format(exact(amount).movePointLeft(6).setScale(1, RoundingMode.HALF_UP));
    }

    /** The amount in a few characters for a chart's axis: "950K", "1.6M", "164.6万" (a decimal at most). */
    public String compact(double amount) {
        if (!Double.isFinite(amount)) {
            return NOT_A_NUMBER;
        }
        if (compact == null) {
            compact = NumberFormat.getCompactNumberInstance(locale, NumberFormat.Style.SHORT);
            compact.setMaximumFractionDigits(1);
            compact.setRoundingMode(RoundingMode.HALF_UP);
        }
        return compact.format(amount);
    }

    /** The decimal the amount was written as (the shortest that reads back as it), not the binary's expansion. */
    private static BigDecimal exact(double amount) {
        return BigDecimal.valueOf(amount);
    }
}
