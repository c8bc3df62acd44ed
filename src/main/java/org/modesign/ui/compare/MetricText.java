package org.modesign.ui.compare;

import java.text.NumberFormat;
import java.util.Locale;
import org.modesign.analysis.SideBySide;
import org.modesign.model.Region;
import org.modesign.ui.form.Money;
import org.modesign.ui.i18n.I18n;

/**
 * How the comparison writes a metric of format.md §4 and format-v2.md §5 for people: its label
 * ({@code fte} "FTE", {@code fteByArchetype.maker} "Maker"), its value (FTE with up to two decimals,
 * shares as percentages, means with one decimal, counts whole, costs whole with the design's
 * currency) and the difference B − A with its sign (shares in percentage points).
 */
final class MetricText {

    private static final String MINUS = "\u2212";

    private MetricText() {
    }

    /** The name of a metric, or of the map a {@code map.key} metric belongs to. */
    static String base(String metric) {
        int dot = metric.indexOf('.');
        return dot < 0 ? metric : metric.substring(0, dot);
    }

    /** The key of a {@code map.key} metric, or {@code null}. */
    static String key(String metric) {
        int dot = metric.indexOf('.');
        return dot < 0 ? null : metric.substring(dot + 1);
    }

    /** The currency of {@code side}'s design ({@code settings.currency}, "" when none). */
    static String currency(SideBySide s, Side side) {
        return (side == Side.A ? s.a() : s.b()).design().settings().currency();
    }

    /** The currency of a difference: the one both designs name, else none. */
    static String sharedCurrency(SideBySide s) {
        String a = currency(s, Side.A);
        return a.equals(currency(s, Side.B)) ? a : "";
    }

    /** Whether both scenarios' designs have the phase (else there is nothing to compare in it). */
    static boolean bothHave(SideBySide s, String phase) {
        return s.a().metrics(phase) != null && s.b().metrics(phase) != null;
    }

    /** The label of a metric: its own name, or for a map entry the entry's name. */
    static String label(String metric, SideBySide s) {
        String key = key(metric);
        if (key == null) {
            return I18n.tr("compare.metric." + metric);
        }
        return switch (base(metric)) {
            case "fteByArchetype" -> I18n.tr("archetype." + key);
            case "fteBySourcing" -> I18n.tr("sourcing." + key);
            case "fteByOffice" -> I18n.tr(key.equals("none") ? "compare.office.none" : "office." + key);
            case "toolsByCategory" -> I18n.tr("toolCategory." + key);
            default -> regionName(key, s);
        };
    }

    /** The name of a region in A's design, else B's; {@code global} as the bundle says. */
    static String regionName(String id, SideBySide s) {
        if (Region.GLOBAL.equals(id)) {
            return I18n.tr("region.global");
        }
        return s.a().design().region(id).or(() -> s.b().design().region(id)).map(Region::name).orElse(id);
    }

    /** A metric's value for people; an em dash when the side lacks it. */
    static String value(String metric, Object value) {
        return value(metric, value, "");
    }

    /** A metric's value for people, an amount of money followed by {@code currency} (when not empty). */
    static String value(String metric, Object value, String currency) {
        if (!(value instanceof Number n)) {
            return value == null ? "\u2014" : value.toString();
        }
        Kind kind = kind(metric);
        if (kind == Kind.MONEY) {
            return Money.format(n.doubleValue(), currency);
        }
        String text = format(n.doubleValue() * (kind == Kind.SHARE ? 100 : 1), kind.decimals);
        return kind == Kind.SHARE ? I18n.tr("compare.percent", text) : text;
    }

    /**
     * The difference B − A with its sign ("+2", "−0.5", "+12.5 pts"), or "" when there is none. A
     * difference too small for the value's precision gets two more decimals, so it never reads "+0".
     */
    static String difference(String metric, Double difference) {
        return difference(metric, difference, "");
    }

    /** The difference B − A, an amount of money followed by {@code currency} (when not empty). */
    static String difference(String metric, Double difference, String currency) {
        if (difference == null || difference == 0) {
            return "";
        }
        String sign = difference > 0 ? "+" : MINUS;
        Kind kind = kind(metric);
        if (kind == Kind.MONEY && Math.round(Math.abs(difference)) > 0) {
            return sign + Money.format(Math.abs(difference), currency);
        }
        double size = Math.abs(difference) * (kind == Kind.SHARE ? 100 : 1);
        int decimals = kind.decimals;
        if (Math.round(size * Math.pow(10, decimals)) == 0) {
            decimals += 2;
        }
        String text = sign + format(size, decimals);
        return kind == Kind.SHARE ? I18n.tr("compare.points", text) : text;
    }

    /** How a metric's numbers read: with how many decimals at most (shares as percentages). */
    enum Kind {
        COUNT(0), FTE(2), MEAN(1), SHARE(1), MONEY(0);

        private final int decimals;

        Kind(int decimals) {
            this.decimals = decimals;
        }
    }

    static Kind kind(String metric) {
        String base = base(metric);
        if (base.startsWith("fte") || base.equals("openFte")) {
            return Kind.FTE;
        }
        return switch (base) {
            case "coverage", "centralShare", "martechShare" -> Kind.SHARE;
            case "toolCost", "peopleCost" -> Kind.MONEY;
            case "spanMean" -> Kind.MEAN;
            default -> Kind.COUNT;
        };
    }

    private static String format(double value, int decimals) {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.getDefault(Locale.Category.FORMAT));
        format.setMaximumFractionDigits(decimals);
        format.setMinimumFractionDigits(0);
        return format.format(value);
    }
}
