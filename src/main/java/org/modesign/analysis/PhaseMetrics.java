package org.modesign.analysis;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The metrics of format.md §4 for one scenario in one phase. The maps hold every key of their
 * enumeration in its order, zeros included: archetype, sourcing and office codes (office
 * {@code none} last), and for regions {@code global} then every declared region in file order.
 */
public record PhaseMetrics(String phase, double fte, Map<String, Double> fteByArchetype,
        Map<String, Double> fteByRegion, Map<String, Double> fteBySourcing, Map<String, Double> fteByOffice,
        int roles, int teams, int layers, int spanMax, double spanMean, int requiredSlots, int staffedSlots,
        double coverage, int unstaffed, int overlaps, double centralShare, int duplicatedCapabilities) {

    /** The key of {@link #fteByOffice} for roles whose chain has no executive. */
    public static final String NO_OFFICE = "none";

    public PhaseMetrics {
        Objects.requireNonNull(phase, "phase");
        fteByArchetype = ordered(fteByArchetype);
        fteByRegion = ordered(fteByRegion);
        fteBySourcing = ordered(fteBySourcing);
        fteByOffice = ordered(fteByOffice);
    }

    private static Map<String, Double> ordered(Map<String, Double> map) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    /** Every metric by its name, in the order of format.md §4, after {@code "phase"}. */
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
}
