package org.modesign.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.modesign.analysis.CodePointOrder;
import org.modesign.analysis.DesignIndex;
import org.modesign.analysis.Finding;
import org.modesign.analysis.HeldLetters;
import org.modesign.analysis.ScenarioIndex;
import org.modesign.analysis.StackIndex;
import org.modesign.analysis.Validator;
import org.modesign.analysis.Workforce;
import org.modesign.model.Capability;
import org.modesign.model.Design;
import org.modesign.model.Objective;
import org.modesign.model.Phase;
import org.modesign.model.Scenario;
import org.modesign.model.StackEntry;

/**
 * The transition plan of a scenario (format-v2.md §6, §7 "The plan"): each phase against the
 * phase before it, the first against an empty phase. Membership is by activity; FTE, costs,
 * held letters and stack activity come from the analysis ({@link Workforce}, {@link HeldLetters},
 * {@link StackIndex}), findings from the {@link Validator}, so the plan, the metrics and the
 * findings never disagree. One computation serves the command line, the plan view and the report.
 */
public final class TransitionPlanner {

    private TransitionPlanner() {
    }

    /** The plan of {@code scenario}, analysed afresh. */
    public static ScenarioPlan plan(Design design, Scenario scenario) {
        ScenarioIndex index = ScenarioIndex.of(design, scenario);
        return plan(index, Validator.validate(design, index));
    }

    /** The plan from an index and the scenario's findings already computed. */
    public static ScenarioPlan plan(ScenarioIndex index, List<Finding> findings) {
        Design design = index.design();
        Scenario scenario = index.scenario();
        Workforce workforce = Workforce.of(index);
        HeldLetters letters = index.letters();
        StackIndex stack = index.stack();
        List<Map<FindingKey, Integer>> findingsByPhase = findingsByPhase(design, findings);
        List<PhaseStep> steps = new ArrayList<>(design.phases().size());
        for (int p = 0; p < design.phases().size(); p++) {
            Phase phase = design.phases().get(p);
            Map<FindingKey, Integer> before = p == 0 ? Map.of() : findingsByPhase.get(p - 1);
            Map<FindingKey, Integer> now = findingsByPhase.get(p);
            steps.add(new PhaseStep(phase.id(), phase.goal(), objectives(design, phase.id()),
                    roles(index, p, p - 1), roles(index, p - 1, p), fteChanged(index, workforce, p),
                    index.hires().ids(index, p), accountableChanged(index, letters, p),
                    deployments(stack, p, p - 1), deployments(stack, p - 1, p),
                    missing(now, before), missing(before, now)));
        }
        return new ScenarioPlan(scenario.id(), scenario.name(), steps);
    }

    private static List<String> objectives(Design design, String phase) {
        List<String> ids = new ArrayList<>();
        if (design.charter() != null) {
            for (Objective o : design.charter().objectives()) {
                if (phase.equals(o.phase())) {
                    ids.add(o.id());
                }
            }
        }
        return sorted(ids);
    }

    /** Roles active in phase {@code p} and not in phase {@code q} (an out-of-range phase is empty). */
    private static List<String> roles(ScenarioIndex index, int p, int q) {
        List<String> ids = new ArrayList<>();
        for (int v = 0; v < index.size(); v++) {
            if (index.isRole(v) && active(index, v, p) && !active(index, v, q)) {
                ids.add(index.id(v));
            }
        }
        return sorted(ids);
    }

    private static boolean active(ScenarioIndex index, int v, int p) {
        return p >= 0 && p < index.design().phases().size() && index.isActive(v, p);
    }

    private static List<PhaseStep.FteShift> fteChanged(ScenarioIndex index, Workforce workforce, int p) {
        List<PhaseStep.FteShift> list = new ArrayList<>();
        if (p == 0) {
            return list;
        }
        for (int v = 0; v < index.size(); v++) {
            if (index.isRole(v) && index.isActive(v, p - 1) && index.isActive(v, p)) {
                double before = workforce.fte(v, p - 1);
                double now = workforce.fte(v, p);
                if (before != now) {
                    list.add(new PhaseStep.FteShift(index.id(v), before, now));
                }
            }
        }
        list.sort((a, b) -> CodePointOrder.compare(a.role(), b.role()));
        return list;
    }

    private static List<PhaseStep.AccountableChange> accountableChanged(ScenarioIndex index, HeldLetters letters,
            int p) {
        DesignIndex design = index.designIndex();
        List<PhaseStep.AccountableChange> list = new ArrayList<>();
        List<Capability> capabilities = index.design().capabilities();
        for (int c = 0; c < capabilities.size(); c++) {
            for (int k = 0; k < design.slotCount(c); k++) {
                int region = design.slotRegion(c, k);
                change(list, letters, capabilities.get(c).id(), c, region, design.regionId(region), p);
            }
        }
        list.sort((a, b) -> {
            int k = CodePointOrder.compare(a.capability(), b.capability());
            return k != 0 ? k : CodePointOrder.compare(a.region(), b.region());
        });
        return list;
    }

    private static void change(List<PhaseStep.AccountableChange> list, HeldLetters letters, String capability, int c,
            int region, String regionId, int p) {
        List<String> now = letters.accountable(c, region, p);
        List<String> before = p == 0 ? List.of() : letters.accountable(c, region, p - 1);
        if (!now.equals(before)) {
            list.add(new PhaseStep.AccountableChange(capability, regionId, before, now));
        }
    }

    /** (tool, region) of the entries active in phase {@code p} and not in phase {@code q}. */
    private static List<PhaseStep.Deployment> deployments(StackIndex stack, int p, int q) {
        List<PhaseStep.Deployment> list = new ArrayList<>();
        int phases = stack.index().design().phases().size();
        for (int e = 0; e < stack.size(); e++) {
            boolean inP = p >= 0 && p < phases && stack.isActive(e, p);
            boolean inQ = q >= 0 && q < phases && stack.isActive(e, q);
            if (inP && !inQ) {
                StackEntry entry = stack.entry(e);
                list.add(new PhaseStep.Deployment(entry.tool(), entry.region()));
            }
        }
        list.sort((a, b) -> {
            int k = CodePointOrder.compare(a.tool(), b.tool());
            return k != 0 ? k : CodePointOrder.compare(a.region(), b.region());
        });
        return list;
    }

    /** What makes two findings the same in two phases: all but the phase and the message. */
    private record FindingKey(String rule, String capability, String region, List<String> nodes, String tool,
            List<String> tools) {
    }

    private static List<Map<FindingKey, Integer>> findingsByPhase(Design design, List<Finding> findings) {
        List<Map<FindingKey, Integer>> byPhase = new ArrayList<>(design.phases().size());
        for (int p = 0; p < design.phases().size(); p++) {
            byPhase.add(new HashMap<>());
        }
        for (Finding f : findings) {
            if (f.phase() != null) {
                int p = design.phaseIndex(f.phase());
                FindingKey key = new FindingKey(f.rule().code(), f.capability(), f.region(), f.nodes(), f.tool(),
                        f.tools());
                byPhase.get(p).merge(key, 1, Integer::sum);
            }
        }
        return byPhase;
    }

    /** How many findings of {@code a} are not in {@code b}, counting repeats. */
    private static int missing(Map<FindingKey, Integer> a, Map<FindingKey, Integer> b) {
        int count = 0;
        for (Map.Entry<FindingKey, Integer> e : a.entrySet()) {
            count += Math.max(0, e.getValue() - b.getOrDefault(e.getKey(), 0));
        }
        return count;
    }

    private static List<String> sorted(List<String> ids) {
        ids.sort(CodePointOrder.STRINGS);
        return ids;
    }
}
