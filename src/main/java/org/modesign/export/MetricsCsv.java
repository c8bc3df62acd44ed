package org.modesign.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.modesign.analysis.Metrics;
import org.modesign.analysis.PhaseMetrics;
import org.modesign.model.Design;
import org.modesign.model.Phase;
import org.modesign.model.Scenario;

/**
 * The metrics of format.md §4 for one scenario: a row per phase (only the given one at a phase),
 * a column per metric, maps spread out as {@code fteByArchetype.maker} (see
 * {@link PhaseMetrics#flatMetrics()}).
 */
final class MetricsCsv {

    private MetricsCsv() {
    }

    static CsvWriter table(Design design, Scenario scenario, Phase phase) {
        List<PhaseMetrics> phases = Metrics.of(design, scenario).phases();
        List<String> header = new ArrayList<>(List.of("phase"));
        header.addAll(phases.get(0).flatMetrics().keySet());
        CsvWriter table = new CsvWriter(header);
        for (PhaseMetrics metrics : phases) {
            if (phase == null || phase.id().equals(metrics.phase())) {
                List<String> row = new ArrayList<>(header.size());
                row.add(metrics.phase());
                for (Map.Entry<String, Object> value : metrics.flatMetrics().entrySet()) {
                    row.add(Decimals.text(value.getValue()));
                }
                table.row(row);
            }
        }
        return table;
    }
}
