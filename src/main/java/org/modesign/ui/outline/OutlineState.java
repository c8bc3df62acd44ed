package org.modesign.ui.outline;

import java.util.List;
import java.util.Map;
import org.modesign.analysis.Finding;
import org.modesign.model.Design;
import org.modesign.model.Scenario;
import org.modesign.outline.OutlineFigures;
import org.modesign.outline.OutlineFilter;
import org.modesign.outline.OutlineTree;
import org.modesign.ui.analysis.AnalysisResult;

/**
 * What the outline shows at one moment: the design, its scenario's tree, the filter, the figures
 * of the phase shown and the findings badges of the live analysis. Immutable; the pane makes a new
 * one when any of them changes (the tree only when the scenario does).
 */
final class OutlineState {

    private final Design design;
    private final OutlineTree tree;
    private final OutlineFilter filter;
    private final OutlineFigures figures;
    private final Map<String, AnalysisResult.Badge> badges;

    private OutlineState(Design design, OutlineTree tree, OutlineFilter filter, OutlineFigures figures,
            Map<String, AnalysisResult.Badge> badges) {
        this.design = design;
        this.tree = tree;
        this.filter = filter;
        this.figures = figures;
        this.badges = badges;
    }

    /**
     * The state of {@code scenario} of {@code design} in phase {@code phaseId} (null: every phase),
     * with {@code result}'s findings when it is of this scenario; {@code previous} gives the tree
     * again when the scenario has not changed.
     */
    static OutlineState of(Design design, Scenario scenario, String phaseId, AnalysisResult result, String query,
            OutlineState previous) {
        OutlineTree tree = previous != null && previous.tree.scenario() == scenario ? previous.tree
                : OutlineTree.of(scenario);
        int phase = phaseId == null ? -1 : design.phaseIndex(phaseId);
        boolean current = result != null && scenario.id().equals(result.scenario());
        List<Finding> findings = current ? result.forPhase(phaseId).findings() : List.of();
        Map<String, AnalysisResult.Badge> badges = current ? result.forPhase(phaseId).badges() : Map.of();
        OutlineFilter filter = previous != null && previous.tree == tree && previous.filter.query().equals(normal(query))
                ? previous.filter : tree.filter(query);
        return new OutlineState(design, tree, filter, OutlineFigures.of(design, tree, phase, findings), badges);
    }

    /** This state with the filter {@code query}. */
    OutlineState filtered(String query) {
        return new OutlineState(design, tree, tree.filter(query), figures, badges);
    }

    private static String normal(String query) {
        return query == null ? "" : query.strip().toLowerCase(java.util.Locale.ROOT);
    }

    Design design() {
        return design;
    }

    OutlineTree tree() {
        return tree;
    }

    OutlineFilter filter() {
        return filter;
    }

    OutlineFigures figures() {
        return figures;
    }

    /** The findings badge of card {@code v}, or null. */
    AnalysisResult.Badge badge(int v) {
        return badges.get(tree.id(v));
    }

    /** The rows under row {@code row} (its cards, then its second entries) that the filter leaves. */
    List<OutlineRow> rowsUnder(OutlineRow row) {
        if (row.second()) {
            return List.of();
        }
        int v = row.card();
        java.util.ArrayList<OutlineRow> rows = new java.util.ArrayList<>(tree.childCount(v));
        for (int k = 0; k < tree.childCount(v); k++) {
            int c = tree.child(v, k);
            if (filter.shows(c)) {
                rows.add(new OutlineRow(c, false));
            }
        }
        for (int c : tree.secondEntries(v)) {
            if (filter.isEmpty() || filter.matches(c)) {
                rows.add(new OutlineRow(c, true));
            }
        }
        return rows;
    }

    /** Whether row {@code row} has rows under it. */
    boolean hasRowsUnder(OutlineRow row) {
        if (row.second()) {
            return false;
        }
        if (filter.isEmpty()) {
            return tree.childCount(row.card()) > 0 || tree.secondEntries(row.card()).length > 0;
        }
        return !rowsUnder(row).isEmpty();
    }

    /** The top rows the filter leaves. */
    List<OutlineRow> topRows() {
        java.util.ArrayList<OutlineRow> rows = new java.util.ArrayList<>();
        for (int v : tree.roots()) {
            if (filter.shows(v)) {
                rows.add(new OutlineRow(v, false));
            }
        }
        return rows;
    }
}
