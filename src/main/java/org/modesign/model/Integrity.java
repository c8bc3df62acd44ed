package org.modesign.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The structural rules of format.md §1 that hold between the parts of a design: ids, uniqueness,
 * references, phase order, FTE range, one letter per capability, no self or repeated lines. The
 * reader rejects a file that breaks one; edit commands refuse an edit that would. Every problem is
 * reported with its JSON path.
 */
public final class Integrity {

    private final Design design;
    private final List<Problem> problems = new ArrayList<>();
    private final Set<String> capabilityIds = new HashSet<>();
    private final Map<String, Integer> phaseIndex = new HashMap<>();
    private final Set<String> regionIds = new HashSet<>();

    private Integrity(Design design) {
        this.design = design;
    }

    /** Every structural problem of {@code design}, in file order; empty when it is sound. */
    public static List<Problem> check(Design design) {
        Integrity integrity = new Integrity(design);
        integrity.run();
        return List.copyOf(integrity.problems);
    }

    private void run() {
        if (design.settings().spanOfControlMax() < 1) {
            add("settings.spanOfControlMax", "must be a whole number of at least 1, not "
                    + design.settings().spanOfControlMax());
        }
        checkRegions();
        checkCapabilities();
        checkPhases();
        checkScenarios();
    }

    private void checkRegions() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < design.regions().size(); i++) {
            String id = design.regions().get(i).id();
            String path = "regions[" + i + "].id";
            if (Region.GLOBAL.equals(id)) {
                add(path, "\"global\" is reserved for the implicit region that covers every region; "
                        + "it may not be declared");
            } else if (checkId(() -> path, id, "region", seen)) {
                regionIds.add(id);
            }
        }
    }

    private void checkCapabilities() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < design.capabilities().size(); i++) {
            String id = design.capabilities().get(i).id();
            int at = i;
            if (checkId(() -> "capabilities[" + at + "].id", id, "capability", seen)) {
                capabilityIds.add(id);
            }
        }
    }

    private void checkPhases() {
        if (design.phases().isEmpty()) {
            add("phases", "a design needs at least one phase");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < design.phases().size(); i++) {
            Phase phase = design.phases().get(i);
            int at = i;
            if (checkId(() -> "phases[" + at + "].id", phase.id(), "phase", seen)) {
                phaseIndex.put(phase.id(), i);
            }
            Set<String> required = new HashSet<>();
            for (int j = 0; j < phase.requires().size(); j++) {
                String cap = phase.requires().get(j);
                String path = "phases[" + i + "].requires[" + j + "]";
                if (!capabilityIds.contains(cap)) {
                    add(path, "no capability " + quote(cap) + " in the catalogue");
                } else if (!required.add(cap)) {
                    add(path, "capability " + quote(cap) + " is required twice in phase " + quote(phase.id()));
                }
            }
        }
    }

    private void checkScenarios() {
        if (design.scenarios().isEmpty()) {
            add("scenarios", "a design needs at least one scenario");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < design.scenarios().size(); i++) {
            Scenario scenario = design.scenarios().get(i);
            String path = "scenarios[" + i + "]";
            checkId(() -> path + ".id", scenario.id(), "scenario", seen);
            checkScenario(path, scenario);
        }
    }

    private void checkScenario(String path, Scenario scenario) {
        Set<String> seen = new HashSet<>();
        Map<String, Node> byId = new HashMap<>();
        for (int i = 0; i < scenario.nodes().size(); i++) {
            Node node = scenario.nodes().get(i);
            int at = i;
            if (checkId(() -> path + ".nodes[" + at + "].id", node.id(), "node", seen)) {
                byId.put(node.id(), node);
            }
        }
        for (int i = 0; i < scenario.nodes().size(); i++) {
            Node node = scenario.nodes().get(i);
            int at = i;
            Supplier<String> nodePath = () -> path + ".nodes[" + at + "]";
            if (node instanceof Team team) {
                checkRegion(() -> nodePath.get() + ".region", team.region());
                checkPhaseRange(nodePath, team.from(), team.to());
            } else if (node instanceof Role role) {
                checkRole(nodePath, role, byId, scenario);
            }
        }
        checkLines(path, scenario, byId);
    }

    private void checkRole(Supplier<String> path, Role role, Map<String, Node> byId, Scenario scenario) {
        if (role.team() != null) {
            Node team = byId.get(role.team());
            if (team == null) {
                add(path.get() + ".team", "no team " + quote(role.team()) + " in scenario "
                        + quote(scenario.id()));
            } else if (!(team instanceof Team)) {
                add(path.get() + ".team", quote(role.team()) + " is "
                        + (team.type() == NodeType.EXECUTIVE ? "an " : "a ") + team.type().code()
                        + ", not a team, in scenario " + quote(scenario.id()));
            }
        }
        checkRegion(() -> path.get() + ".region", role.region());
        if (!(role.fte() > 0 && role.fte() <= Role.MAX_FTE)) {
            add(path.get() + ".fte", "FTE must be more than 0 and at most 10,000, not " + formatNumber(role.fte()));
        }
        checkPhaseRange(path, role.from(), role.to());
        List<Responsibility> held = role.responsibilities();
        for (int j = 0; j < held.size(); j++) {
            String cap = held.get(j).capability();
            if (!capabilityIds.contains(cap)) {
                add(path.get() + ".responsibilities[" + j + "].capability", "no capability " + quote(cap)
                        + " in the catalogue");
            } else if (heldBefore(held, j)) {
                add(path.get() + ".responsibilities[" + j + "].capability", "role " + quote(role.title())
                        + " names capability " + quote(cap)
                        + " twice; a role holds one letter per capability");
            }
        }
    }

    /** Whether the capability of responsibility {@code j} is named earlier in the list (lists are short). */
    private static boolean heldBefore(List<Responsibility> held, int j) {
        String cap = held.get(j).capability();
        for (int k = 0; k < j; k++) {
            if (held.get(k).capability().equals(cap)) {
                return true;
            }
        }
        return false;
    }

    private void checkLines(String path, Scenario scenario, Map<String, Node> byId) {
        Set<Line> pairs = new HashSet<>();
        for (int i = 0; i < scenario.lines().size(); i++) {
            Line line = scenario.lines().get(i);
            int at = i;
            Supplier<String> linePath = () -> path + ".lines[" + at + "]";
            boolean ends = true;
            if (!byId.containsKey(line.from())) {
                add(linePath.get() + ".from", "no node " + quote(line.from()) + " in scenario " + quote(scenario.id()));
                ends = false;
            }
            if (!byId.containsKey(line.to())) {
                add(linePath.get() + ".to", "no node " + quote(line.to()) + " in scenario " + quote(scenario.id()));
                ends = false;
            }
            if (line.from().equals(line.to())) {
                add(linePath.get(), "a line may not run from " + quote(line.from()) + " to itself");
            } else if (ends && !pairs.add(line.withStyle(LineStyle.SOLID))) {
                add(linePath.get(), "there is already a line from " + quote(line.from()) + " to "
                        + quote(line.to()));
            }
        }
    }

    private void checkRegion(Supplier<String> path, String region) {
        if (region != null && !Region.GLOBAL.equals(region) && !regionIds.contains(region)) {
            add(path.get(), "no region " + quote(region) + " is declared");
        }
    }

    private void checkPhaseRange(Supplier<String> path, String from, String to) {
        Integer fromIdx = checkPhaseRef(path, ".from", from);
        Integer toIdx = checkPhaseRef(path, ".to", to);
        if (fromIdx != null && toIdx != null && fromIdx > toIdx) {
            add(path.get() + ".from", "phase " + quote(from) + " comes after phase " + quote(to)
                    + "; \"from\" may not come after \"to\"");
        }
    }

    private Integer checkPhaseRef(Supplier<String> path, String key, String phase) {
        if (phase == null) {
            return null;
        }
        Integer idx = phaseIndex.get(phase);
        if (idx == null) {
            add(path.get() + key, "no phase " + quote(phase) + " in the plan");
        }
        return idx;
    }

    /** Checks syntax and uniqueness; true when the id is valid and new. */
    private boolean checkId(Supplier<String> path, String id, String kind, Set<String> seen) {
        if (!Ids.isValid(id)) {
            add(path.get(), "the " + kind + " id " + quote(id)
                    + " is not valid: use 1 to 64 letters, digits, '_', '.' or '-'");
            return false;
        }
        if (!seen.add(id)) {
            add(path.get(), "duplicate " + kind + " id " + quote(id));
            return false;
        }
        return true;
    }

    private void add(String path, String message) {
        problems.add(new Problem(path, message));
    }

    /** {@code s} in double quotes, with quotes and line breaks escaped so a message stays one line. */
    static String quote(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\r", "\\r")
                .replace("\t", "\\t") + '"';
    }

    private static String formatNumber(double d) {
        return d == Math.rint(d) && !Double.isInfinite(d) ? String.valueOf((long) d) : String.valueOf(d);
    }
}
