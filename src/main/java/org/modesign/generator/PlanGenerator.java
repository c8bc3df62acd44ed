package org.modesign.generator;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.modesign.model.Archetype;
import org.modesign.model.Capability;
import org.modesign.model.Charter;
import org.modesign.model.Executive;
import org.modesign.model.FteChange;
import org.modesign.model.Node;
import org.modesign.model.Objective;
import org.modesign.model.Obstacle;
import org.modesign.model.ObstacleKind;
import org.modesign.model.Office;
import org.modesign.model.Phase;
import org.modesign.model.Raci;
import org.modesign.model.Readiness;
import org.modesign.model.ReadinessAnswer;
import org.modesign.model.ReadinessTest;
import org.modesign.model.Responsibility;
import org.modesign.model.Role;
import org.modesign.model.Scenario;
import org.modesign.model.Settings;
import org.modesign.model.Staffing;
import org.modesign.model.Team;
import org.modesign.model.TeamKind;

/**
 * The plan fields of a generated design (format-v2.md §2) besides the stack: costs per FTE, a
 * charter, capabilities that need a tool, phase goals, team kinds (a CoE, committees, squads),
 * open and planned roles, roles with a cost of their own, FTE that changes by phase, letters that
 * change by phase (accountable, then consulted), members of committees by {@code alsoIn}, and a CMO
 * accountable for the first capability. Every choice keeps the design valid.
 */
final class PlanGenerator {

    private static final Map<Archetype, Double> COST_PER_FTE = new EnumMap<>(Map.of(
            Archetype.MAESTRO, 120_000.0, Archetype.MODELER, 125_000.0, Archetype.MAKER, 130_000.0,
            Archetype.MARKETER, 100_000.0, Archetype.LEADER, 180_000.0));

    private PlanGenerator() {
    }

    static Settings settings(Settings settings) {
        return settings.withCurrency("USD").withCostPerFte(COST_PER_FTE);
    }

    static Charter charter(List<Phase> phases) {
        String last = phases.get(phases.size() - 1).id();
        return new Charter("One marketing-operations function that makes every dollar of marketing measurable.",
                List.of(new Readiness(ReadinessTest.NEED, ReadinessAnswer.YES, "The board asked for one customer view"),
                        new Readiness(ReadinessTest.TECHNOLOGY, ReadinessAnswer.PARTLY, "Two martech purchases in two years"),
                        new Readiness(ReadinessTest.REVENUE, ReadinessAnswer.NO, "Marketing is still seen as a cost centre")),
                List.of(new Objective("o1", "Attribute revenue to campaigns", "pipeline share with a campaign source",
                                "80 %", last),
                        new Objective("o2", "Retire duplicate tools", "tools per capability", "1", phases.get(0).id())),
                List.of(new Obstacle("b1", ObstacleKind.TECHNOLOGY, "CRM and automation are not integrated",
                                "An integration team in the first phase"),
                        new Obstacle("b2", ObstacleKind.BUDGET, "Three budgets buy martech", "One martech budget")));
    }

    /** One capability in three needs a tool. */
    static List<Capability> capabilities(List<Capability> capabilities) {
        List<Capability> list = new ArrayList<>(capabilities.size());
        for (int i = 0; i < capabilities.size(); i++) {
            list.add(capabilities.get(i).withNeedsTool(i % 3 == 0));
        }
        return list;
    }

    static List<Phase> phases(List<Phase> phases) {
        List<Phase> list = new ArrayList<>(phases.size());
        for (Phase phase : phases) {
            list.add(phase.withGoal("Goal of " + phase.name().toLowerCase(java.util.Locale.ROOT)));
        }
        return list;
    }

    static Scenario scenario(Scenario scenario, List<Phase> phases, String firstCapability, SplittableRandom random) {
        List<Node> nodes = new ArrayList<>(scenario.nodes().size());
        List<String> committees = new ArrayList<>();
        for (Node node : scenario.nodes()) {
            if (node instanceof Team team && kind(team) == TeamKind.COMMITTEE) {
                committees.add(team.id());
            }
        }
        for (Node node : scenario.nodes()) {
            if (node instanceof Team team) {
                nodes.add(team.withKind(kind(team)));
            } else if (node instanceof Role role) {
                nodes.add(role(role, phases, committees, random));
            } else if (node instanceof Executive exec && exec.office() == Office.CMO) {
                nodes.add(exec.withResponsibilities(List.of(new Responsibility(firstCapability, Raci.A)))
                        .withAlsoIn(committees.isEmpty() ? List.of() : List.of(committees.get(0))));
            } else {
                nodes.add(node);
            }
        }
        return scenario.withNodes(nodes);
    }

    private static TeamKind kind(Team team) {
        int t = Integer.parseInt(team.id().substring("team-".length()));
        if (t == 1) {
            return TeamKind.COE;
        }
        return t % 25 == 3 ? TeamKind.COMMITTEE : t % 30 == 7 ? TeamKind.SQUAD : TeamKind.DEPARTMENT;
    }

    private static Role role(Role role, List<Phase> phases, List<String> committees, SplittableRandom random) {
        int from = role.from() == null ? 0 : indexOf(phases, role.from());
        int to = role.to() == null ? phases.size() - 1 : indexOf(phases, role.to());
        int draw = random.nextInt(100);
        Role r = role;
        if (draw < 5) {
            r = r.withStaffing(Staffing.PLANNED);
        } else if (draw < 8) {
            r = r.withStaffing(Staffing.OPEN);
        }
        if (random.nextInt(10) == 0) {
            r = r.withCost(80_000.0 + 5_000 * random.nextInt(30));
        }
        if (to > from && random.nextInt(20) == 0) {
            int at = from + 1 + random.nextInt(to - from);
            r = r.withFteChanges(List.of(new FteChange(phases.get(at).id(), r.fte() >= 1 ? r.fte() / 2 : r.fte() * 2)));
        }
        if (to > from && random.nextInt(10) == 0) {
            r = r.withResponsibilities(handedOver(r.responsibilities(), phases, from + random.nextInt(to - from)));
        }
        if (!committees.isEmpty() && random.nextInt(50) == 0) {
            String committee = committees.get(random.nextInt(committees.size()));
            if (!committee.equals(r.team())) {
                r = r.withAlsoIn(List.of(committee));
            }
        }
        return r;
    }

    /**
     * The first accountable letter is held until phase {@code k} (within the role's span), and
     * consulted after it: duties that move.
     */
    private static List<Responsibility> handedOver(List<Responsibility> letters, List<Phase> phases, int k) {
        List<Responsibility> list = new ArrayList<>(letters.size() + 1);
        boolean done = false;
        for (Responsibility letter : letters) {
            if (!done && letter.raci() == Raci.A) {
                list.add(new Responsibility(letter.capability(), Raci.A, null, phases.get(k).id()));
                list.add(new Responsibility(letter.capability(), Raci.C, phases.get(k + 1).id(), null));
                done = true;
            } else {
                list.add(letter);
            }
        }
        return list;
    }

    private static int indexOf(List<Phase> phases, String id) {
        for (int i = 0; i < phases.size(); i++) {
            if (phases.get(i).id().equals(id)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no phase " + id);
    }
}
