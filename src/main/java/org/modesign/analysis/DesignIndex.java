package org.modesign.analysis;

import java.util.HashMap;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.modesign.model.Capability;
import org.modesign.model.Design;
import org.modesign.model.Phase;
import org.modesign.model.Region;
import org.modesign.model.Scope;

/**
 * The design-wide part of the analysis: phases, regions and capabilities by position, and the
 * slots each capability needs (format.md §2). Region 0 is the implicit {@code global} region;
 * region {@code k > 0} is the {@code k}-th declared region. Built in O(phases + regions +
 * capabilities + requires).
 */
public final class DesignIndex {

    /** The index of the implicit {@code global} region. */
    public static final int GLOBAL = 0;

    private final Design design;
    private final Map<String, Integer> phases = new HashMap<>();
    private final Map<String, Integer> regions = new HashMap<>();
    private final Map<String, Integer> capabilities = new HashMap<>();
    private final int[][] required;
    private final int[] capabilityRank;
    private final int[] regionRank;

    private DesignIndex(Design design) {
        this.design = design;
        for (int p = 0; p < design.phases().size(); p++) {
            phases.putIfAbsent(design.phases().get(p).id(), p);
        }
        regions.put(Region.GLOBAL, GLOBAL);
        for (int r = 0; r < design.regions().size(); r++) {
            regions.putIfAbsent(design.regions().get(r).id(), r + 1);
        }
        for (int c = 0; c < design.capabilities().size(); c++) {
            capabilities.putIfAbsent(design.capabilities().get(c).id(), c);
        }
        capabilityRank = ranks(design.capabilities().size(), c -> design.capabilities().get(c).id());
        regionRank = ranks(regionCount(), this::regionId);
        required = new int[design.phases().size()][];
        for (int p = 0; p < required.length; p++) {
            required[p] = design.phases().get(p).requires().stream()
                    .mapToInt(this::capabilityIndex).filter(c -> c >= 0).distinct().toArray();
        }
    }

    /** For each of {@code count} items, the position of its id among all their ids by code point. */
    private static int[] ranks(int count, IntFunction<String> id) {
        int[] order = IntStream.range(0, count).boxed()
                .sorted((a, b) -> CodePointOrder.compare(id.apply(a), id.apply(b)))
                .mapToInt(Integer::intValue).toArray();
        int[] rank = new int[count];
        for (int k = 0; k < count; k++) {
            rank[order[k]] = k;
        }
        return rank;
    }

    public static DesignIndex of(Design design) {
        return new DesignIndex(design);
    }

    public Design design() {
        return design;
    }

    public int phaseCount() {
        return required.length;
    }

    public Phase phase(int p) {
        return design.phases().get(p);
    }

    /** The position of the phase, or -1 when there is none of that id. */
    public int phaseIndex(String id) {
        return id == null ? -1 : phases.getOrDefault(id, -1);
    }

    /** Declared regions plus one for {@code global}. */
    public int regionCount() {
        return design.regions().size() + 1;
    }

    public String regionId(int r) {
        return r == GLOBAL ? Region.GLOBAL : design.regions().get(r - 1).id();
    }

    /** The region's name as people read it ({@code global} for the implicit region). */
    public String regionName(int r) {
        return r == GLOBAL ? Region.GLOBAL : design.regions().get(r - 1).name();
    }

    /** The region index of {@code id} ({@link #GLOBAL} for "global"), or -1 when unknown. */
    public int regionIndex(String id) {
        return id == null ? -1 : regions.getOrDefault(id, -1);
    }

    public int capabilityCount() {
        return design.capabilities().size();
    }

    public Capability capability(int c) {
        return design.capabilities().get(c);
    }

    /** The position of the capability in the catalogue, or -1 when there is none of that id. */
    public int capabilityIndex(String id) {
        return id == null ? -1 : capabilities.getOrDefault(id, -1);
    }

    /** The position of the capability's id among all capability ids sorted by code point. */
    public int capabilityRank(int c) {
        return capabilityRank[c];
    }

    /** The position of the region's id among all region ids, {@code global} included, by code point. */
    public int regionRank(int r) {
        return regionRank[r];
    }

    /** How many capabilities phase {@code p} requires. */
    public int requiredCount(int p) {
        return required[p].length;
    }

    /** The {@code k}-th capability phase {@code p} requires, in the file's order. */
    public int required(int p, int k) {
        return required[p][k];
    }

    /**
     * Whether the capability has a single {@code global} slot: a global-scope capability, or a
     * per-region one when the design declares no region.
     */
    public boolean hasSingleSlot(int c) {
        return capability(c).scope() == Scope.GLOBAL || design.regions().isEmpty();
    }

    /** How many slots capability {@code c} has. */
    public int slotCount(int c) {
        return hasSingleSlot(c) ? 1 : design.regions().size();
    }

    /** The region index of slot {@code k} of capability {@code c}. */
    public int slotRegion(int c, int k) {
        return hasSingleSlot(c) ? GLOBAL : k + 1;
    }
}
