package org.modesign.describe;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.modesign.analysis.Finding;
import org.modesign.analysis.RollUp;
import org.modesign.analysis.RollUps;
import org.modesign.analysis.ScenarioIndex;
import org.modesign.analysis.Severity;
import org.modesign.analysis.TeamStrength;
import org.modesign.describe.Description.Part;
import org.modesign.model.Design;
import org.modesign.model.Executive;
import org.modesign.model.Node;
import org.modesign.model.Region;
import org.modesign.model.Role;
import org.modesign.model.Scenario;
import org.modesign.model.Team;
import org.modesign.render.ChartScene;
import org.modesign.render.RollUpFacts;
import org.modesign.render.SceneFolds;

/**
 * What a screen reader says of the chart as it is shown: the selected card ("Marketing operations
 * manager, Maestro, 1 FTE, Global, reports to CMO, 2 reports, 1 warning"), a team with its members
 * and FTE, an executive, a collapsed card with its branch's roll-up, several cards, or none. Every
 * figure is the one the chart shows in the phase shown: a role's FTE and a card's findings from
 * the core's {@link RollUps} (each card its own roll-up, as the outline takes them), a team's
 * members and FTE from {@link TeamStrength} (the chart's team figures), a collapsed card's branch
 * from the roll-up the chart painted on it ({@link SceneFolds}). Built once per design, scenario,
 * phase and findings in O(cards + findings); each sentence then costs O(1) (a collapsed card: O(collapsed cards);
 * nothing selected: O(cards) the first time).
 */
public final class ChartDescriber {

    private final ScenarioIndex index;
    private final ChartScene scene;
    private final int phase;
    private final String phaseName;
    private final RollUps own;
    private final TeamStrength teams;
    /** The roles active in the phase, counted when first asked for; -1 before. */
    private int roles = -1;

    private ChartDescriber(ScenarioIndex index, ChartScene scene, int phase, List<Finding> phaseFindings) {
        this.index = index;
        this.scene = scene;
        this.phase = phase;
        this.phaseName = phase >= 0 ? index.design().phases().get(phase).name() : null;
        this.own = RollUps.of(index, phase, v -> v, phaseFindings);
        this.teams = phase >= 0 ? TeamStrength.of(index, phase) : null;
    }

    /**
     * The describer of {@code scene} (the chart of {@code scenario} of {@code design}, with its folds)
     * in phase {@code phase} (a phase index, or -1 for every phase), counting {@code phaseFindings}.
     */
    public static ChartDescriber of(Design design, Scenario scenario, ChartScene scene, int phase,
            List<Finding> phaseFindings) {
        return new ChartDescriber(ScenarioIndex.of(design, scenario), scene, phase, phaseFindings);
    }

    /** The selection: one card described, several counted, none: the chart and its roles. */
    public Description selection(Collection<String> cards) {
        if (cards.isEmpty()) {
            return nothingSelected();
        }
        if (cards.size() > 1) {
            return new Description(List.of(Description.part(DescribeKey.SELECTED, cards.size())));
        }
        return card(cards.iterator().next());
    }

    /** "Chart, 120 roles, no selection": the roles active in the phase shown. */
    public Description nothingSelected() {
        if (roles < 0) {
            int count = 0;
            for (int v = 0; v < index.size(); v++) {
                if (index.isRole(v) && (phase < 0 || index.isActive(v, phase))) {
                    count++;
                }
            }
            roles = count;
        }
        return new Description(List.of(phase < 0 ? Description.part(DescribeKey.NOTHING, roles)
                : Description.part(DescribeKey.NOTHING_IN_PHASE, roles, phaseName)));
    }

    /** A reporting line from {@code fromId} up to {@code toId}. */
    public Description line(String fromId, String toId, boolean dotted) {
        return new Description(List.of(Description.part(dotted ? DescribeKey.LINE_DOTTED : DescribeKey.LINE_SOLID,
                label(index.indexOf(fromId)), label(index.indexOf(toId)))));
    }

    /** The card of {@code id}: what it is, its figures in the phase, its superior, reports and findings. */
    public Description card(String id) {
        int v = index.indexOf(id);
        if (v < 0) {
            return nothingSelected();
        }
        List<Part> parts = new ArrayList<>();
        Node node = index.node(v);
        RollUp mine = own.of(v);
        if (node instanceof Role role) {
            parts.add(Description.part(DescribeKey.VERBATIM, role.title()));
            parts.add(Description.part(DescribeKey.of(role.archetype())));
            parts.add(Description.part(DescribeKey.FTE, mine.fte()));
            parts.add(region(v));
        } else if (node instanceof Team team) {
            parts.add(Description.part(DescribeKey.TEAM, team.name()));
            parts.add(Description.part(DescribeKey.MEMBERS, members(v)));
            parts.add(Description.part(DescribeKey.FTE, memberFte(v)));
            parts.add(region(v));
        } else if (node instanceof Executive executive) {
            parts.add(Description.part(DescribeKey.VERBATIM, executive.title()));
            parts.add(Description.part(DescribeKey.EXECUTIVE));
        }
        if (phase >= 0 && !index.isActive(v, phase)) {
            parts.add(Description.part(DescribeKey.INACTIVE, phaseName));
        }
        superior(v, parts);
        int reports = reports(v);
        if (reports > 0) {
            parts.add(Description.part(DescribeKey.REPORTS, reports));
        }
        RollUpFacts folded = folded(id);
        if (folded != null) {
            parts.add(Description.part(DescribeKey.FOLDED, folded.roles(), folded.fte()));
            findings(folded.errors(), folded.warnings(), folded.infos(), parts);
        } else {
            findings(mine.findings(Severity.ERROR), mine.findings(Severity.WARNING), mine.findings(Severity.INFO), parts);
        }
        return new Description(parts);
    }

    private Part region(int v) {
        String region = index.region(v);
        if (region == null || Region.GLOBAL.equals(region)) {
            return Description.part(DescribeKey.GLOBAL);
        }
        return Description.part(DescribeKey.VERBATIM,
                index.design().region(region).map(Region::name).orElse(region));
    }

    /** "reports to CMO", or "member of Team X" when the only edge up is the implicit one to its team. */
    private void superior(int v, List<Part> parts) {
        int up = index.firstUp(v);
        if (up < 0) {
            return;
        }
        parts.add(Description.part(index.hasImplicitUpEdge(v) ? DescribeKey.MEMBER_OF : DescribeKey.REPORTS_TO,
                label(up)));
    }

    /** The direct reports active in the phase shown, team members left out (a team counts them as members). */
    private int reports(int v) {
        int count = 0;
        for (int k = 0; k < index.directReportCount(v); k++) {
            int r = index.directReport(v, k);
            if ((phase < 0 || index.isActive(r, phase)) && !(index.isTeam(v) && index.hasImplicitUpEdge(r))) {
                count++;
            }
        }
        return count;
    }

    private int members(int v) {
        return teams != null ? teams.members(v) : scene.members(scene.indexOf(index.id(v)));
    }

    private double memberFte(int v) {
        return teams != null ? teams.fte(v) : scene.memberFte(scene.indexOf(index.id(v)));
    }

    /** The roll-up the chart shows on card {@code id} when it is collapsed, else null. */
    private RollUpFacts folded(String id) {
        SceneFolds folds = scene.folds();
        int s = scene.indexOf(id);
        if (s < 0 || !folds.isCollapsed(s)) {
            return null;
        }
        for (int k = 0; k < folds.count(); k++) {
            if (folds.collapsed(k) == s) {
                return folds.facts(k);
            }
        }
        return null;
    }

    private static void findings(int errors, int warnings, int infos, List<Part> parts) {
        if (errors > 0) {
            parts.add(Description.part(DescribeKey.ERRORS, errors));
        }
        if (warnings > 0) {
            parts.add(Description.part(DescribeKey.WARNINGS, warnings));
        }
        if (infos > 0) {
            parts.add(Description.part(DescribeKey.INFOS, infos));
        }
    }

    /** A card's name as its card shows it: a role's or executive's title, "Team X" for a team. */
    private Part label(int v) {
        if (v < 0) {
            return Description.part(DescribeKey.VERBATIM, "?");
        }
        Node node = index.node(v);
        return node instanceof Team team ? Description.part(DescribeKey.TEAM, team.name())
                : Description.part(DescribeKey.VERBATIM, node.label());
    }
}
