package org.modesign.analysis;

import java.util.List;
import org.modesign.model.Archetype;
import org.modesign.model.FteChange;
import org.modesign.model.Role;
import org.modesign.model.Settings;

/**
 * The people side of a scenario's plan (format-v2.md §3, §7): each role's FTE in a phase (its
 * {@code fte}, replaced by the last {@code fteChanges} entry at or before the phase), its cost in a
 * phase (FTE in phase × its {@code cost}, else the settings' cost per FTE of its archetype; an
 * archetype the settings do not name costs 0), whether it is a vacancy, and the phase it is to be
 * hired in. Executives and teams have no FTE and no cost. Each answer costs O(the role's FTE
 * changes): a role without changes answers at once.
 */
public final class Workforce {

    private static final Archetype[] ARCHETYPES = Archetype.values();

    private final ScenarioIndex index;
    private final double[] perArchetype = new double[ARCHETYPES.length];

    private Workforce(ScenarioIndex index) {
        this.index = index;
        Settings settings = index.design().settings();
        for (Archetype a : ARCHETYPES) {
            perArchetype[a.ordinal()] = settings.costPerFte(a);
        }
    }

    public static Workforce of(ScenarioIndex index) {
        return new Workforce(index);
    }

    /** The FTE in phase {@code p} of the role at node index {@code v} (0 for any other node), active or not. */
    public double fte(int v, int p) {
        return index.isRole(v) ? fte(index.role(v), p) : 0;
    }

    /** {@code role}'s FTE in phase {@code p}. */
    double fte(Role role, int p) {
        List<FteChange> changes = role.fteChanges();
        if (changes.isEmpty()) {
            return role.fte();
        }
        double fte = role.fte();
        int latest = -1;
        DesignIndex design = index.designIndex();
        for (FteChange change : changes) {
            int at = design.phaseIndex(change.phase());
            if (at >= 0 && at <= p && at > latest) {
                latest = at;
                fte = change.fte();
            }
        }
        return fte;
    }

    double costPerFte(Role role) {
        Double own = role.cost();
        return own != null ? own : perArchetype[role.archetype().ordinal()];
    }

    /** The cost in phase {@code p} of the role at node index {@code v}: FTE in phase × cost per FTE. */
    public double cost(int v, int p) {
        if (!index.isRole(v)) {
            return 0;
        }
        Role role = index.role(v);
        return fte(role, p) * costPerFte(role);
    }

    /** Whether the node is a role whose staffing is {@code open} or {@code planned}. */
    public boolean isVacant(int v) {
        return index.isRole(v) && index.role(v).staffing().vacant();
    }

    /**
     * The phase a vacant role is to be hired in: its own {@code from} (the first phase when it has
     * none; not narrowed by its team), whether or not the role is active then; -1 for a filled role
     * or any other node (format-v2.md §7, {@code hires}).
     */
    public int hirePhase(int v) {
        if (!isVacant(v)) {
            return -1;
        }
        int p = index.designIndex().phaseIndex(index.role(v).from());
        return p >= 0 ? p : 0;
    }
}
