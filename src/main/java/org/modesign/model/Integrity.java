package org.modesign.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * The structural rules of format.md §1 that hold between the parts of a design: ids, uniqueness,
 * references, phase order, FTE range, one letter per capability, no self or repeated lines. The
 * reader rejects a file that breaks one; edit commands refuse an edit that would. Every problem is
 * reported with its JSON path. The rules of format-v2.md §2 and §7 live beside it:
 * {@link PlanChecks} (settings, tools, charter), {@link HolderChecks} (what roles and executives
 * hold and serve on) and {@link StackChecks} (the tools a scenario deploys).
 */
public final class Integrity {

    /** Designs with at least this many nodes have their scenarios checked side by side. */
    private static final int PARALLEL_FROM_NODES = 4_000;

    private final Design design;
    private final List<Problem> problems = new ArrayList<>();
    private final Set<String> capabilityIds;
    private final Map<String, Integer> phaseIndex;
    private final Set<String> regionIds;
    private final Set<String> toolIds;

    private Integrity(Design design) {
        this.design = design;
        this.capabilityIds = new HashSet<>();
        this.phaseIndex = new HashMap<>();
        this.regionIds = new HashSet<>();
        this.toolIds = new HashSet<>();
    }

    /** A check of one scenario against the catalogue {@code parent} has checked; own problems. */
    private Integrity(Integrity parent) {
        this.design = parent.design;
        this.capabilityIds = parent.capabilityIds;
        this.phaseIndex = parent.phaseIndex;
        this.regionIds = parent.regionIds;
        this.toolIds = parent.toolIds;
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
        PlanChecks.settings(this);
        checkRegions();
        checkCapabilities();
        PlanChecks.tools(this);
        checkPhases();
        PlanChecks.charter(this);
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
        List<List<Problem>> inScenarios = scenarioIndexes().mapToObj(this::scenarioProblems).toList();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < design.scenarios().size(); i++) {
            int at = i;
            checkId(() -> "scenarios[" + at + "].id", design.scenarios().get(i).id(), "scenario", seen);
            problems.addAll(inScenarios.get(i));
        }
    }

    /** The scenarios' positions; a parallel stream for a large design, as they are independent. */
    private IntStream scenarioIndexes() {
        IntStream indexes = IntStream.range(0, design.scenarios().size());
        long nodes = design.scenarios().stream().mapToLong(s -> s.nodes().size()).sum();
        return design.scenarios().size() > 1 && nodes >= PARALLEL_FROM_NODES ? indexes.parallel() : indexes;
    }

    /** The problems inside scenario {@code i} (its id aside), found without touching this check's list. */
    private List<Problem> scenarioProblems(int i) {
        Integrity check = new Integrity(this);
        check.checkScenario("scenarios[" + i + "]", design.scenarios().get(i));
        return check.problems;
    }

    /**
     * Checks the nodes and lines of one scenario. Each node and line is checked by its own method,
     * which builds a path only for a problem: a loop that runs once per scenario stays in the
     * interpreter, while a method run thousands of times is compiled soon, which matters for a
     * short command-line run.
     */
    private void checkScenario(String path, Scenario scenario) {
        List<Node> nodes = scenario.nodes();
        Map<String, Node> byId = new HashMap<>(capacityFor(nodes.size()));
        for (int i = 0; i < nodes.size(); i++) {
            checkNodeId(path, i, nodes.get(i), byId);
        }
        for (int i = 0; i < nodes.size(); i++) {
            Node node = nodes.get(i);
            if (node instanceof Team team) {
                checkRegion(path, i, team.region());
                checkPhaseRange(path, i, team.from(), team.to());
            } else if (node instanceof Role role) {
                checkRole(path, i, role, byId, scenario);
            } else if (node instanceof Executive executive) {
                HolderChecks.executive(this, path, i, executive, byId, scenario);
            }
        }
        List<Line> lines = scenario.lines();
        Set<List<String>> pairs = new HashSet<>(capacityFor(lines.size()));
        for (int i = 0; i < lines.size(); i++) {
            checkLine(path, i, lines.get(i), byId, scenario, pairs);
        }
        if (!scenario.stack().isEmpty()) {
            StackChecks.check(this, path, scenario, byId);
        }
    }

    /** Checks the id of node {@code i} like {@link #checkId}; a valid new id is added to {@code byId}. */
    private void checkNodeId(String path, int i, Node node, Map<String, Node> byId) {
        String id = node.id();
        if (!Ids.isValid(id)) {
            add(nodePath(path, i) + ".id", invalidId("node", id));
        } else if (byId.putIfAbsent(id, node) != null) {
            add(nodePath(path, i) + ".id", duplicateId("node", id));
        }
    }

    private void checkRole(String path, int i, Role role, Map<String, Node> byId, Scenario scenario) {
        if (role.team() != null) {
            Node team = byId.get(role.team());
            if (team == null) {
                add(nodePath(path, i) + ".team", "no team " + quote(role.team()) + " in scenario "
                        + quote(scenario.id()));
            } else if (!(team instanceof Team)) {
                add(nodePath(path, i) + ".team", quote(role.team()) + " is "
                        + (team.type() == NodeType.EXECUTIVE ? "an " : "a ") + team.type().code()
                        + ", not a team, in scenario " + quote(scenario.id()));
            }
        }
        checkRegion(path, i, role.region());
        if (!(role.fte() > 0 && role.fte() <= Role.MAX_FTE)) {
            add(nodePath(path, i) + ".fte", "FTE must be more than 0 and at most 10,000, not "
                    + formatNumber(role.fte()));
        }
        checkPhaseRange(path, i, role.from(), role.to());
        HolderChecks.role(this, path, i, role, byId, scenario);
    }

    /** Checks line {@code i}: both ends exist, it is no loop and no repeat of an earlier line ({@code pairs}). */
    private void checkLine(String path, int i, Line line, Map<String, Node> byId, Scenario scenario,
            Set<List<String>> pairs) {
        boolean ends = true;
        if (!byId.containsKey(line.from())) {
            add(linePath(path, i) + ".from", "no node " + quote(line.from()) + " in scenario " + quote(scenario.id()));
            ends = false;
        }
        if (!byId.containsKey(line.to())) {
            add(linePath(path, i) + ".to", "no node " + quote(line.to()) + " in scenario " + quote(scenario.id()));
            ends = false;
        }
        if (line.from().equals(line.to())) {
            add(linePath(path, i), "a line may not run from " + quote(line.from()) + " to itself");
        } else if (ends && !pairs.add(List.of(line.from(), line.to()))) {
            add(linePath(path, i), "there is already a line from " + quote(line.from()) + " to "
                    + quote(line.to()));
        }
    }

    /** Position of {@code phase} in the plan; null when there is no such phase. */
    Integer phaseIndex(String phase) {
        return phaseIndex.get(phase);
    }

    /** The last phase's position (-1 when there is none). */
    int lastPhase() {
        return design.phases().size() - 1;
    }

    Design design() {
        return design;
    }

    boolean knowsCapability(String id) {
        return capabilityIds.contains(id);
    }

    boolean knowsTool(String id) {
        return toolIds.contains(id);
    }

    /** Whether {@code region} is {@code global} or a validly declared region. */
    boolean knowsRegion(String region) {
        return Region.GLOBAL.equals(region) || regionIds.contains(region);
    }

    /** Adds {@code id} to the tools references may name. */
    void addTool(String id) {
        toolIds.add(id);
    }

    /** Checks the region a node of scenario {@code path} at {@code i} names. */
    private void checkRegion(String path, int i, String region) {
        if (region != null && !Region.GLOBAL.equals(region) && !regionIds.contains(region)) {
            add(nodePath(path, i) + ".region", "no region " + quote(region) + " is declared");
        }
    }

    /** Checks the phases a node of scenario {@code path} at {@code i} names. */
    private void checkPhaseRange(String path, int i, String from, String to) {
        Integer fromIdx = checkPhaseRef(path, i, ".from", from);
        Integer toIdx = checkPhaseRef(path, i, ".to", to);
        if (fromIdx != null && toIdx != null && fromIdx > toIdx) {
            add(nodePath(path, i) + ".from", "phase " + quote(from) + " comes after phase " + quote(to)
                    + "; \"from\" may not come after \"to\"");
        }
    }

    private Integer checkPhaseRef(String path, int i, String key, String phase) {
        if (phase == null) {
            return null;
        }
        Integer idx = phaseIndex.get(phase);
        if (idx == null) {
            add(nodePath(path, i) + key, "no phase " + quote(phase) + " in the plan");
        }
        return idx;
    }

    static String nodePath(String scenarioPath, int i) {
        return scenarioPath + ".nodes[" + i + "]";
    }

    private static String linePath(String scenarioPath, int i) {
        return scenarioPath + ".lines[" + i + "]";
    }

    /** A hash table capacity that holds {@code entries} without growing. */
    private static int capacityFor(int entries) {
        return (int) Math.min(Integer.MAX_VALUE, entries * 4L / 3 + 1);
    }

    /** Checks syntax and uniqueness; true when the id is valid and new. */
    boolean checkId(Supplier<String> path, String id, String kind, Set<String> seen) {
        if (!Ids.isValid(id)) {
            add(path.get(), invalidId(kind, id));
            return false;
        }
        if (!seen.add(id)) {
            add(path.get(), duplicateId(kind, id));
            return false;
        }
        return true;
    }

    static String invalidId(String kind, String id) {
        return "the " + kind + " id " + quote(id) + " is not valid: use 1 to 64 letters, digits, '_', '.' or '-'";
    }

    static String duplicateId(String kind, String id) {
        return "duplicate " + kind + " id " + quote(id);
    }

    void add(String path, String message) {
        problems.add(new Problem(path, message));
    }

    /** {@code s} in double quotes, with quotes and line breaks escaped so a message stays one line. */
    static String quote(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\r", "\\r")
                .replace("\t", "\\t") + '"';
    }

    static String formatNumber(double d) {
        return d == Math.rint(d) && !Double.isInfinite(d) ? String.valueOf((long) d) : String.valueOf(d);
    }
}
