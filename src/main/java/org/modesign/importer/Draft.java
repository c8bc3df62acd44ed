package org.modesign.importer;

import org.modesign.model.Archetype;
import org.modesign.model.Node;
import org.modesign.model.Sourcing;
import org.modesign.model.Staffing;

/**
 * One row on its way to becoming a role: what {@link RowParser} read from it, then its id and its
 * manager as the later steps resolve them. Mutable while one import runs; never leaves the package.
 */
final class Draft {

    final int line;
    /** The id the row gives, or "" when it gives none. */
    final String givenId;
    final String title;
    /** The team, region and manager as the row writes them; "" when empty. */
    String team;
    final String region;
    final String manager;

    Archetype archetype = Archetype.MARKETER;
    /** True when the archetype is the one the title suggests. */
    boolean suggested;
    double fte = 1;
    Sourcing sourcing = Sourcing.IN_HOUSE;
    Staffing staffing = Staffing.FILLED;
    /** Yearly cost of one FTE, or null for the archetype's cost per FTE. */
    Double cost;
    /** Phase ids, or null for the first and last phase. */
    String from;
    String to;

    /** The person in the position, the person's employee id and the manager's id; "" when empty. */
    String person = "";
    String employeeId = "";
    String managerId = "";
    /** The location as the row writes it ("" when empty), for a region when the row names none. */
    String location = "";

    /** The id of the role; given or made. */
    String id;
    /** True once a problem keeps the row out. */
    boolean rejected;

    /** The manager, once found: a row of the file, a card of the scenario, or a team the import makes. */
    Draft managerRow;
    Node managerCard;
    String managerTeam;
    /** True when the row reports to no one in the file and hangs under the card chosen for that. */
    boolean root;

    Draft(int line, String givenId, String title, String team, String region, String manager) {
        this.line = line;
        this.givenId = givenId;
        this.title = title;
        this.team = team;
        this.region = region;
        this.manager = manager;
    }
}
