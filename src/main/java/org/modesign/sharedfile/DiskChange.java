package org.modesign.sharedfile;

/** How a design file on disk compares with what the editor read or last saved. */
public enum DiskChange {
    /** The same content (perhaps touched, but not changed). */
    UNCHANGED,
    /** Someone else wrote other content (a colleague, a {@code git pull}). */
    CHANGED,
    /** The file was deleted or moved away. */
    MISSING
}
