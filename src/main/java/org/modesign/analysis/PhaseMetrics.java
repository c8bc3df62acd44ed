package org.modesign.analysis;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.modesign.model.ToolCategory;

/**
 * The metrics of format.md §4 and format-v2.md §5 for one scenario in one phase. The maps hold
 * every key of their enumeration in its order, zeros included: archetype, sourcing and office codes
 * (office {@code none} last), tool categories, and for regions {@code global} then every declared
 * region in file order. The metrics of format v2 come last.
 */
public record PhaseMetrics(String phase, double fte, Map<String, Double> fteByArchetype,
        Map<String, Double> fteByRegion, Map<String, Double> fteBySourcing, Map<String, Double> fteByOffice,
        int roles, int teams, int layers, int spanMax, double spanMean, int requiredSlots, int staffedSlots,
        double coverage, int unstaffed, int overlaps, double centralShare, int duplicatedCapabilities,
        int tools, double toolCost, Map<String, Integer> toolsByCategory, double peopleCost, double martechShare,
        double openFte, int hires, int unsupported, int unownedTools, int duplicateTools) {

    /** The key of {@link #fteByOffice} for roles whose chain has no executive. */
    public static final String NO_OFFICE = "none";

    /** The names of the metrics format v2 adds (format-v2.md §5), in their order, after those of format.md §4. */
    public static final List<String> V2_METRICS = List.of("tools", "toolCost", "toolsByCategory", "peopleCost",
            "martechShare", "openFte", "hires", "unsupported", "unownedTools", "duplicateTools");

    public PhaseMetrics {
        Objects.requireNonNull(phase, "phase");
        fteByArchetype = ordered(fteByArchetype);
        fteByRegion = ordered(fteByRegion);
        fteBySourcing = ordered(fteBySourcing);
        fteByOffice = ordered(fteByOffice);
        toolsByCategory = ordered(toolsByCategory);
    }

    /** The metrics of format.md §4, with every metric of format v2 zero (a scenario with no stack, vacancy or cost). */
    public PhaseMetrics(String phase, double fte, Map<String, Double> fteByArchetype,
            Map<String, Double> fteByRegion, Map<String, Double> fteBySourcing, Map<String, Double> fteByOffice,
            int roles, int teams, int layers, int spanMax, double spanMean, int requiredSlots, int staffedSlots,
            double coverage, int unstaffed, int overlaps, double centralShare, int duplicatedCapabilities) {
        this(phase, fte, fteByArchetype, fteByRegion, fteBySourcing, fteByOffice, roles, teams, layers, spanMax,
                spanMean, requiredSlots, staffedSlots, coverage, unstaffed, overlaps, centralShare,
                duplicatedCapabilities, 0, 0, noTools(), 0, 0, 0, 0, 0, 0, 0);
    }

    /** Every tool category with a count of 0. */
    static Map<String, Integer> noTools() {
        Map<String, Integer> map = new LinkedHashMap<>();
        for (ToolCategory category : ToolCategory.values()) {
            map.put(category.code(), 0);
        }
        return map;
    }

    private static <V> Map<String, V> ordered(Map<String, V> map) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    /** Every metric by its name, in the order of format.md §4 then format-v2.md §5, after {@code "phase"}. */
    public Map<String, Object> asMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("phase", phase);
        map.put("fte", fte);
        map.put("fteByArchetype", fteByArchetype);
        map.put("fteByRegion", fteByRegion);
        map.put("fteBySourcing", fteBySourcing);
        map.put("fteByOffice", fteByOffice);
        map.put("roles", roles);
        map.put("teams", teams);
        map.put("layers", layers);
        map.put("spanMax", spanMax);
        map.put("spanMean", spanMean);
        map.put("requiredSlots", requiredSlots);
        map.put("staffedSlots", staffedSlots);
        map.put("coverage", coverage);
        map.put("unstaffed", unstaffed);
        map.put("overlaps", overlaps);
        map.put("centralShare", centralShare);
        map.put("duplicatedCapabilities", duplicatedCapabilities);
        map.put("tools", tools);
        map.put("toolCost", toolCost);
        map.put("toolsByCategory", toolsByCategory);
        map.put("peopleCost", peopleCost);
        map.put("martechShare", martechShare);
        map.put("openFte", openFte);
        map.put("hires", hires);
        map.put("unsupported", unsupported);
        map.put("unownedTools", unownedTools);
        map.put("duplicateTools", duplicateTools);
        return Collections.unmodifiableMap(map);
    }

    /**
     * Every metric by its name as {@link #asMap()} has them, without {@code "phase"}, and with the
     * maps spread out as {@code fteByRegion.emea}: one flat value per name, for tables.
     */
    public Map<String, Object> flatMetrics() {
        Map<String, Object> flat = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : asMap().entrySet()) {
            if (e.getKey().equals("phase")) {
                continue;
            }
            if (e.getValue() instanceof Map<?, ?> inner) {
                inner.forEach((key, value) -> flat.put(e.getKey() + "." + key, value));
            } else {
                flat.put(e.getKey(), e.getValue());
            }
        }
        return Collections.unmodifiableMap(flat);
    }

    /** Whether {@code metric} (a name, or {@code name.key} of a map entry) is one of {@link #V2_METRICS}. */
    public static boolean isV2(String metric) {
        int dot = metric.indexOf('.');
        return V2_METRICS.contains(dot < 0 ? metric : metric.substring(0, dot));
    }
}
