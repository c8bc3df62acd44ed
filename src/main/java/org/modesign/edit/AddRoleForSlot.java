package org.modesign.edit;

import java.util.List;
import java.util.Objects;
import org.modesign.analysis.Finding;
import org.modesign.analysis.Rule;
import org.modesign.analysis.Validator;
import org.modesign.layout.FreeSpot;
import org.modesign.layout.Point;
import org.modesign.layout.Spacing;
import org.modesign.model.Capability;
import org.modesign.model.Design;
import org.modesign.model.Executive;
import org.modesign.model.Line;
import org.modesign.model.LineStyle;
import org.modesign.model.Node;
import org.modesign.model.Office;
import org.modesign.model.Raci;
import org.modesign.model.Region;
import org.modesign.model.Responsibility;
import org.modesign.model.Role;
import org.modesign.model.Scenario;
import org.modesign.model.Sourcing;
import org.modesign.model.Team;

/**
 * The quick fix for an {@code unstaffed-capability} finding: adds, as one step, a role that staffs
 * the slot. {@link #of} decides what the role is like:
 * <ul>
 * <li>titled "Owner: " and the capability's name (and the region's name for a regional slot), of
 * the capability's default archetype, one FTE in-house, accountable ({@code A}) for it;</li>
 * <li>active from the finding's phase through the phases right after it in which the same slot is
 * unstaffed too (until the end when that run reaches the last phase), so that one fix clears the
 * whole run without overlapping a later owner;</li>
 * <li>for a regional slot, a member of the first team of that region active then (it takes the
 * team's region), placed under the team; otherwise in the slot's region (none for a global slot),
 * reporting by a solid line to the CMO (else the CEO), placed under it;</li>
 * <li>on the first free spot there, clear of every other card.</li>
 * </ul>
 * {@code line} is the new role's solid line to the CMO or CEO, or null (a team member, or a
 * scenario without either); {@code capabilityName} names the step ("Add a role for ...").
 */
public record AddRoleForSlot(String scenario, Role role, Line line, String capabilityName)
        implements ScenarioCommand {

    private static final Spacing SPACING = Spacing.CARDS;

    public AddRoleForSlot {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(capabilityName, "capabilityName");
    }

    /**
     * The fix for slot ({@code capabilityId}, {@code regionId}) of scenario {@code scenarioId} in
     * phase {@code phaseId}, as a finding names them: {@code regionId} is {@code global} (or null)
     * for a global slot, {@code phaseId} may be null (then the first phase in which the slot is
     * unstaffed, or every phase when it never is). Validates the scenario once, O(design).
     *
     * @throws EditRejected when the scenario, capability, region or phase does not exist
     */
    public static AddRoleForSlot of(Design design, String scenarioId, String capabilityId, String regionId,
            String phaseId) {
        Scenario scenario = design.scenarios().get(Scenarios.indexOf(design, scenarioId));
        Capability capability = design.capabilities().get(Catalogue.capabilityIndex(design, capabilityId));
        String slotRegion = regionId == null ? Region.GLOBAL : regionId;
        Rules.region(design, slotRegion);
        Rules.phases(design, phaseId, null);
        String region = Region.GLOBAL.equals(slotRegion) ? null : slotRegion;
        String[] phases = phaseRange(design, scenario, capabilityId, slotRegion, phaseId);
        Team team = region == null ? null : teamOf(design, scenario, region, phases[0]);
        Node superior = team != null ? team : superior(scenario);
        String title = "Owner: " + capability.name()
                + (region == null ? "" : " (" + design.region(region).orElseThrow().name() + ")");
        Point at = place(scenario, superior);
        Role role = new Role(NodeIds.fresh(scenario, title), title, capability.archetype(),
                team == null ? null : team.id(), team == null ? region : null, Role.DEFAULT_FTE, Sourcing.IN_HOUSE,
                phases[0], phases[1], List.of(new Responsibility(capabilityId, Raci.A)), at.x(), at.y());
        Line line = team != null || superior == null ? null : new Line(role.id(), superior.id(), LineStyle.SOLID);
        return new AddRoleForSlot(scenarioId, role, line, capability.name());
    }

    /** The id of the role this fix adds. */
    public String roleId() {
        return role.id();
    }

    @Override
    public EditText text() {
        return EditText.of(EditKey.ADD_ROLE_FOR, capabilityName);
    }

    @Override
    public Scenario applyTo(Design design, Scenario target) {
        List<Line> lines = line == null ? List.of() : List.of(line);
        return new AddNodes(scenario, List.of(role), lines, text()).applyTo(design, target);
    }

    /**
     * {from, to}: the phase to start in (the given one, else the first in which the slot is
     * unstaffed) and the last of the unstaffed phases right after it (null when that is the last
     * phase); {null, null} when no phase is given and the slot is never unstaffed.
     */
    private static String[] phaseRange(Design design, Scenario scenario, String capability, String slotRegion,
            String phaseId) {
        boolean[] unstaffed = new boolean[design.phases().size()];
        for (Finding finding : Validator.validate(design, scenario)) {
            if (finding.rule() == Rule.UNSTAFFED_CAPABILITY && capability.equals(finding.capability())
                    && slotRegion.equals(finding.region())) {
                unstaffed[design.phaseIndex(finding.phase())] = true;
            }
        }
        int start = phaseId != null ? design.phaseIndex(phaseId) : firstSet(unstaffed);
        if (start < 0) {
            return new String[] {null, null};
        }
        int end = start;
        while (end + 1 < unstaffed.length && unstaffed[end + 1]) {
            end++;
        }
        String last = end == unstaffed.length - 1 ? null : design.phases().get(end).id();
        return new String[] {design.phases().get(start).id(), last};
    }

    private static int firstSet(boolean[] flags) {
        for (int i = 0; i < flags.length; i++) {
            if (flags[i]) {
                return i;
            }
        }
        return -1;
    }

    /** The first team of {@code region} active in phase {@code from} (the first phase when null), or null. */
    private static Team teamOf(Design design, Scenario scenario, String region, String from) {
        int phase = from == null ? 0 : design.phaseIndex(from);
        for (Node node : scenario.nodes()) {
            if (node instanceof Team team && region.equals(team.region())
                    && (team.from() == null || design.phaseIndex(team.from()) <= phase)
                    && (team.to() == null || design.phaseIndex(team.to()) >= phase)) {
                return team;
            }
        }
        return null;
    }

    /** The first CMO executive of the scenario, else the first CEO, else null. */
    private static Executive superior(Scenario scenario) {
        Executive ceo = null;
        for (Node node : scenario.nodes()) {
            if (node instanceof Executive executive) {
                if (executive.office() == Office.CMO) {
                    return executive;
                }
                ceo = ceo == null && executive.office() == Office.CEO ? executive : ceo;
            }
        }
        return ceo;
    }

    /** A free spot under {@code superior} (a team's members sit indented under it), or near the origin. */
    private static Point place(Scenario scenario, Node superior) {
        if (superior == null) {
            return FreeSpot.near(scenario, 0, 0, SPACING);
        }
        double indent = superior instanceof Team ? SPACING.stackIndent() : 0;
        double gap = superior instanceof Team ? SPACING.stackGap() : SPACING.verticalGap();
        return FreeSpot.near(scenario, superior.x() + indent, superior.y() + SPACING.cardHeight() + gap, SPACING);
    }
}
