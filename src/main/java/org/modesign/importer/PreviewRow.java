package org.modesign.importer;

import java.util.Objects;
import org.modesign.model.Archetype;
import org.modesign.model.Role;

/**
 * How one row of the file becomes a role: the role (placed), the name of its team and region and
 * whether the import makes them, and the title of its manager with the line of the manager's row
 * (0 when the manager is a card of the scenario) and the person in the manager's position ("" for
 * none). Names are null when the row leaves them empty. {@code suggested}: the role's archetype is
 * the one its title suggests, for the user to review.
 */
public record PreviewRow(int line, Role role, String team, boolean newTeam, String region, boolean newRegion,
        String manager, int managerLine, String managerPerson, boolean suggested) {

    public PreviewRow {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(managerPerson, "managerPerson");
    }

    /** The same row with the role placed elsewhere. */
    PreviewRow withRole(Role placed) {
        return new PreviewRow(line, placed, team, newTeam, region, newRegion, manager, managerLine, managerPerson,
                suggested);
    }

    /** The same row with the role of another archetype, which the user chose (so no longer a suggestion). */
    public PreviewRow withArchetype(Archetype archetype) {
        return new PreviewRow(line, role.withArchetype(archetype), team, newTeam, region, newRegion, manager,
                managerLine, managerPerson, false);
    }
}
