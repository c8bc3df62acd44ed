package org.modesign.ui.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.modesign.analysis.Finding;
import org.modesign.analysis.Headcount;
import org.modesign.analysis.ScenarioIndex;
import org.modesign.analysis.Severity;
import org.modesign.model.Design;

/**
 * The validator's findings and the headcount (roles, FTE) of one scenario of one design version,
 * and what the views show of them for one phase or for all phases at once (see {@link #forPhase}).
 * The other metrics are not worked out after every edit: no view that follows edits shows them.
 */
public final class AnalysisResult {

    /** What a card's badge shows. */
    public record Badge(Severity worst, int count) {
    }

    /**
     * The findings of one phase (those tied to it and those tied to no phase) or of all phases
     * ({@code phase == null}), their counts by severity, the badges by node id, and that phase's
     * headcount (for all phases: that of the last phase, the target state).
     */
    public record PhaseView(String phase, List<Finding> findings, Map<String, Badge> badges, int errors,
            int warnings, int infos, Headcount headcount) {
    }

    /** The key for "all phases" in the cache (a phase id cannot be empty). */
    private static final String ALL = "";

    private final Design design;
    private final String scenario;
    private final List<Finding> findings;
    private final List<Headcount> headcounts;
    private final Map<String, PhaseView> views = new ConcurrentHashMap<>();
    /** The index the findings were worked out on (of {@link #design}, or of a version that differs only in positions). */
    private final ScenarioIndex index;

    private AnalysisResult(Design design, String scenario, List<Finding> findings, List<Headcount> headcounts,
            ScenarioIndex index) {
        this.design = design;
        this.scenario = scenario;
        this.findings = List.copyOf(findings);
        this.headcounts = List.copyOf(headcounts);
        this.index = index;
    }

    static AnalysisResult of(Design design, String scenario, List<Finding> findings, List<Headcount> headcounts,
            ScenarioIndex index) {
        AnalysisResult result = new AnalysisResult(design, scenario, findings, headcounts, index);
        result.forPhase(null);
        return result;
    }

    /** The same findings and headcount for {@code other}, a version that differs only in positions. */
    AnalysisResult forDesign(Design other) {
        AnalysisResult copy = new AnalysisResult(other, scenario, findings, headcounts, index);
        copy.views.putAll(views);
        return copy;
    }

    /** The scenario's index the findings were worked out on, for more of the analysis ({@link PlanFigures}). */
    ScenarioIndex index() {
        return index;
    }

    /** The design version analysed. */
    public Design design() {
        return design;
    }

    /** The id of the scenario analysed. */
    public String scenario() {
        return scenario;
    }

    /** Every finding of the scenario, in the validator's order. */
    public List<Finding> findings() {
        return findings;
    }

    /** What the views show for phase {@code phaseId}, or for all phases when it is null; cached. */
    public PhaseView forPhase(String phaseId) {
        return views.computeIfAbsent(phaseId == null ? ALL : phaseId, key -> view(phaseId));
    }

    /** Counts of all phases (what the status bar shows when no phase is chosen). */
    public int errors() {
        return forPhase(null).errors();
    }

    public int warnings() {
        return forPhase(null).warnings();
    }

    public int infos() {
        return forPhase(null).infos();
    }

    private PhaseView view(String phaseId) {
        List<Finding> shown = new ArrayList<>();
        // Per node: {most severe ordinal, count}, tallied in place (findings can name thousands of nodes).
        Map<String, int[]> tally = new HashMap<>();
        int[] counts = new int[Severity.values().length];
        for (Finding f : findings) {
            if (phaseId != null && f.phase() != null && !f.phase().equals(phaseId)) {
                continue;
            }
            shown.add(f);
            int severity = f.severity().ordinal();
            counts[severity]++;
            for (String node : f.nodes()) {
                int[] t = tally.get(node);
                if (t == null) {
                    tally.put(node, new int[] {severity, 1});
                } else {
                    t[0] = Math.min(t[0], severity);
                    t[1]++;
                }
            }
        }
        Severity[] severities = Severity.values();
        Map<String, Badge> badges = new HashMap<>(tally.size() * 2);
        tally.forEach((node, t) -> badges.put(node, new Badge(severities[t[0]], t[1])));
        return new PhaseView(phaseId, List.copyOf(shown), java.util.Collections.unmodifiableMap(badges), counts[Severity.ERROR.ordinal()],
                counts[Severity.WARNING.ordinal()], counts[Severity.INFO.ordinal()], headcount(phaseId));
    }

    private Headcount headcount(String phaseId) {
        for (Headcount h : headcounts) {
            if (Objects.equals(h.phase(), phaseId)) {
                return h;
            }
        }
        return headcounts.isEmpty() ? new Headcount("", 0, 0) : headcounts.get(headcounts.size() - 1);
    }
}
