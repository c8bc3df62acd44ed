package org.modesign.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.modesign.analysis.PhaseMetrics;
import org.modesign.analysis.ScenarioMetrics;

/** The output of {@code metrics}: per scenario, every metric per phase, as text or JSON. */
final class MetricsReport {

    private final String file;
    private final List<ScenarioMetrics> scenarios;

    MetricsReport(String file, List<ScenarioMetrics> scenarios) {
        this.file = file;
        this.scenarios = scenarios;
    }

    /**
     * Two tables per scenario, a row per metric (maps spread as {@code name.key}) and a column per
     * phase: the metrics of format.md §4, then those of format-v2.md §5. Each table is aligned on
     * its own, so the lines of the first read as they did before format v2.
     */
    String text() {
        StringBuilder sb = new StringBuilder();
        for (ScenarioMetrics s : scenarios) {
            sb.append(s.name()).append(" (").append(s.id()).append(")\n");
            List<Map<String, Object>> columns = new ArrayList<>();
            List<String> header = new ArrayList<>();
            for (PhaseMetrics p : s.phases()) {
                columns.add(p.flatMetrics());
                header.add(p.phase());
            }
            sb.append(table(header, columns, false)).append('\n');
            sb.append(table(header, columns, true)).append('\n');
        }
        return sb.toString();
    }

    /** The rows of the metrics of format v2 ({@code v2}) or of the others. */
    private static String table(List<String> header, List<Map<String, Object>> columns, boolean v2) {
        TextTable table = new TextTable("metric", header);
        if (!columns.isEmpty()) {
            for (String metric : columns.get(0).keySet()) {
                if (PhaseMetrics.isV2(metric) != v2) {
                    continue;
                }
                List<String> cells = new ArrayList<>();
                for (Map<String, Object> c : columns) {
                    cells.add(Numbers.text(c.get(metric)));
                }
                table.row(metric, cells);
            }
        }
        return table.render();
    }

    /** The JSON shape of format.md §5. */
    String json() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("file", file);
        List<Object> list = new ArrayList<>();
        for (ScenarioMetrics s : scenarios) {
            list.add(scenarioJson(s));
        }
        root.put("scenarios", list);
        return Json.write(root) + "\n";
    }

    static Map<String, Object> scenarioJson(ScenarioMetrics s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("name", s.name());
        List<Object> phases = new ArrayList<>();
        for (PhaseMetrics p : s.phases()) {
            phases.add(p.asMap());
        }
        m.put("phases", phases);
        return m;
    }
}
