package org.modesign.analysis;

import java.util.List;
import org.modesign.model.Executive;
import org.modesign.model.Node;
import org.modesign.model.Role;

/**
 * Each team's strength in one phase: the cards active then that are in the team or also serve on
 * it ({@code alsoIn}), and the FTE in that phase of those roles (format-v2.md §3: a role's FTE,
 * replaced by its last FTE change at or before the phase). One pass over the scenario, for the
 * chart's team cards in the phase shown.
 */
public final class TeamStrength {

    private final int[] members;
    private final double[] fte;

    private TeamStrength(int size) {
        members = new int[size];
        fte = new double[size];
    }

    /** The strength of every team of {@code index}'s scenario in phase {@code phase} (a phase index). */
    public static TeamStrength of(ScenarioIndex index, int phase) {
        TeamStrength strength = new TeamStrength(index.size());
        Workforce workforce = Workforce.of(index);
        for (int v = 0; v < index.size(); v++) {
            if (!index.isActive(v, phase)) {
                continue;
            }
            double roleFte = index.isRole(v) ? workforce.fte(v, phase) : 0;
            if (index.isRole(v)) {
                strength.count(index, index.team(v), roleFte);
            }
            for (String team : alsoIn(index.node(v))) {
                strength.count(index, index.indexOf(team), roleFte);
            }
        }
        return strength;
    }

    private static List<String> alsoIn(Node node) {
        if (node instanceof Role role) {
            return role.alsoIn();
        }
        return node instanceof Executive executive ? executive.alsoIn() : List.of();
    }

    private void count(ScenarioIndex index, int team, double roleFte) {
        if (team >= 0 && index.isTeam(team)) {
            members[team]++;
            fte[team] += roleFte;
        }
    }

    /** How many active cards are in team {@code v} or serve on it; 0 for any other node. */
    public int members(int v) {
        return members[v];
    }

    /** The FTE in the phase of the roles counted in {@link #members}; 0 for any other node. */
    public double fte(int v) {
        return fte[v];
    }
}
