package org.modesign.render;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the chart marks when it shows what changed: the cards of the scene added or changed, by
 * node id, and the cards that are gone, drawn as ghosts where they stood.
 *
 * @param nodes the mark of each added or changed node of the scene, by id
 * @param ghosts the removed cards, with their old place
 */
public record ChangeMarks(Map<String, ChangeMark> nodes, List<Ghost> ghosts) {

    /** Nothing marked. */
    public static final ChangeMarks NONE = new ChangeMarks(Map.of(), List.of());

    /**
     * A card that is gone, where it stood.
     *
     * @param id the node's id
     * @param title its title
     * @param card its card, in chart coordinates
     */
    public record Ghost(String id, String title, Rect card) {

        public Ghost {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(card, "card");
        }
    }

    public ChangeMarks {
        nodes = Map.copyOf(nodes);
        ghosts = List.copyOf(ghosts);
    }

    public boolean isEmpty() {
        return nodes.isEmpty() && ghosts.isEmpty();
    }
}
