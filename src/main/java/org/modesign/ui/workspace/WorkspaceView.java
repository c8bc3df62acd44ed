package org.modesign.ui.workspace;

/** The views the centre of the window can show, one at a time. */
public enum WorkspaceView {
    /** The organisation chart (Ctrl+1). */
    CHART,
    /** The RACI matrix of capabilities by roles (Ctrl+2). */
    MATRIX,
    /** The side-by-side comparison of two scenarios (Ctrl+3). */
    COMPARE,
    /** The martech stack landscape and its table (Ctrl+4). */
    STACK,
    /** The transition plan of the scenario shown, its budget and its hires (Ctrl+5). */
    PLAN
}
