package org.modesign.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.modesign.model.Design;
import org.modesign.model.Node;
import org.modesign.model.Scenario;
import org.modesign.plan.PhaseStep;
import org.modesign.plan.ScenarioPlan;

/** The output of {@code plan} as text (a page a person reads) or JSON (the shape of format-v2.md §6). */
final class PlanReport {

    private final String file;
    private final Design design;
    private final List<ScenarioPlan> plans;

    PlanReport(String file, Design design, List<ScenarioPlan> plans) {
        this.file = file;
        this.design = design;
        this.plans = plans;
    }

    String json() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("file", file);
        List<Object> scenarios = new ArrayList<>();
        for (ScenarioPlan plan : plans) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("id", plan.id());
            s.put("name", plan.name());
            List<Object> phases = new ArrayList<>();
            for (PhaseStep step : plan.phases()) {
                phases.add(json(step));
            }
            s.put("phases", phases);
            scenarios.add(s);
        }
        root.put("scenarios", scenarios);
        return Json.write(root) + "\n";
    }

    private static Map<String, Object> json(PhaseStep step) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("phase", step.phase());
        m.put("goal", step.goal());
        m.put("objectives", step.objectives());
        m.put("rolesAdded", step.rolesAdded());
        m.put("rolesEnded", step.rolesEnded());
        m.put("fteChanged", map(step.fteChanged(), f -> ordered("role", f.role(), "from", f.from(), "to", f.to())));
        m.put("hires", step.hires());
        m.put("accountableChanged", map(step.accountableChanged(), a -> ordered("capability", a.capability(),
                "region", a.region(), "from", a.from(), "to", a.to())));
        m.put("toolsAdded", map(step.toolsAdded(), d -> ordered("tool", d.tool(), "region", d.region())));
        m.put("toolsRetired", map(step.toolsRetired(), d -> ordered("tool", d.tool(), "region", d.region())));
        m.put("findingsNew", step.findingsNew());
        m.put("findingsResolved", step.findingsResolved());
        return m;
    }

    /** Per scenario and phase, what changes, naming roles by title and tools by name. */
    String text() {
        StringBuilder sb = new StringBuilder();
        sb.append(file).append(": ").append(design.title()).append('\n');
        for (ScenarioPlan plan : plans) {
            Scenario scenario = design.scenario(plan.id()).orElseThrow();
            Map<String, Node> nodes = scenario.nodesById();
            sb.append('\n').append("Scenario ").append(plan.id()).append(" \"").append(plan.name()).append("\"\n");
            for (PhaseStep step : plan.phases()) {
                sb.append("  Phase ").append(step.phase()).append(" \"")
                        .append(design.phase(step.phase()).orElseThrow().name()).append('"');
                if (!step.goal().isEmpty()) {
                    sb.append(": ").append(step.goal());
                }
                sb.append('\n');
                line(sb, "objectives", step.objectives(), id -> id);
                line(sb, "roles added", step.rolesAdded(), id -> named(nodes, id));
                line(sb, "roles ended", step.rolesEnded(), id -> named(nodes, id));
                line(sb, "FTE changed", step.fteChanged(), f -> named(nodes, f.role()) + " " + Numbers.text(f.from())
                        + " -> " + Numbers.text(f.to()));
                line(sb, "hires", step.hires(), id -> named(nodes, id));
                line(sb, "accountable changed", step.accountableChanged(), a -> a.capability() + "/" + a.region()
                        + " " + a.from() + " -> " + a.to());
                line(sb, "tools added", step.toolsAdded(), d -> d.tool() + "@" + d.region());
                line(sb, "tools retired", step.toolsRetired(), d -> d.tool() + "@" + d.region());
                sb.append("    findings: ").append(step.findingsNew()).append(" new, ")
                        .append(step.findingsResolved()).append(" resolved\n");
            }
        }
        return sb.toString();
    }

    private static <T> void line(StringBuilder sb, String label, List<T> items, Function<T, String> text) {
        if (items.isEmpty()) {
            return;
        }
        sb.append("    ").append(label).append(" (").append(items.size()).append("): ");
        for (int k = 0; k < items.size(); k++) {
            sb.append(k == 0 ? "" : ", ").append(text.apply(items.get(k)));
        }
        sb.append('\n');
    }

    private static String named(Map<String, Node> nodes, String id) {
        Node node = nodes.get(id);
        return node == null ? id : "\"" + node.label() + "\" (" + id + ")";
    }

    private static <T> List<Object> map(List<T> items, Function<T, Object> f) {
        List<Object> list = new ArrayList<>(items.size());
        for (T item : items) {
            list.add(f.apply(item));
        }
        return list;
    }

    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int k = 0; k < keysAndValues.length; k += 2) {
            m.put((String) keysAndValues[k], keysAndValues[k + 1]);
        }
        return m;
    }
}
