package org.modesign.render;

/** The severity of the worst finding on a node, which sets its badge's colour and shape. */
public enum BadgeSeverity {
    /** Red circle. */
    ERROR,
    /** Amber triangle. */
    WARNING,
    /** Blue rounded square. */
    INFO
}
