package org.modesign.render;

/**
 * What the cards of a scene show besides their node's own fields, worked out once when the scene
 * is built: per node the name of its declared region (null for global), and for a team its
 * members (roles in it and cards that also serve on it) and their FTE.
 */
record CardFacts(String[] regionNames, int[] members, double[] fte) {
}
