package org.modesign.ui.analysis;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.modesign.analysis.Finding;
import org.modesign.analysis.ScenarioMetrics;
import org.modesign.analysis.Severity;
import org.modesign.model.Design;

/**
 * The validator's findings and the metrics of one scenario of one design version, with the
 * per-card badges the canvas shows (the worst severity and the number of findings naming a card).
 */
public record AnalysisResult(Design design, String scenario, List<Finding> findings, ScenarioMetrics metrics,
        Map<String, Badge> badges, int errors, int warnings, int infos) {

    /** What a card's badge shows. */
    public record Badge(Severity worst, int count) {
    }

    static AnalysisResult of(Design design, String scenario, List<Finding> findings, ScenarioMetrics metrics) {
        Map<String, Badge> badges = new HashMap<>();
        int[] counts = new int[Severity.values().length];
        for (Finding f : findings) {
            counts[f.severity().ordinal()]++;
            for (String node : f.nodes()) {
                badges.merge(node, new Badge(f.severity(), 1), (a, b) -> new Badge(
                        a.worst().ordinal() <= b.worst().ordinal() ? a.worst() : b.worst(), a.count() + b.count()));
            }
        }
        return new AnalysisResult(design, scenario, List.copyOf(findings), metrics, Map.copyOf(badges),
                counts[Severity.ERROR.ordinal()], counts[Severity.WARNING.ordinal()], counts[Severity.INFO.ordinal()]);
    }
}
