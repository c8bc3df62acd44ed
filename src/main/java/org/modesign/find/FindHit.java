package org.modesign.find;

/**
 * A card the find bar can go to: its id and title, the name of its team (or {@code ""}), and the
 * names of the first and last phases it is active in ({@code ""} when the design has no phases).
 */
public record FindHit(String nodeId, String title, String team, String fromPhase, String toPhase) {
}
