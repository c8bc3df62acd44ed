package org.modesign.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.modesign.model.Archetype;
import org.modesign.model.LineStyle;
import org.modesign.model.Office;
import org.modesign.model.Sourcing;
import org.modesign.model.Staffing;
import org.modesign.model.TeamKind;

/**
 * {@link ChartLabels} looked up by key, e.g. in a resource bundle. Keys: {@code archetype.<code>},
 * {@code sourcing.<code>}, {@code office.<code>}, {@code line.<code>} with the model's codes,
 * {@code line.member}, {@code region.global}, {@code legend.archetypes}, {@code legend.sourcing},
 * {@code legend.lines}, {@code legend.staffing}, {@code staffing.<code>}, {@code teamKind.<code>},
 * {@code team.member}, {@code rollup.role}, {@code card.tool}, and {@code fte}, {@code team.members},
 * {@code rollup.roles}, {@code card.tools} and {@code card.more}, patterns in which {@code {0}}
 * stands for the number.
 * {@link #KEYS} lists them all, for a test that the bundle misses none. A key the lookup does not
 * know (answers {@code null}) shows as the key itself.
 */
public final class KeyedChartLabels implements ChartLabels {

    /** The English text of every key. */
    public static final Map<String, String> ENGLISH_TEXTS = Map.ofEntries(
            Map.entry("archetype.leader", "Leader"),
            Map.entry("archetype.maestro", "Maestro"),
            Map.entry("archetype.modeler", "Modeler"),
            Map.entry("archetype.maker", "Maker"),
            Map.entry("archetype.marketer", "Marketer"),
            Map.entry("sourcing.in-house", "In-house"),
            Map.entry("sourcing.agency", "Agency"),
            Map.entry("sourcing.contractor", "Contractor"),
            Map.entry("sourcing.seconded", "Seconded"),
            Map.entry("office.ceo", "CEO"),
            Map.entry("office.cmo", "CMO"),
            Map.entry("office.it", "IT"),
            Map.entry("office.cfo", "CFO"),
            Map.entry("office.sales", "Sales"),
            Map.entry("office.other", "Other"),
            Map.entry("line.solid", "Reports to"),
            Map.entry("line.dotted", "Dotted line"),
            Map.entry("line.member", "Member of team"),
            Map.entry("region.global", "Global"),
            Map.entry("legend.archetypes", "Archetypes"),
            Map.entry("legend.sourcing", "Sourcing"),
            Map.entry("legend.lines", "Lines"),
            Map.entry("fte", "{0} FTE"),
            Map.entry("staffing.filled", "Filled"),
            Map.entry("staffing.open", "Open"),
            Map.entry("staffing.planned", "Planned"),
            Map.entry("teamKind.department", "Department"),
            Map.entry("teamKind.coe", "Centre of excellence"),
            Map.entry("teamKind.committee", "Committee"),
            Map.entry("teamKind.agency", "In-house agency"),
            Map.entry("teamKind.squad", "Squad"),
            Map.entry("team.member", "1 member"),
            Map.entry("team.members", "{0} members"),
            Map.entry("rollup.role", "1 role"),
            Map.entry("rollup.roles", "{0} roles"),
            Map.entry("card.tool", "1 tool"),
            Map.entry("card.tools", "{0} tools"),
            Map.entry("card.more", "+{0} more"),
            Map.entry("legend.staffing", "Positions"));

    /** Every key a lookup must answer. */
    public static final List<String> KEYS = keys();

    private final Function<String, String> lookup;
    private final char decimalSeparator;

    /**
     * Labels that ask {@code lookup} for each key and write numbers with {@code locale}'s decimal
     * separator.
     */
    public KeyedChartLabels(Function<String, String> lookup, Locale locale) {
        this.lookup = Objects.requireNonNull(lookup, "lookup");
        this.decimalSeparator = DecimalFormatSymbols.getInstance(locale).getDecimalSeparator();
    }

    @Override
    public String archetype(Archetype archetype) {
        return text("archetype." + archetype.code());
    }

    @Override
    public String sourcing(Sourcing sourcing) {
        return text("sourcing." + sourcing.code());
    }

    @Override
    public String office(Office office) {
        return text("office." + office.code());
    }

    /** The {@code fte} pattern with the number rounded to two decimals, trailing zeros dropped. */
    @Override
    public String fte(double fte) {
        String number = BigDecimal.valueOf(fte).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString().replace('.', decimalSeparator);
        return text("fte").replace("{0}", number);
    }

    @Override
    public String globalRegion() {
        return text("region.global");
    }

    @Override
    public String lineStyle(LineStyle style) {
        return text("line." + style.code());
    }

    @Override
    public String teamMember() {
        return text("line.member");
    }

    @Override
    public String legendArchetypes() {
        return text("legend.archetypes");
    }

    @Override
    public String legendSourcing() {
        return text("legend.sourcing");
    }

    @Override
    public String legendLines() {
        return text("legend.lines");
    }

    @Override
    public String staffing(Staffing staffing) {
        return text("staffing." + staffing.code());
    }

    @Override
    public String teamKind(TeamKind kind) {
        return text("teamKind." + kind.code());
    }

    @Override
    public String members(int count) {
        return count == 1 ? text("team.member") : text("team.members").replace("{0}", Integer.toString(count));
    }

    @Override
    public String roles(int count) {
        return count == 1 ? text("rollup.role") : text("rollup.roles").replace("{0}", Integer.toString(count));
    }

    @Override
    public String tools(int count) {
        return count == 1 ? text("card.tool") : text("card.tools").replace("{0}", Integer.toString(count));
    }

    @Override
    public String more(int count) {
        return text("card.more").replace("{0}", Integer.toString(count));
    }

    @Override
    public String legendStaffing() {
        return text("legend.staffing");
    }

    private String text(String key) {
        String text = lookup.apply(key);
        return text == null ? key : text;
    }

    private static List<String> keys() {
        List<String> keys = new ArrayList<>(ENGLISH_TEXTS.keySet());
        keys.sort(null);
        return List.copyOf(keys);
    }
}
