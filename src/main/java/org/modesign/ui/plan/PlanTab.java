package org.modesign.ui.plan;

/** The tabs of the catalogue, regions and phases dialog. */
public enum PlanTab {
    CAPABILITIES,
    REGIONS,
    PHASES
}
