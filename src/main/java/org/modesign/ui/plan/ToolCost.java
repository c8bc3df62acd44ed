package org.modesign.ui.plan;

import java.util.Optional;
import java.util.regex.Pattern;
import org.modesign.ui.i18n.I18n;

/**
 * A tool's yearly cost as a person writes it: shown with digit grouping ("90,000"); read back
 * with or without grouping, spaces, a currency symbol or the design's currency label ("$ 90 000",
 * "90000 USD"); an empty text is 0. A negative number reads as such, so that the edit can say why
 * it is refused.
 */
final class ToolCost {

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?|-?\\.\\d+");
    private static final Pattern NOISE = Pattern.compile("[\\s\\u00A0\\u202F,_'$\\u20AC\\u00A3\\u00A5]");

    private ToolCost() {
    }

    static String format(double cost) {
        return I18n.tr("plan.tool.cost.value", cost);
    }

    /** The cost {@code text} stands for, or empty when it is no number. */
    static Optional<Double> parse(String text, String currency) {
        String plain = text.strip();
        if (!currency.isEmpty()) {
            plain = plain.replace(currency, "");
        }
        plain = NOISE.matcher(plain).replaceAll("");
        if (plain.isEmpty()) {
            return Optional.of(0.0);
        }
        return NUMBER.matcher(plain).matches() ? Optional.of(Double.parseDouble(plain)) : Optional.empty();
    }
}
