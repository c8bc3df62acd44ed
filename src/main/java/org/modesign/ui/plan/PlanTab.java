package org.modesign.ui.plan;

/** The tabs of the catalogue, tools, regions and phases dialog. */
public enum PlanTab {
    CAPABILITIES,
    TOOLS,
    REGIONS,
    PHASES
}
