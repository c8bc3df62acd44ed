package org.modesign.render;

/** Where the anchor point of a piece of text lies along its baseline. */
public enum TextAlign {
    /** The text starts at the anchor. */
    LEFT,
    /** The text is centred on the anchor. */
    CENTER,
    /** The text ends at the anchor. */
    RIGHT
}
