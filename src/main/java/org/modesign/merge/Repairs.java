package org.modesign.merge;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.modesign.model.Design;
import org.modesign.model.Integrity;
import org.modesign.model.Objective;
import org.modesign.model.Phase;
import org.modesign.model.Problem;
import org.modesign.model.Tool;

/**
 * Makes a merged design one that loads. Two changes that each kept their side's design sound may
 * not fit together: their new role in the team we deleted, a line to a node the other side
 * removed. {@code Integrity} finds every such problem with its JSON path; each is reported as a
 * conflict and resolved so, the same way whichever side is ours:
 * <ul>
 * <li>a role's team that is gone or no team: the role belongs to no team;</li>
 * <li>a team in {@code alsoIn} that is gone, no team, or the role's own team: taken out of the list;</li>
 * <li>a node's region, first or last phase that is gone (or a first phase after the last): left
 *     out (the team's region or global; the first phase; the last phase);</li>
 * <li>a letter whose capability is gone, whose phases are gone or out of order, or that overlaps
 *     another letter of the same capability: dropped;</li>
 * <li>FTE changes: kept in phase order, those outside the role's phases dropped;</li>
 * <li>a line to or from a node that is gone: dropped;</li>
 * <li>a deployment's owner that is gone: no owner; its phases: left out; its tool or region that
 *     is gone: the deployment is dropped;</li>
 * <li>a phase's required capability or a tool's served capability that is gone: taken out of the
 *     list; an objective's phase that is gone: no phase;</li>
 * <li>anything else (a person named in a role that the other side made a vacancy, say), and any
 *     node that still does not load after one of the fixes above: the node as ours has it (gone,
 *     when ours has no such node); a scenario still wrong after that: ours; a part of the
 *     design outside the scenarios: ours.</li>
 * </ul>
 * Each round fixes every problem found; the design ours had always loads, so in the end, at the
 * latest, the merge is ours.
 */
final class Repairs {

    private static final int ROUNDS = 12;

    private final Design ours;
    private final Conflicts out;
    /** Per scenario id, node ids already fixed or reverted: the next problem escalates. */
    final Set<String> fixed = new HashSet<>();
    final Set<String> reverted = new HashSet<>();
    final Set<String> revertedScenarios = new HashSet<>();

    private Repairs(Design ours, Conflicts out) {
        this.ours = ours;
        this.out = out;
    }

    /** {@code merged}, or a design made from it that passes {@link Integrity}; every fix reported to {@code out}. */
    static Design repair(Design merged, Design ours, Conflicts out) {
        return new Repairs(ours, out).run(merged);
    }

    private Design run(Design merged) {
        Design current = merged;
        for (int round = 0; round < ROUNDS; round++) {
            List<Problem> problems = Integrity.check(current);
            if (problems.isEmpty()) {
                return current;
            }
            current = fix(current, problems);
        }
        if (Integrity.check(current).isEmpty()) {
            return current;
        }
        out.unsound("", "", "the merged design did not load even after its problems were resolved one by one",
                "kept ours as a whole");
        return ours;
    }

    private Design fix(Design current, List<Problem> problems) {
        Map<Integer, ScenarioRepair> scenarios = new TreeMap<>();
        List<UnaryOperator<Design>> designFixes = new ArrayList<>();
        for (Problem p : problems) {
            ProblemPath path = ProblemPath.parse(p.path());
            if (path.isElement(0, "scenarios") && path.size() > 1 && path.index(0) < current.scenarios().size()) {
                int i = path.index(0);
                scenarios.computeIfAbsent(i, k -> new ScenarioRepair(this, current, k)).add(path, p);
            } else {
                designFixes.add(designFix(current, path, p));
            }
        }
        Design next = current;
        for (UnaryOperator<Design> f : designFixes) {
            next = f.apply(next);
        }
        if (!scenarios.isEmpty() && next.scenarios().size() == current.scenarios().size()) {
            List<org.modesign.model.Scenario> list = new ArrayList<>(next.scenarios());
            scenarios.forEach((i, repair) -> list.set(i, repair.apply(list.get(i))));
            list.removeIf(java.util.Objects::isNull);
            next = next.withScenarios(list);
        }
        return next;
    }

    Design ours() {
        return ours;
    }

    Conflicts out() {
        return out;
    }

    /** The fix of a problem outside the scenarios' insides. */
    private UnaryOperator<Design> designFix(Design current, ProblemPath path, Problem p) {
        if (path.isElement(0, "phases") && path.isElement(1, "requires") && path.size() == 2) {
            Phase phase = current.phases().get(path.index(0));
            String capability = phase.requires().get(path.index(1));
            out.unsound(p.path(), "phase " + Values.quote(phase.id()), p.message(),
                    "the phase no longer requires " + Values.quote(capability));
            return d -> d.withPhases(replace(d.phases(), phase.id(), Phase::id,
                    ph -> ph.withRequires(without(ph.requires(), capability))));
        }
        if (path.isElement(0, "tools") && path.isElement(1, "capabilities") && path.size() == 2) {
            Tool tool = current.tools().get(path.index(0));
            String capability = tool.capabilities().get(path.index(1));
            out.unsound(p.path(), "tool " + Values.quote(tool.id()), p.message(),
                    "the tool no longer serves " + Values.quote(capability));
            return d -> d.withTools(replace(d.tools(), tool.id(), Tool::id,
                    t -> t.withCapabilities(without(t.capabilities(), capability))));
        }
        if (path.name(0).equals("charter") && path.isElement(1, "objectives") && path.name(2).equals("phase")) {
            Objective objective = current.charter().objectives().get(path.index(1));
            out.unsound(p.path(), "objective " + Values.quote(objective.id()), p.message(),
                    "the objective belongs to no phase now");
            return d -> d.withCharter(d.charter().withObjectives(replace(d.charter().objectives(), objective.id(),
                    Objective::id, o -> o.withPhase(null))));
        }
        return revertDesignField(path.name(0), p);
    }

    /** Puts the design's field {@code name} (its settings, its phases, ...) back as ours has it. */
    @SuppressWarnings("unchecked")
    private UnaryOperator<Design> revertDesignField(String name, Problem p) {
        for (Field<Design, ?> f : Schema.DESIGN.fields()) {
            if (f.name().equals(name)) {
                Field<Design, Object> field = (Field<Design, Object>) f;
                out.unsound(p.path(), "", p.message(), Values.quote(name) + " was put back as ours has it");
                return d -> field.set().apply(d, field.get().apply(ours));
            }
        }
        out.unsound(p.path(), "", p.message(), "kept ours as a whole");
        return d -> ours;
    }

    static <T> List<T> replace(List<T> list, String id, java.util.function.Function<T, String> idOf,
            UnaryOperator<T> change) {
        List<T> result = new ArrayList<>(list.size());
        for (T t : list) {
            result.add(idOf.apply(t).equals(id) ? change.apply(t) : t);
        }
        return result;
    }

    static List<String> without(List<String> list, String value) {
        List<String> result = new ArrayList<>(list);
        result.remove(value);
        return result;
    }
}
