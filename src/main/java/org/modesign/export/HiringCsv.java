package org.modesign.export;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.modesign.analysis.ScenarioIndex;
import org.modesign.analysis.Workforce;
import org.modesign.model.Design;
import org.modesign.model.Node;
import org.modesign.model.Phase;
import org.modesign.model.Role;
import org.modesign.model.Scenario;
import org.modesign.model.Team;
import org.modesign.plan.HiringPlan;

/**
 * The staffing and hiring plan (format v2): per phase (every phase, or the one asked for), one row
 * per role active in it, with {@link #HEADER}: its team's name, effective region, staffing
 * ({@code filled}, {@code open}, {@code planned}), FTE in the phase and yearly cost in the phase
 * (FTE × the role's cost, else its archetype's cost per FTE). Filter on {@code staffing} for the
 * positions to hire; sum {@code cost} per phase for the people budget. The hires alone (what the
 * plan view's hiring table shows) have the same columns: {@link #hires}.
 */
public final class HiringCsv {

    /** The header row, exactly. */
    public static final List<String> HEADER = List.of("phase", "role", "title", "team", "region", "staffing", "fte",
            "cost");

    private HiringCsv() {
    }

    static CsvWriter table(Design design, Scenario scenario, Phase only) {
        ScenarioIndex index = ScenarioIndex.of(design, scenario);
        Workforce workforce = Workforce.of(index);
        Map<String, Node> byId = scenario.nodesById();
        CsvWriter table = new CsvWriter(HEADER);
        for (int p = 0; p < design.phases().size(); p++) {
            Phase phase = design.phases().get(p);
            if (only != null && !only.id().equals(phase.id())) {
                continue;
            }
            for (int v = 0; v < index.size(); v++) {
                if (index.isRole(v) && index.isActive(v, p)) {
                    Role role = index.role(v);
                    table.row(Arrays.asList(phase.id(), role.id(), role.title(), teamName(byId, role),
                            index.region(v), role.staffing().code(), Decimals.text(workforce.fte(v, p)),
                            Decimals.text(workforce.cost(v, p))));
                }
            }
        }
        return table;
    }

    /**
     * The hires (format v2): one row per open or planned role at the phase it is to be hired in
     * (every phase, or the one asked for), with its FTE and yearly cost in that phase.
     */
    static CsvWriter hires(Design design, Scenario scenario, Phase only) {
        CsvWriter table = new CsvWriter(HEADER);
        for (HiringPlan.Hire hire : HiringPlan.of(ScenarioIndex.of(design, scenario))) {
            if (only == null || only.id().equals(hire.phase())) {
                table.row(Arrays.asList(hire.phase(), hire.role(), hire.title(), hire.team(), hire.region(),
                        hire.staffing().code(), Decimals.text(hire.fte()), Decimals.text(hire.cost())));
            }
        }
        return table;
    }

    private static String teamName(Map<String, Node> byId, Role role) {
        return role.team() != null && byId.get(role.team()) instanceof Team team ? team.name() : null;
    }
}
