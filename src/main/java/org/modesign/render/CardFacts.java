package org.modesign.render;

/**
 * What the cards of a scene show besides their node's own fields, worked out once when the scene
 * is built: per node the name of its declared region (null for global), for a team its members
 * (roles in it and cards that also serve on it) and their FTE, for a committee or squad the
 * numbers of those members (null for other cards), and how many tools of the stack the card owns
 * (over all phases).
 */
record CardFacts(String[] regionNames, int[] members, double[] fte, int[][] listed, int[] tools) {

    /** The same facts with {@code newTools} as the tools each card owns. */
    CardFacts withTools(int[] newTools) {
        return new CardFacts(regionNames, members, fte, listed, newTools);
    }
}
