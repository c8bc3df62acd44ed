package org.modesign.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Money as people read it, in the editor's three languages: whole, grouped, exact, with the currency after it. */
class MoneyFormatTest {

    private static final MoneyFormat EN = new MoneyFormat(Locale.ENGLISH);
    private static final MoneyFormat ZH_CN = new MoneyFormat(Locale.SIMPLIFIED_CHINESE);
    private static final MoneyFormat ZH_TW = new MoneyFormat(Locale.TRADITIONAL_CHINESE);
    private static final MoneyFormat DE = new MoneyFormat(Locale.GERMANY);

    @Test
    void anAmountIsWholeAndGroupedWithTheCurrencyAfterIt() {
        assertEquals("1,646,000 USD", EN.format(1_646_000, "USD"));
        assertEquals("1,646,000 元", ZH_CN.format(1_646_000, "元"));
        assertEquals("1,646,000 NT$", ZH_TW.format(1_646_000, "NT$"));
        assertEquals("1.646.000 €", DE.format(1_646_000, "€"), "grouped as the locale groups");
        assertEquals("90,000", EN.format(90_000, ""), "no currency, no space");
        assertEquals("90,000", EN.format(90_000, null));
        assertEquals("0", ZH_CN.number(0));
    }

    @Test
    void largeAmountsKeepEveryDigit() {
        assertEquals("1,000,000,000,000 USD", EN.format(1e12, "USD"));
        assertEquals("1,000,000,000,000,001", EN.number(1e15 + 0.5), "half up, exact at the limit of a double's digits");
        assertEquals("9,007,199,254,740,992", ZH_TW.number(9_007_199_254_740_992d));
        assertEquals("123,456,789,012,345,680,000", EN.number(1.2345678901234568e20), "no exponent");
    }

    @Test
    void negativeAmountsHaveTheirSignAndNothingReadsMinusZero() {
        assertEquals("-1,234,568 USD", EN.format(-1_234_567.5, "USD"));
        assertEquals("-1,234,568", ZH_CN.number(-1_234_567.5));
        assertEquals("0", EN.number(-0.4), "not -0");
        assertEquals("0", EN.number(-0.0));
    }

    @Test
    void roundingIsHalfAwayFromZeroOnTheWrittenDecimal() {
        assertEquals("3", EN.number(2.5), "not banker's rounding to 2");
        assertEquals("1", EN.number(0.5));
        assertEquals("-3", EN.number(-2.5));
        assertEquals("1", EN.number(0.1 * 3 + 0.7 - 0.0000000000000001), "sums of tenths");
        assertEquals("0", EN.number(0.1 + 0.2), "0.30000000000000004");
        assertEquals("1", EN.number(0.49999999999999994 + 0.5));
        assertEquals("100", EN.number(99.5));
        double tenCents = 0;
        for (int i = 0; i < 10; i++) {
            tenCents += 0.1; // 0.9999999999999999
        }
        assertEquals("1", EN.number(tenCents));
    }

    @Test
    void largeBudgetsReadInMillionsWithADecimal() {
        assertEquals("1,234.6", EN.millions(1_234_567_890));
        assertEquals("0.2", EN.millions(150_000), "half up");
        assertEquals("-2.5", ZH_CN.millions(-2_450_000));
        assertEquals("0.0", EN.millions(-10_000), "not -0.0");
    }

    @Test
    void anAxisHasAShortForm() {
        assertEquals("1.6M", EN.compact(1_550_000));
        assertEquals("950K", EN.compact(950_000));
        assertEquals("164.6万", ZH_CN.compact(1_646_000));
        assertEquals("160萬", ZH_TW.compact(1_600_000));
    }

    @Test
    void whatIsNotANumberSaysSoInsteadOfFailing() {
        assertEquals("\u2014 USD", EN.format(Double.NaN, "USD"));
        assertEquals("\u2014", EN.millions(Double.POSITIVE_INFINITY));
        assertEquals("\u2014", EN.compact(Double.NEGATIVE_INFINITY));
    }
}
