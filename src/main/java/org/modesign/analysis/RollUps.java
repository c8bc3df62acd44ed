package org.modesign.analysis;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntUnaryOperator;
import org.modesign.model.Archetype;
import org.modesign.model.Role;

/**
 * The roll-ups of a chart's folded branches, all in one pass over the cards and one over the
 * findings: {@code owner} tells, for each card number, the shown collapsed card whose roll-up holds
 * it (-1 for a shown card). Roles count when active in the phase (every role when no phase is
 * given), with their FTE in that phase. O(cards + the findings' cards), however many cards a finding names.
 */
public final class RollUps {

    private static final int ARCHETYPES = Archetype.values().length;
    private static final int SEVERITIES = Severity.values().length;

    private final Map<Integer, int[]> archetypes = new HashMap<>();
    private final Map<Integer, int[]> findings = new HashMap<>();
    private final Map<Integer, double[]> fte = new HashMap<>();
    private final Map<Integer, int[]> roles = new HashMap<>();

    private RollUps() {
    }

    /**
     * The roll-ups of {@code index}'s scenario in phase {@code phase} (a phase index, or -1 for all
     * phases), counting {@code phaseFindings} (the findings of that phase).
     */
    public static RollUps of(ScenarioIndex index, int phase, IntUnaryOperator owner, List<Finding> phaseFindings) {
        RollUps rollUps = new RollUps();
        Workforce workforce = Workforce.of(index);
        for (int v = 0; v < index.size(); v++) {
            int o = owner.applyAsInt(v);
            if (o < 0 || !index.isRole(v) || phase >= 0 && !index.isActive(v, phase)) {
                continue;
            }
            Role role = index.role(v);
            rollUps.roles.computeIfAbsent(o, k -> new int[1])[0]++;
            rollUps.fte.computeIfAbsent(o, k -> new double[1])[0] += phase >= 0 ? workforce.fte(v, phase) : role.fte();
            rollUps.archetypes.computeIfAbsent(o, k -> new int[ARCHETYPES])[role.archetype().ordinal()]++;
        }
        // counted[o] == k once the k-th finding is counted in roll-up o: a finding counts once per roll-up.
        int[] counted = new int[index.size()];
        int k = 0;
        for (Finding finding : phaseFindings) {
            k++;
            for (String id : finding.nodes()) {
                int v = index.indexOf(id);
                int o = v < 0 ? -1 : owner.applyAsInt(v);
                if (o >= 0 && counted[o] != k) {
                    rollUps.findings.computeIfAbsent(o, c -> new int[SEVERITIES])[finding.severity().ordinal()]++;
                    counted[o] = k;
                }
            }
        }
        return rollUps;
    }

    /** The roll-up of collapsed card {@code card}; {@link RollUp#EMPTY} when its branch holds nothing counted. */
    public RollUp of(int card) {
        int[] r = roles.get(card);
        int[] f = findings.get(card);
        if (r == null && f == null) {
            return RollUp.EMPTY;
        }
        return new RollUp(r == null ? 0 : r[0], r == null ? 0 : fte.get(card)[0],
                r == null ? new int[ARCHETYPES] : archetypes.get(card), f == null ? new int[SEVERITIES] : f);
    }
}
