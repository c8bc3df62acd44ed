package org.modesign.render;

import java.util.List;
import org.modesign.model.Archetype;

/**
 * What a roll-up card shows for a folded branch: its roles and their FTE (in the phase shown), how
 * many roles are of each archetype ({@code archetypes}, in {@link Archetype} order), and its
 * findings by severity. The UI and the exports work these out with the analysis package.
 */
public record RollUpFacts(int roles, double fte, List<Integer> archetypes, int errors, int warnings, int infos) {

    public RollUpFacts {
        archetypes = List.copyOf(archetypes);
        if (archetypes.size() != Archetype.values().length) {
            throw new IllegalArgumentException("one count per archetype is needed, not " + archetypes.size());
        }
    }

    /** How many roles of the branch are of {@code archetype}. */
    public int archetype(Archetype archetype) {
        return archetypes.get(archetype.ordinal());
    }
}
