package org.modesign.ui.outline;

import java.util.ArrayList;
import java.util.List;
import org.modesign.analysis.Severity;
import org.modesign.model.Design;
import org.modesign.model.Executive;
import org.modesign.model.Node;
import org.modesign.model.Region;
import org.modesign.model.Role;
import org.modesign.model.Team;
import org.modesign.outline.OutlineFigures;
import org.modesign.outline.OutlineTree;
import org.modesign.ui.analysis.AnalysisResult;
import org.modesign.ui.form.FteText;
import org.modesign.ui.form.Names;
import org.modesign.ui.i18n.I18n;

/**
 * The words of an outline row: its title, its kind (archetype, office or team kind), FTE and
 * region, the card it reports to, what its branch holds and its findings. The row shows them and
 * a screen reader reads them all.
 */
final class OutlineWords {

    private OutlineWords() {
    }

    /** What the row's card is: a role's archetype, an executive's office, a team's kind. */
    static String kind(Node node) {
        if (node instanceof Role role) {
            return Names.of(role.archetype());
        }
        if (node instanceof Executive executive) {
            return Names.of(executive.office());
        }
        Team team = (Team) node;
        return team.kind() == null ? I18n.tr("outline.team") : Names.of(team.kind());
    }

    /** The second line of a row: kind, FTE, region, branch, and "not in this phase" for a ghost. */
    static String details(OutlineState state, int v) {
        List<String> parts = facts(state, v);
        OutlineTree tree = state.tree();
        OutlineFigures figures = state.figures();
        if (tree.childCount(v) > 0) {
            parts.add(branch(figures, v));
        }
        if (!figures.active(v)) {
            parts.add(I18n.tr("outline.inactive"));
        }
        return String.join(" · ", parts);
    }

    private static List<String> facts(OutlineState state, int v) {
        Node node = state.tree().node(v);
        List<String> parts = new ArrayList<>(6);
        String kind = kind(node);
        if (!kind.equals(node.label())) {
            parts.add(kind);
        }
        if (node instanceof Role) {
            parts.add(I18n.tr("outline.fte", FteText.format(state.figures().fte(v))));
        }
        String region = region(state, node);
        if (region != null) {
            parts.add(region);
        }
        return parts;
    }

    private static String branch(OutlineFigures figures, int v) {
        return I18n.tr("outline.branch", figures.branchRoles(v), FteText.format(figures.branchFte(v)));
    }

    /** The region a role or team is in (its own, a role's team's, else global); null for an executive. */
    private static String region(OutlineState state, Node node) {
        String id = null;
        if (node instanceof Role role) {
            id = role.region();
            if (id == null && role.team() != null) {
                int t = state.tree().indexOf(role.team());
                id = t >= 0 && state.tree().node(t) instanceof Team team ? team.region() : null;
            }
        } else if (node instanceof Team team) {
            id = team.region();
        } else {
            return null;
        }
        return id == null || Region.GLOBAL.equals(id) ? I18n.tr("region.global") : name(state.design(), id);
    }

    private static String name(Design design, String regionId) {
        for (Region region : design.regions()) {
            if (region.id().equals(regionId)) {
                return region.name();
            }
        }
        return regionId;
    }

    /** The badge's words, e.g. "2 findings, worst: warning"; null without findings. */
    static String findings(AnalysisResult.Badge badge) {
        if (badge == null || badge.count() == 0) {
            return null;
        }
        return I18n.tr("outline.findings", badge.count(), I18n.tr("outline.severity." + badge.worst().code()));
    }

    /**
     * Everything a screen reader says of the row, e.g. "Marketing operations manager, Maestro, 1 FTE,
     * Global, reports to CMO, 2 roles below with 2 FTE, 1 finding (worst: warning)".
     */
    static String spoken(OutlineState state, OutlineRow row) {
        int v = row.card();
        OutlineTree tree = state.tree();
        List<String> parts = new ArrayList<>();
        parts.add(tree.node(v).label());
        parts.addAll(facts(state, v));
        if (tree.parent(v) >= 0) {
            parts.add(I18n.tr("outline.reportsTo", tree.node(tree.parent(v)).label()));
        }
        if (!row.second() && tree.childCount(v) > 0) {
            parts.add(branch(state.figures(), v));
        }
        String findings = findings(state.badge(v));
        if (findings != null) {
            parts.add(findings);
        }
        if (!state.figures().active(v)) {
            parts.add(I18n.tr("outline.inactive"));
        }
        if (row.second()) {
            parts.add(I18n.tr("outline.secondEntry"));
        }
        return String.join(", ", parts);
    }

    /** The severity's style class of the badge. */
    static String severityClass(Severity severity) {
        return "outline-badge-" + severity.code();
    }
}
