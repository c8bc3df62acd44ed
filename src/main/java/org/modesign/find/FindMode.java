package org.modesign.find;

/** What a query is matched against. */
public enum FindMode {
    /** A card's title, its team's name, its region and the capabilities it holds. */
    ANYTHING,
    /** Only the capabilities a role or executive holds a letter on (the "holds …" filter). */
    HOLDS
}
