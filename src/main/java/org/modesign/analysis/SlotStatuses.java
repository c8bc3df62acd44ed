package org.modesign.analysis;

import java.util.ArrayList;
import java.util.List;
import org.modesign.model.Design;

/**
 * The {@link CapabilityStatus} of every capability of a design in one scenario, in one phase or
 * over all phases, read from the validator's findings of that scenario (the slot rules of
 * format.md §3): nothing is computed a second time. Built in O(findings + capabilities +
 * requires).
 *
 * <p>A capability with a slot finding takes the worst status found (over all phases: the worst,
 * in the first phase it occurs); one without is {@link SlotStatus#STAFFED} when the phase (any
 * phase) requires it, else {@link SlotStatus#NOT_REQUIRED}.
 */
public final class SlotStatuses {

    private final DesignIndex design;
    private final CapabilityStatus[] statuses;
    private final List<List<Finding>> behind;

    private SlotStatuses(DesignIndex design, CapabilityStatus[] statuses, List<List<Finding>> behind) {
        this.design = design;
        this.statuses = statuses;
        this.behind = behind;
    }

    /**
     * The statuses of {@code design}'s capabilities in scenario {@code scenario} and phase
     * {@code phase} ({@code null}, or an id the design lacks: over all phases), from
     * {@code findings}, the validator's findings of that design (findings of other scenarios and
     * other rules are passed over).
     */
    public static SlotStatuses of(Design design, List<Finding> findings, String scenario, String phase) {
        DesignIndex index = DesignIndex.of(design);
        int viewed = index.phaseIndex(phase);
        Worst worst = new Worst(index.capabilityCount());
        for (Finding f : findings) {
            SlotStatus status = SlotStatus.of(f.rule());
            int c = index.capabilityIndex(f.capability());
            int p = index.phaseIndex(f.phase());
            if (status != null && c >= 0 && p >= 0 && (viewed < 0 || p == viewed) && scenario.equals(f.scenario())) {
                worst.add(c, status, p, f);
            }
        }
        boolean[] required = required(index, viewed);
        CapabilityStatus[] statuses = new CapabilityStatus[index.capabilityCount()];
        for (int c = 0; c < statuses.length; c++) {
            if (worst.status[c] != null) {
                statuses[c] = new CapabilityStatus(worst.status[c], index.phase(worst.phase[c]).id(), worst.regions[c]);
            } else {
                statuses[c] = new CapabilityStatus(required[c] ? SlotStatus.STAFFED : SlotStatus.NOT_REQUIRED,
                        viewed < 0 ? null : index.phase(viewed).id(), List.of());
            }
        }
        return new SlotStatuses(index, statuses, worst.behind());
    }

    /** Which capabilities phase {@code viewed} requires (any phase when it is -1). */
    private static boolean[] required(DesignIndex index, int viewed) {
        boolean[] required = new boolean[index.capabilityCount()];
        for (int p = 0; p < index.phaseCount(); p++) {
            if (viewed < 0 || p == viewed) {
                for (int k = 0; k < index.requiredCount(p); k++) {
                    required[index.required(p, k)] = true;
                }
            }
        }
        return required;
    }

    /** The status of capability {@code id}, or null when the design has no such capability. */
    public CapabilityStatus status(String id) {
        int c = design.capabilityIndex(id);
        return c < 0 ? null : statuses[c];
    }

    /**
     * The slot findings of capability {@code id} in the phase (or phases) these statuses are for,
     * in the order given; empty when there are none or no such capability.
     */
    public List<Finding> findings(String id) {
        int c = design.capabilityIndex(id);
        return c < 0 || behind.get(c) == null ? List.of() : behind.get(c);
    }

    /** The worst slot finding per capability so far, with the regions that share it. */
    private static final class Worst {
        final SlotStatus[] status;
        final int[] phase;
        final List<String>[] regions;
        final List<Finding>[] findings;

        @SuppressWarnings("unchecked")
        Worst(int capabilities) {
            status = new SlotStatus[capabilities];
            phase = new int[capabilities];
            regions = new List[capabilities];
            findings = new List[capabilities];
        }

        void add(int c, SlotStatus s, int p, Finding f) {
            if (findings[c] == null) {
                findings[c] = new ArrayList<>(2);
            }
            findings[c].add(f);
            if (status[c] == null || s.ordinal() < status[c].ordinal()
                    || s == status[c] && p < phase[c]) {
                status[c] = s;
                phase[c] = p;
                regions[c] = new ArrayList<>(2);
            }
            if (s == status[c] && p == phase[c] && f.region() != null) {
                regions[c].add(f.region());
            }
        }

        List<List<Finding>> behind() {
            List<List<Finding>> all = new ArrayList<>(findings.length);
            for (List<Finding> list : findings) {
                all.add(list == null ? null : List.copyOf(list));
            }
            return all;
        }
    }
}
