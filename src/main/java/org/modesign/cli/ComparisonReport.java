package org.modesign.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.modesign.analysis.Comparison;
import org.modesign.analysis.Delta;

/** The output of {@code compare}: both scenarios' metrics, the differences, the roles only in one. */
final class ComparisonReport {

    private final String fileA;
    private final String fileB;
    private final Comparison comparison;

    ComparisonReport(String fileA, String fileB, Comparison comparison) {
        this.fileA = fileA;
        this.fileB = fileB;
        this.comparison = comparison;
    }

    /** The differing metrics per phase, then the role titles only in A and only in B. */
    String text() {
        StringBuilder sb = new StringBuilder();
        sb.append("A: ").append(comparison.a().name()).append(" (").append(fileA).append('#')
                .append(comparison.a().id()).append(")\n");
        sb.append("B: ").append(comparison.b().name()).append(" (").append(fileB).append('#')
                .append(comparison.b().id()).append(")\n\n");
        if (comparison.delta().isEmpty()) {
            sb.append("No metric differs.\n");
        } else {
            TextTable table = new TextTable("phase  metric", List.of("A", "B", "B - A"));
            for (Delta d : comparison.delta()) {
                table.row(d.phase() + "  " + d.metric(),
                        List.of(Numbers.text(d.a()), Numbers.text(d.b()), difference(d)));
            }
            sb.append(table.render());
        }
        appendTitles(sb, "Roles only in A", comparison.onlyInA());
        appendTitles(sb, "Roles only in B", comparison.onlyInB());
        return sb.toString();
    }

    /** The JSON shape of format.md §5. */
    String json() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("a", side(fileA, comparison.a()));
        root.put("b", side(fileB, comparison.b()));
        List<Object> delta = new ArrayList<>();
        for (Delta d : comparison.delta()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("phase", d.phase());
            m.put("metric", d.metric());
            m.put("a", d.a());
            m.put("b", d.b());
            delta.add(m);
        }
        root.put("delta", delta);
        root.put("onlyInA", comparison.onlyInA());
        root.put("onlyInB", comparison.onlyInB());
        return Json.write(root) + "\n";
    }

    private static Map<String, Object> side(String file, org.modesign.analysis.ScenarioMetrics metrics) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", file);
        m.putAll(MetricsReport.scenarioJson(metrics));
        return m;
    }

    private static String difference(Delta d) {
        Double diff = d.difference();
        return diff == null ? "" : (diff > 0 ? "+" : "") + Numbers.text(diff);
    }

    private static void appendTitles(StringBuilder sb, String heading, List<String> titles) {
        sb.append('\n').append(heading).append(" (").append(titles.size()).append("):");
        if (titles.isEmpty()) {
            sb.append(" none\n");
            return;
        }
        sb.append('\n');
        for (String t : titles) {
            sb.append("  ").append(t).append('\n');
        }
    }
}
