package org.modesign.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.modesign.merge.Change;
import org.modesign.merge.DesignDiff;
import org.modesign.merge.Values;
import org.modesign.model.Design;
import org.modesign.model.Line;
import org.modesign.model.StackEntry;

/** The changes of {@code modesign diff} as text, JSON or Markdown. */
final class DiffReport {

    private final String fileA;
    private final String fileB;
    private final DesignDiff diff;
    /** The scenarios' names by id: B's, and A's for those only A has. */
    private final Map<String, String> scenarioNames = new LinkedHashMap<>();

    DiffReport(String fileA, Design a, String fileB, Design b, DesignDiff diff) {
        this.fileA = fileA;
        this.fileB = fileB;
        this.diff = diff;
        a.scenarios().forEach(s -> scenarioNames.put(s.id(), s.name()));
        b.scenarios().forEach(s -> scenarioNames.put(s.id(), s.name()));
    }

    private String scenario(String id) {
        String name = scenarioNames.get(id);
        return "Scenario " + id + (name == null ? "" : " " + Values.quote(name));
    }

    /** The changes grouped by scenario (null: outside every scenario, first), in the order of the file. */
    private Map<String, List<Change>> byScenario() {
        Map<String, List<Change>> groups = new LinkedHashMap<>();
        groups.put(null, new ArrayList<>());
        for (Change c : diff.changes()) {
            String scenario = "scenario".equals(c.kind()) && c.field() == null ? null : c.scenario();
            groups.computeIfAbsent(scenario, s -> new ArrayList<>()).add(c);
        }
        for (String scenario : diff.moves().keySet()) {
            groups.computeIfAbsent(scenario, s -> new ArrayList<>());
        }
        return groups;
    }

    String text() {
        if (diff.isEmpty()) {
            return "No changes from " + fileA + " to " + fileB + ".\n";
        }
        StringBuilder sb = new StringBuilder("Changes from ").append(fileA).append(" to ").append(fileB).append(":\n");
        byScenario().forEach((scenario, changes) -> {
            String indent = "  ";
            if (scenario != null) {
                sb.append(scenario(scenario)).append(":\n");
            }
            for (String line : lines(changes)) {
                sb.append(indent).append(line).append('\n');
            }
            Integer moved = diff.moves().get(scenario);
            if (moved != null) {
                sb.append(indent).append(moved == 1 ? "1 node moved" : moved + " nodes moved").append(" (x/y only)\n");
            }
        });
        sb.append(count(diff.changes().size(), "change"));
        if (diff.moved() > 0) {
            sb.append(", ").append(count(diff.moved(), "node")).append(" moved");
        }
        sb.append(".\n");
        return sb.toString();
    }

    /** One line per element: {@code + role r9 "Web developer"}, {@code ~ role r1 "Ops lead": title ...; fte ...}. */
    private static List<String> lines(List<Change> changes) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < changes.size(); i++) {
            Change c = changes.get(i);
            switch (c.op()) {
                case ADDED -> lines.add("+ " + thing(c, c.after()));
                case REMOVED -> lines.add("- " + thing(c, c.before()));
                case REORDERED -> lines.add("~ " + element(c) + ": order of " + c.field() + " " + Values.text(c.before())
                        + " -> " + Values.text(c.after()));
                case CHANGED -> {
                    StringBuilder line = new StringBuilder("~ ").append(element(c)).append(": ").append(field(c));
                    while (i + 1 < changes.size() && sameElement(c, changes.get(i + 1))) {
                        line.append("; ").append(field(changes.get(++i)));
                    }
                    lines.add(line.toString());
                }
                default -> throw new IllegalStateException();
            }
        }
        return lines;
    }

    private static boolean sameElement(Change c, Change next) {
        return next.op() == Change.Op.CHANGED && Objects.equals(c.kind(), next.kind()) && Objects.equals(c.id(), next.id())
                && Objects.equals(c.scenario(), next.scenario());
    }

    private static String element(Change c) {
        if (c.id() == null) {
            return c.kind();
        }
        return c.kind() + " " + c.id() + (c.label() == null ? "" : " " + Values.quote(c.label()));
    }

    /** An element added or removed: {@code role r9 "Web developer"}, {@code line r9 -> r1 (dotted)}. */
    private static String thing(Change c, Object value) {
        if (value instanceof Line line) {
            return element(c) + " (" + line.style().code() + ")";
        }
        if (value instanceof StackEntry entry && entry.owner() != null) {
            return element(c) + " owned by " + entry.owner();
        }
        return element(c);
    }

    private static String field(Change c) {
        return c.field() + " " + Values.text(c.before()) + " -> " + Values.text(c.after());
    }

    private static String count(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    String json() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("a", fileA);
        root.put("b", fileB);
        root.put("same", diff.isEmpty());
        List<Object> changes = new ArrayList<>();
        for (Change c : diff.changes()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("change", c.op().name().toLowerCase(java.util.Locale.ROOT));
            m.put("path", c.path());
            m.put("scenario", c.scenario());
            m.put("kind", c.kind());
            m.put("id", c.id());
            m.put("label", c.label());
            m.put("field", c.field());
            m.put("before", Values.plain(c.before()));
            m.put("after", Values.plain(c.after()));
            changes.add(m);
        }
        root.put("changes", changes);
        root.put("moved", new LinkedHashMap<>(diff.moves()));
        return Json.write(root) + "\n";
    }

    String markdown() {
        StringBuilder sb = new StringBuilder("# Changes from `").append(fileA).append("` to `").append(fileB)
                .append("`\n\n");
        if (diff.isEmpty()) {
            return sb.append("No changes.\n").toString();
        }
        byScenario().forEach((scenario, changes) -> {
            sb.append(scenario == null ? "## Design\n\n" : "## " + scenario(scenario) + "\n\n");
            if (!changes.isEmpty()) {
                sb.append("| Change | What | Field | Before | After |\n|---|---|---|---|---|\n");
                for (Change c : changes) {
                    sb.append("| ").append(c.op().name().toLowerCase(java.util.Locale.ROOT)).append(" | ")
                            .append(cell(element(c))).append(" | ").append(cell(c.field() == null ? "" : c.field()))
                            .append(" | ").append(cell(c.before() == null ? "" : Values.text(c.before())))
                            .append(" | ").append(cell(c.after() == null ? "" : Values.text(c.after()))).append(" |\n");
                }
                sb.append('\n');
            }
            Integer moved = diff.moves().get(scenario);
            if (moved != null) {
                sb.append(count(moved, "node")).append(" moved (x/y only).\n\n");
            }
        });
        return sb.toString();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|");
    }
}
