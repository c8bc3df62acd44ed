package org.modesign.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.modesign.analysis.Finding;
import org.modesign.analysis.Severity;
import org.modesign.model.Design;

/** The output of {@code validate}: findings and their counts, as text or JSON. */
final class FindingsReport {

    private final String file;
    private final Design design;
    private final List<Finding> findings;
    private final int[] counts = new int[Severity.values().length];

    FindingsReport(String file, Design design, List<Finding> findings) {
        this.file = file;
        this.design = design;
        this.findings = findings;
        for (Finding f : findings) {
            counts[f.severity().ordinal()]++;
        }
    }

    int errors() {
        return counts[Severity.ERROR.ordinal()];
    }

    /** One line per finding, then a summary line. */
    String text() {
        StringBuilder sb = new StringBuilder();
        sb.append(file).append(": ").append(design.title()).append('\n');
        int where = 0;
        for (Finding f : findings) {
            where = Math.max(where, where(f).length());
        }
        for (Finding f : findings) {
            String w = where(f);
            sb.append(String.format("%-7s  %-26s  ", f.severity().code(), f.rule().code()))
                    .append(w).append(" ".repeat(where - w.length())).append("  ").append(f.message()).append('\n');
        }
        sb.append(plural(counts[0], "error")).append(", ")
                .append(plural(counts[1], "warning")).append(", ")
                .append(plural(counts[2], "info")).append('\n');
        return sb.toString();
    }

    /** The JSON shape of format.md §5, each finding with the fields of format-v2.md §4 last ({@code tool}, {@code tools}). */
    String json() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("file", file);
        List<Object> list = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("rule", f.rule().code());
            m.put("severity", f.severity().code());
            m.put("scenario", f.scenario());
            m.put("phase", f.phase());
            m.put("capability", f.capability());
            m.put("region", f.region());
            m.put("nodes", f.nodes());
            m.put("message", f.message());
            m.put("tool", f.tool());
            m.put("tools", f.tools());
            list.add(m);
        }
        root.put("findings", list);
        Map<String, Object> c = new LinkedHashMap<>();
        for (Severity s : Severity.values()) {
            c.put(s.code(), counts[s.ordinal()]);
        }
        root.put("counts", c);
        return Json.write(root) + "\n";
    }

    /**
     * "scenario/phase", or "scenario" for a finding not tied to a phase, or "charter" for one about
     * the whole file (not-ready, from the charter's readiness tests).
     */
    private static String where(Finding f) {
        if (f.scenario() == null) {
            return "charter";
        }
        return f.phase() == null ? f.scenario() : f.scenario() + "/" + f.phase();
    }

    private static String plural(int n, String word) {
        return n + " " + (n == 1 || word.equals("info") ? word : word + "s");
    }
}
