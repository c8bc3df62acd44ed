package org.modesign.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.modesign.analysis.Hires;
import org.modesign.analysis.ScenarioIndex;
import org.modesign.analysis.Workforce;
import org.modesign.model.Staffing;
import org.modesign.model.Team;

/**
 * The hires of a scenario's plan: one row per open or planned role, at the phase it is to be hired
 * in (its own {@code from}, the first phase when it has none: format-v2.md §7 {@code hires}), with
 * its team's name, effective region, staffing and its FTE and yearly cost in that phase. The same
 * roles, in the same order, as the {@link PhaseStep#hires()} of the plan and the {@code hires}
 * metric; one computation for the plan view's table and the hires CSV.
 */
public final class HiringPlan {

    /**
     * One role to hire.
     *
     * @param phase  the id of the phase it is hired in
     * @param role   its id
     * @param team   its team's name, or {@code null} when it has none
     * @param region its effective region id ({@code global}, its own, else its team's)
     */
    public record Hire(String phase, String role, String title, String team, String region, Staffing staffing,
            double fte, double cost) {

        public Hire {
            Objects.requireNonNull(phase, "phase");
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(region, "region");
            Objects.requireNonNull(staffing, "staffing");
        }
    }

    private HiringPlan() {
    }

    /** The hires of the index's scenario: by phase, then by role id. O(nodes). */
    public static List<Hire> of(ScenarioIndex index) {
        Workforce workforce = Workforce.of(index);
        Hires byPhase = index.hires();
        int phases = index.design().phases().size();
        List<Hire> hires = new ArrayList<>();
        for (int p = 0; p < phases; p++) {
            String phase = index.design().phases().get(p).id();
            for (int k = 0; k < byPhase.count(p); k++) {
                int v = byPhase.role(p, k);
                int team = index.team(v);
                hires.add(new Hire(phase, index.id(v), index.role(v).title(),
                        team >= 0 && index.node(team) instanceof Team t ? t.name() : null, index.region(v),
                        index.role(v).staffing(), workforce.fte(v, p), workforce.cost(v, p)));
            }
        }
        return hires;
    }
}
