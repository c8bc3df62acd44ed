package org.modesign.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The roles to hire in each phase of a scenario: its open and planned roles, each at the phase it
 * is to be hired in ({@link Workforce#hirePhase}: its own {@code from}, the first phase when it has
 * none; format-v2.md §7 {@code hires}), each phase's in id order ({@link CodePointOrder}). One
 * computation, kept by the {@link ScenarioIndex}, for the {@code hires} metric, the plan's hires and
 * the hiring plan. O(nodes + hires × log hires).
 */
public final class Hires {

    /** Per phase, the node indices of its hires in id order. */
    private final int[][] byPhase;

    private Hires(int[][] byPhase) {
        this.byPhase = byPhase;
    }

    /** The hires of the index's scenario. */
    static Hires of(ScenarioIndex index) {
        Workforce workforce = Workforce.of(index);
        int phases = index.designIndex().phaseCount();
        int[] counts = new int[phases];
        int[] phaseOf = new int[index.size()];
        for (int v = 0; v < index.size(); v++) {
            int p = workforce.hirePhase(v);
            phaseOf[v] = p;
            if (p >= 0 && p < phases) {
                counts[p]++;
            }
        }
        Integer[][] roles = new Integer[phases][];
        for (int p = 0; p < phases; p++) {
            roles[p] = new Integer[counts[p]];
            counts[p] = 0;
        }
        for (int v = 0; v < index.size(); v++) {
            int p = phaseOf[v];
            if (p >= 0 && p < phases) {
                roles[p][counts[p]++] = v;
            }
        }
        int[][] byPhase = new int[phases][];
        for (int p = 0; p < phases; p++) {
            // Stable: roles with the same id (a file with duplicate ids) keep the scenario's order.
            Arrays.sort(roles[p], (a, b) -> CodePointOrder.compare(index.id(a), index.id(b)));
            byPhase[p] = Arrays.stream(roles[p]).mapToInt(Integer::intValue).toArray();
        }
        return new Hires(byPhase);
    }

    /** How many roles are to be hired in phase {@code p}. */
    public int count(int p) {
        return byPhase[p].length;
    }

    /** The node index of the {@code k}-th role (in id order) to be hired in phase {@code p}. */
    public int role(int p, int k) {
        return byPhase[p][k];
    }

    /** The ids of the roles to be hired in phase {@code p}, in id order. */
    public List<String> ids(ScenarioIndex index, int p) {
        List<String> ids = new ArrayList<>(byPhase[p].length);
        for (int v : byPhase[p]) {
            ids.add(index.id(v));
        }
        return ids;
    }
}
