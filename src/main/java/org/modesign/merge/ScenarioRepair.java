package org.modesign.merge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.modesign.model.Design;
import org.modesign.model.Line;
import org.modesign.model.Node;
import org.modesign.model.Problem;
import org.modesign.model.Scenario;
import org.modesign.model.StackEntry;

/** The fixes of one round for the problems inside one scenario of a merged design (see {@link Repairs}). */
final class ScenarioRepair {

    private final Repairs repairs;
    private final Design current;
    private final Scenario scenario;
    private final Map<Integer, NodeRepair> nodes = new HashMap<>();
    private final Set<Integer> droppedLines = new HashSet<>();
    private final Map<Integer, StackEntry> stack = new HashMap<>();
    private final Set<Integer> droppedStack = new HashSet<>();
    private boolean revert;

    ScenarioRepair(Repairs repairs, Design current, int index) {
        this.repairs = repairs;
        this.current = current;
        this.scenario = current.scenarios().get(index);
    }

    /** Takes in the problem at {@code path} (which starts {@code scenarios[i]}). */
    void add(ProblemPath path, Problem p) {
        if (path.isElement(1, "nodes") && path.index(1) < scenario.nodes().size() && !revert) {
            int j = path.index(1);
            Node node = scenario.nodes().get(j);
            String key = scenario.id() + "/" + node.id();
            if (repairs.reverted.contains(key)) {
                revertScenario(p);
            } else {
                nodes.computeIfAbsent(j, k -> new NodeRepair(this, node, repairs.fixed.contains(key))).add(path, p);
            }
        } else if (path.isElement(1, "lines") && path.index(1) < scenario.lines().size()) {
            Line line = scenario.lines().get(path.index(1));
            repairs.out().unsound(p.path(), "line " + Values.quote(Schema.lineKey(line)) + inScenario(), p.message(),
                    "the line was dropped");
            droppedLines.add(path.index(1));
        } else if (path.isElement(1, "stack") && path.index(1) < scenario.stack().size()) {
            stack(path, p);
        } else {
            revertScenario(p);
        }
    }

    private void stack(ProblemPath path, Problem p) {
        int k = path.index(1);
        StackEntry entry = stack.getOrDefault(k, scenario.stack().get(k));
        String where = "deployment " + Values.quote(entry.tool() + "@" + entry.region()) + inScenario();
        String field = path.size() == 3 ? path.name(2) : "";
        switch (field) {
            case "owner" -> {
                repairs.out().unsound(p.path(), where, p.message(), "the deployment has no owner now");
                stack.put(k, entry.withOwner(null));
            }
            case "from" -> {
                repairs.out().unsound(p.path(), where, p.message(), "the deployment starts in the first phase now");
                stack.put(k, entry.withPhases(null, entry.to()));
            }
            case "to" -> {
                repairs.out().unsound(p.path(), where, p.message(), "the deployment lasts until the last phase now");
                stack.put(k, entry.withPhases(entry.from(), null));
            }
            default -> {
                repairs.out().unsound(p.path(), where, p.message(), "the deployment was dropped");
                droppedStack.add(k);
            }
        }
    }

    void revertScenario(Problem p) {
        if (!revert) {
            revert = true;
            boolean inOurs = repairs.ours().scenario(scenario.id()).isPresent();
            repairs.out().unsound(p.path(), "scenario " + Values.quote(scenario.id()), p.message(),
                    inOurs ? "the scenario was put back as ours has it" : "the scenario was dropped, as ours has none");
        }
    }

    /** The scenario with this round's fixes. */
    Scenario apply(Scenario s) {
        if (revert) {
            repairs.revertedScenarios.add(s.id());
            return repairs.ours().scenario(s.id()).orElse(null);
        }
        List<Node> newNodes = s.nodes();
        if (!nodes.isEmpty()) {
            newNodes = new ArrayList<>(s.nodes().size());
            for (int j = 0; j < s.nodes().size(); j++) {
                NodeRepair fix = nodes.get(j);
                Node node = fix == null ? s.nodes().get(j) : fix.apply(s.nodes().get(j));
                if (node != null) {
                    newNodes.add(node);
                }
            }
        }
        List<Line> newLines = s.lines();
        if (!droppedLines.isEmpty()) {
            newLines = new ArrayList<>(s.lines().size());
            for (int k = 0; k < s.lines().size(); k++) {
                if (!droppedLines.contains(k)) {
                    newLines.add(s.lines().get(k));
                }
            }
        }
        List<StackEntry> newStack = s.stack();
        if (!stack.isEmpty() || !droppedStack.isEmpty()) {
            newStack = new ArrayList<>(s.stack().size());
            for (int k = 0; k < s.stack().size(); k++) {
                if (!droppedStack.contains(k)) {
                    newStack.add(stack.getOrDefault(k, s.stack().get(k)));
                }
            }
        }
        return new Scenario(s.id(), s.name(), s.strategy(), newNodes, newLines, newStack);
    }

    Repairs repairs() {
        return repairs;
    }

    Design current() {
        return current;
    }

    Scenario scenario() {
        return scenario;
    }

    String inScenario() {
        return " in scenario " + Values.quote(scenario.id());
    }

    /** Our node with this id in this scenario, or null. */
    Node oursNode(String id) {
        return repairs.ours().scenario(scenario.id()).flatMap(s -> s.node(id)).orElse(null);
    }
}
