package org.modesign.analysis;

/**
 * How a capability's slots stand in a phase, as the slot rules of format.md §3 found them. The
 * constants run from the worst to the best, so that of two statuses the one with the lower
 * ordinal is the one to show.
 */
public enum SlotStatus {
    /** A required slot has no role staffing it ({@code unstaffed-capability}, an error). */
    UNSTAFFED,
    /** A required slot is staffed but nobody covering it is accountable ({@code missing-accountable}). */
    MISSING_ACCOUNTABLE,
    /** Two or more accountable roles cover the same slot ({@code overlapping-responsibility}). */
    OVERLAPPING,
    /** Required, and every slot staffed with one accountable role. */
    STAFFED,
    /** Not required, and no overlap. */
    NOT_REQUIRED;

    /** Whether a finding stands behind this status. */
    public boolean isProblem() {
        return ordinal() < STAFFED.ordinal();
    }

    /** The status a finding of {@code rule} stands for, or null when the rule is not a slot rule. */
    static SlotStatus of(Rule rule) {
        return switch (rule) {
            case UNSTAFFED_CAPABILITY -> UNSTAFFED;
            case MISSING_ACCOUNTABLE -> MISSING_ACCOUNTABLE;
            case OVERLAPPING_RESPONSIBILITY -> OVERLAPPING;
            default -> null;
        };
    }
}
