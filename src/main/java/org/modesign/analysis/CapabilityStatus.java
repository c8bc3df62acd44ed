package org.modesign.analysis;

import java.util.List;
import java.util.Objects;

/**
 * The status of one capability's slots, and where it comes from.
 *
 * @param status  the worst status of its slots
 * @param phase   the id of the phase the status was found in: the phase asked about, or, over all
 *                phases, the first phase with that status; null for {@link SlotStatus#STAFFED}
 *                and {@link SlotStatus#NOT_REQUIRED} over all phases
 * @param regions the ids of the slots' regions that have this status in that phase, in the
 *                findings' order; empty unless {@link SlotStatus#isProblem()}
 */
public record CapabilityStatus(SlotStatus status, String phase, List<String> regions) {

    public CapabilityStatus {
        Objects.requireNonNull(status, "status");
        regions = List.copyOf(regions);
    }
}
