package org.modesign.analysis;

import java.util.List;
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

    /** Per roll-up owner (a card number): roles, FTE, roles per archetype, findings per severity; flat arrays, no object per card. */
    private final int[] roles;
    private final double[] fte;
    private final int[] archetypes;
    private final int[] findings;
    /** Whether the owner's roll-up counted anything (a role or a finding). */
    private final boolean[] any;

    private RollUps(int size) {
        roles = new int[size];
        fte = new double[size];
        archetypes = new int[size * ARCHETYPES];
        findings = new int[size * SEVERITIES];
        any = new boolean[size];
    }

    /**
     * The roll-ups of {@code index}'s scenario in phase {@code phase} (a phase index, or -1 for all
     * phases), counting {@code phaseFindings} (the findings of that phase).
     */
    public static RollUps of(ScenarioIndex index, int phase, IntUnaryOperator owner, List<Finding> phaseFindings) {
        RollUps rollUps = new RollUps(index.size());
        Workforce workforce = Workforce.of(index);
        for (int v = 0; v < index.size(); v++) {
            if (!index.isRole(v) || phase >= 0 && !index.isActive(v, phase)) {
                continue;
            }
            int o = owner.applyAsInt(v);
            if (o < 0) {
                continue;
            }
            Role role = index.role(v);
            rollUps.any[o] = true;
            rollUps.roles[o]++;
            rollUps.fte[o] += phase >= 0 ? workforce.fte(v, phase) : role.fte();
            rollUps.archetypes[o * ARCHETYPES + role.archetype().ordinal()]++;
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
                    rollUps.any[o] = true;
                    rollUps.findings[o * SEVERITIES + finding.severity().ordinal()]++;
                    counted[o] = k;
                }
            }
        }
        return rollUps;
    }

    /** The roll-up of collapsed card {@code card}; {@link RollUp#EMPTY} when its branch holds nothing counted. */
    public RollUp of(int card) {
        if (card < 0 || card >= any.length || !any[card]) {
            return RollUp.EMPTY;
        }
        return new RollUp(roles[card], fte[card],
                java.util.Arrays.copyOfRange(archetypes, card * ARCHETYPES, (card + 1) * ARCHETYPES),
                java.util.Arrays.copyOfRange(findings, card * SEVERITIES, (card + 1) * SEVERITIES));
    }

    /** The roles of {@code card}'s roll-up, as {@link #of}{@code (card).roles()} without making it. */
    public int roles(int card) {
        return card < 0 || card >= roles.length ? 0 : roles[card];
    }

    /** The FTE of {@code card}'s roll-up, as {@link #of}{@code (card).fte()} without making it. */
    public double fte(int card) {
        return card < 0 || card >= fte.length ? 0 : fte[card];
    }
}
