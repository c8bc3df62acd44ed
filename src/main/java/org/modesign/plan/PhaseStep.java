package org.modesign.plan;

import java.util.List;
import java.util.Objects;

/**
 * What changes from the phase before to this one (format-v2.md §6, §7 "The plan"): the phase's goal
 * and objectives, roles added and ended, FTE changed, hires to make, capabilities whose accountable
 * holders changed, tools deployed and retired, and how many findings are new and resolved. Every
 * id list is sorted; the first phase is compared with an empty phase.
 */
public record PhaseStep(String phase, String goal, List<String> objectives, List<String> rolesAdded,
        List<String> rolesEnded, List<FteShift> fteChanged, List<String> hires,
        List<AccountableChange> accountableChanged, List<Deployment> toolsAdded, List<Deployment> toolsRetired,
        int findingsNew, int findingsResolved) {

    public PhaseStep {
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(goal, "goal");
        objectives = List.copyOf(objectives);
        rolesAdded = List.copyOf(rolesAdded);
        rolesEnded = List.copyOf(rolesEnded);
        fteChanged = List.copyOf(fteChanged);
        hires = List.copyOf(hires);
        accountableChanged = List.copyOf(accountableChanged);
        toolsAdded = List.copyOf(toolsAdded);
        toolsRetired = List.copyOf(toolsRetired);
    }

    /** A role active in both phases whose FTE in phase differs. */
    public record FteShift(String role, double from, double to) {
    }

    /** The sorted ids of the accountable holders of a (capability, region) before and now. */
    public record AccountableChange(String capability, String region, List<String> from, List<String> to) {

        public AccountableChange {
            from = List.copyOf(from);
            to = List.copyOf(to);
        }
    }

    /** A tool deployed in a region (one stack entry). */
    public record Deployment(String tool, String region) {
    }
}
