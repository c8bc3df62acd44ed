package org.modesign.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.modesign.model.Capability;
import org.modesign.model.Layer;
import org.modesign.model.Raci;

/**
 * Where a scenario holds each capability of the catalogue accountable in one phase: centrally
 * (only holders of region {@code global} hold {@code A} on it), per region (roles of declared
 * regions hold {@code A} on it, perhaps next to a global one) or nowhere (no letter {@code A} is
 * held in the phase). Letters are held letters; an executive holding one counts as
 * {@code global} (format-v2.md §3). The capabilities are in catalogue order; {@link #in} groups
 * them by layer.
 */
public record CapabilityPlacement(String phase, List<Held> capabilities) {

    /** The three answers to "where is this capability held?". */
    public enum Where {
        /** Only roles of region {@code global} hold {@code A}. */
        CENTRAL,
        /** Roles of one or more declared regions hold {@code A}. */
        PER_REGION,
        /** No active role holds {@code A}. */
        NOWHERE
    }

    /**
     * One capability: whether a {@code global} role holds {@code A} on it, and the declared
     * regions (ids, in the design's order) whose roles do.
     */
    public record Held(Capability capability, boolean central, List<String> regions) {

        public Held {
            Objects.requireNonNull(capability, "capability");
            regions = List.copyOf(regions);
        }

        public Where where() {
            if (!regions.isEmpty()) {
                return Where.PER_REGION;
            }
            return central ? Where.CENTRAL : Where.NOWHERE;
        }
    }

    public CapabilityPlacement {
        Objects.requireNonNull(phase, "phase");
        capabilities = List.copyOf(capabilities);
    }

    /** The placement in every phase of the index's design, in phase order. */
    public static List<CapabilityPlacement> of(ScenarioIndex index) {
        List<CapabilityPlacement> phases = new ArrayList<>();
        for (int p = 0; p < index.designIndex().phaseCount(); p++) {
            phases.add(of(index, p));
        }
        return phases;
    }

    /** The placement in phase {@code p}, in O(capabilities × regions + holders). */
    public static CapabilityPlacement of(ScenarioIndex index, int p) {
        DesignIndex design = index.designIndex();
        boolean[] holds = new boolean[design.regionCount()];
        List<Held> held = new ArrayList<>(design.capabilityCount());
        for (int c = 0; c < design.capabilityCount(); c++) {
            Arrays.fill(holds, false);
            HeldLetters letters = index.letters();
            for (int k = 0; k < letters.count(c); k++) {
                if (letters.letter(c, k) == Raci.A && letters.isHeld(c, k, p)) {
                    holds[letters.region(c, k)] = true;
                }
            }
            List<String> regions = new ArrayList<>();
            for (int r = DesignIndex.GLOBAL + 1; r < holds.length; r++) {
                if (holds[r]) {
                    regions.add(design.regionId(r));
                }
            }
            held.add(new Held(design.capability(c), holds[DesignIndex.GLOBAL], regions));
        }
        return new CapabilityPlacement(design.phase(p).id(), held);
    }

    /** The capabilities of {@code layer} placed {@code where}, in catalogue order. */
    public List<Held> in(Layer layer, Where where) {
        return capabilities.stream().filter(h -> h.capability().layer() == layer && h.where() == where).toList();
    }
}
