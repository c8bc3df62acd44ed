package org.modesign.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.modesign.model.Archetype;
import org.modesign.model.Design;
import org.modesign.model.Executive;
import org.modesign.model.Line;
import org.modesign.model.LineStyle;
import org.modesign.model.Node;
import org.modesign.model.Office;
import org.modesign.model.Phase;
import org.modesign.model.Region;
import org.modesign.model.Role;
import org.modesign.model.Scenario;
import org.modesign.model.Settings;
import org.modesign.model.Sourcing;
import org.modesign.model.Strategy;
import org.modesign.model.Team;

/** Designs for the render tests: a large regular chart and random ones. */
final class TestCharts {

    static final int ROLES_PER_TEAM = 20;
    static final int TEAMS_PER_ROW = 25;
    static final double TEAM_PITCH_X = 440;
    static final double TEAM_PITCH_Y = 1000;

    private TestCharts() {
    }

    /** A design with regions emea and apac, one phase, and {@code scenario} as its only scenario. */
    static Design design(Scenario scenario) {
        return new Design("Test", "", Settings.DEFAULTS,
                List.of(new Region("emea", "EMEA"), new Region("apac", "APAC")), List.of(),
                List.of(new Phase("p1", "Phase 1", List.of())), List.of(scenario));
    }

    static Scenario scenario(List<Node> nodes, List<Line> lines) {
        return new Scenario("s", "Scenario", Strategy.CENTRALIZED, nodes, lines);
    }

    /**
     * A CEO and a CMO over teams of 20 roles laid out in rows of 25 teams; per team the roles stand
     * in two columns under the team card. Role j of a team: no line of its own when j % 3 == 0 (a
     * member connector), else a solid line to the team; a dotted line to the CMO when j % 10 == 2.
     * Archetype, sourcing, FTE and region vary with j.
     */
    static Design large(int roles) {
        List<Node> nodes = new ArrayList<>();
        List<Line> lines = new ArrayList<>();
        nodes.add(new Executive("ceo", Office.CEO, "CEO", 0, -500));
        nodes.add(new Executive("cmo", Office.CMO, "CMO", 0, -300));
        lines.add(new Line("cmo", "ceo", LineStyle.SOLID));
        String[] regions = {"emea", "apac", null};
        int teams = (roles + ROLES_PER_TEAM - 1) / ROLES_PER_TEAM;
        int role = 0;
        for (int t = 0; t < teams; t++) {
            double teamX = (t % TEAMS_PER_ROW) * TEAM_PITCH_X;
            double teamY = (t / TEAMS_PER_ROW) * TEAM_PITCH_Y;
            String teamId = "t" + t;
            nodes.add(new Team(teamId, "Team " + t, regions[t % 3], null, null, teamX + 90, teamY));
            lines.add(new Line(teamId, "cmo", LineStyle.SOLID));
            for (int j = 0; j < ROLES_PER_TEAM && role < roles; j++, role++) {
                String id = "r" + role;
                Archetype archetype = Archetype.values()[j % Archetype.values().length];
                Sourcing sourcing = Sourcing.values()[j % Sourcing.values().length];
                nodes.add(new Role(id, "Role " + role, archetype, teamId, j % 7 == 0 ? "emea" : null,
                        j % 2 == 0 ? 1 : 0.5, sourcing, null, null, List.of(),
                        teamX + (j % 2) * 200, teamY + 80 + (j / 2) * 80));
                if (j % 3 != 0) {
                    lines.add(new Line(id, teamId, LineStyle.SOLID));
                }
                if (j % 10 == 2) {
                    lines.add(new Line(id, "cmo", LineStyle.DOTTED));
                }
            }
        }
        return design(scenario(nodes, lines));
    }

    /**
     * {@code count} nodes of random kinds at random places in a square of {@code spread} (they
     * overlap often), each with a random team, and about as many random lines.
     */
    static Design random(long seed, int count, double spread) {
        Random random = new Random(seed);
        List<Node> nodes = new ArrayList<>();
        List<String> teams = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            double x = (random.nextDouble() - 0.5) * spread;
            double y = (random.nextDouble() - 0.5) * spread;
            int kind = random.nextInt(6);
            if (kind == 0) {
                nodes.add(new Executive("n" + i, Office.values()[random.nextInt(6)], "Exec " + i, x, y));
            } else if (kind == 1) {
                nodes.add(new Team("n" + i, "Team " + i, random.nextBoolean() ? "apac" : null, null, null, x, y));
                teams.add("n" + i);
            } else {
                String team = teams.isEmpty() || random.nextBoolean() ? null : teams.get(random.nextInt(teams.size()));
                nodes.add(new Role("n" + i, "Role " + i, Archetype.values()[random.nextInt(5)], team, null, 1,
                        Sourcing.IN_HOUSE, null, null, List.of(), x, y));
            }
        }
        List<Line> lines = new ArrayList<>();
        java.util.Set<String> pairs = new java.util.HashSet<>();
        for (int k = 0; k < count; k++) {
            int from = random.nextInt(count);
            int to = random.nextInt(count);
            if (from != to && pairs.add(from + ">" + to)) {
                lines.add(new Line("n" + from, "n" + to, random.nextInt(4) == 0 ? LineStyle.DOTTED : LineStyle.SOLID));
            }
        }
        return design(scenario(nodes, lines));
    }

    static ChartScene scene(Design design) {
        return ChartScene.of(design, design.scenarios().get(0));
    }
}
