package org.modesign.find;

import org.modesign.model.NodeType;

/**
 * A card the find bar can go to: its id, title and kind, the name of its team (or {@code ""}), and the
 * names of the first and last phases it is active in ({@code ""} when the design has no phases).
 */
public record FindHit(String nodeId, String title, NodeType type, String team, String fromPhase, String toPhase) {
}
