package org.modesign.render;

import java.util.Locale;
import org.modesign.model.Archetype;
import org.modesign.model.LineStyle;
import org.modesign.model.Office;
import org.modesign.model.Sourcing;
import org.modesign.model.Staffing;
import org.modesign.model.TeamKind;

/**
 * Every word the painters draw that is not the user's own text (titles, names and region names
 * are drawn as they are). The UI backs it with its resource bundle:
 * {@code new KeyedChartLabels(bundle::getString, locale)}; {@link #ENGLISH} is the default.
 */
public interface ChartLabels {

    /** English words, numbers written the English way. */
    ChartLabels ENGLISH = new KeyedChartLabels(KeyedChartLabels.ENGLISH_TEXTS::get, Locale.ENGLISH);

    /** "Maestro", "Leader", ... */
    String archetype(Archetype archetype);

    /** "In-house", "Agency", ...: the tag on a role card that is not in house, and the legend. */
    String sourcing(Sourcing sourcing);

    /** "CEO", "CMO", "IT", ...: the second line of an executive's card. */
    String office(Office office);

    /** A number of full-time equivalents, e.g. "1.5 FTE". */
    String fte(double fte);

    /** The name of the implicit region that covers every region, e.g. "Global". */
    String globalRegion();

    /** The legend's words for a reporting line of this style. */
    String lineStyle(LineStyle style);

    /** The legend's words for the connector from a role to its team. */
    String teamMember();

    /** The legend's heading over the archetype colours. */
    String legendArchetypes();

    /** The legend's heading over the sourcing borders. */
    String legendSourcing();

    /** The legend's heading over the line styles. */
    String legendLines();

    /** "Open", "Planned": the tag on a role card whose position is vacant, and the legend. */
    String staffing(Staffing staffing);

    /** "Committee", "Squad", ...: the kind of a team on its card when it is not a department. */
    String teamKind(TeamKind kind);

    /** How many cards a team card counts, e.g. "1 member", "5 members". */
    String members(int count);

    /** How many roles a roll-up card counts, e.g. "1 role", "120 roles". */
    String roles(int count);

    /** How many tools of the stack a card owns, e.g. "1 tool", "3 tools". */
    String tools(int count);

    /** What follows the members a committee's card lists when more serve than fit, e.g. "+3 more". */
    String more(int count);

    /** The legend's heading over the staffing marks. */
    String legendStaffing();
}
