package org.modesign.analysis;

import java.util.LinkedHashMap;
import java.util.Map;
import org.modesign.model.Archetype;
import org.modesign.model.Coded;
import org.modesign.model.Office;
import org.modesign.model.Role;
import org.modesign.model.Sourcing;

/**
 * The FTE in phase (format-v2.md §3) of the active roles of one phase, in total and split as
 * format.md §4 says.
 */
final class FteSplit {

    private static final Archetype[] ARCHETYPES = Archetype.values();
    private static final Sourcing[] SOURCINGS = Sourcing.values();
    private static final Office[] OFFICES = Office.values();

    private final DesignIndex design;
    private final double[] byArchetype = new double[ARCHETYPES.length];
    private final double[] byRegion;
    private final double[] bySourcing = new double[SOURCINGS.length];
    private final double[] byOffice = new double[OFFICES.length + 1];
    private double total;

    FteSplit(DesignIndex design) {
        this.design = design;
        byRegion = new double[design.regionCount()];
    }

    /** Adds the active role at node index {@code v}, whose FTE in the phase is {@code fte}. */
    void add(ScenarioIndex index, int v, double fte) {
        Role role = index.role(v);
        total += fte;
        byArchetype[role.archetype().ordinal()] += fte;
        byRegion[index.regionIndex(v)] += fte;
        bySourcing[role.sourcing().ordinal()] += fte;
        Office office = index.office(v);
        byOffice[office == null ? OFFICES.length : office.ordinal()] += fte;
    }

    /** The FTE of every role added. */
    double total() {
        return total;
    }

    /** The FTE of roles whose region is {@code global}, over the total (0 when that is 0). */
    double centralShare() {
        return total == 0 ? 0.0 : byRegion[DesignIndex.GLOBAL] / total;
    }

    Map<String, Double> byArchetype() {
        return byCode(ARCHETYPES, byArchetype);
    }

    Map<String, Double> bySourcing() {
        return byCode(SOURCINGS, bySourcing);
    }

    Map<String, Double> byOffice() {
        Map<String, Double> map = byCode(OFFICES, byOffice);
        map.put(PhaseMetrics.NO_OFFICE, byOffice[OFFICES.length]);
        return map;
    }

    Map<String, Double> byRegion() {
        Map<String, Double> map = new LinkedHashMap<>();
        for (int r = 0; r < byRegion.length; r++) {
            map.put(design.regionId(r), byRegion[r]);
        }
        return map;
    }

    private static Map<String, Double> byCode(Coded[] keys, double[] values) {
        Map<String, Double> map = new LinkedHashMap<>();
        for (int k = 0; k < keys.length; k++) {
            map.put(keys[k].code(), values[k]);
        }
        return map;
    }
}
