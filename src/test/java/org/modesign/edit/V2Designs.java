package org.modesign.edit;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.modesign.model.Archetype;
import org.modesign.model.Capability;
import org.modesign.model.Charter;
import org.modesign.model.Design;
import org.modesign.model.Executive;
import org.modesign.model.FteChange;
import org.modesign.model.Layer;
import org.modesign.model.Line;
import org.modesign.model.LineStyle;
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
import org.modesign.model.Region;
import org.modesign.model.Responsibility;
import org.modesign.model.Role;
import org.modesign.model.Scenario;
import org.modesign.model.Scope;
import org.modesign.model.Settings;
import org.modesign.model.Sourcing;
import org.modesign.model.StackEntry;
import org.modesign.model.Staffing;
import org.modesign.model.Strategy;
import org.modesign.model.Team;
import org.modesign.model.TeamKind;
import org.modesign.model.Tool;
import org.modesign.model.ToolCategory;

/**
 * Small random designs with every field of format version 2 drawn at random (one to four phases,
 * up to two regions, four capabilities, three tools, two scenarios of up to a dozen cards, a
 * charter, a stack per scenario), sound by construction: letters and FTE changes that would break
 * the rules are left out. One seed, one design.
 */
final class V2Designs {

    private final Random random;
    private final List<String> phases = new ArrayList<>();
    private final List<String> regions = new ArrayList<>();
    private final List<String> capabilities = new ArrayList<>();
    private final List<String> tools = new ArrayList<>();
    private PhaseOrder order;

    private V2Designs(long seed) {
        this.random = new Random(seed);
    }

    static Design generate(long seed) {
        return new V2Designs(seed).design();
    }

    private Design design() {
        int phaseCount = 1 + random.nextInt(4);
        for (int i = 1; i <= phaseCount; i++) {
            phases.add("p" + i);
        }
        List<Region> declared = new ArrayList<>();
        for (String id : List.of("emea", "apac").subList(0, random.nextInt(3))) {
            regions.add(id);
            declared.add(new Region(id, id.toUpperCase()));
        }
        List<Capability> catalogue = new ArrayList<>();
        int capabilityCount = 1 + random.nextInt(4);
        for (int i = 1; i <= capabilityCount; i++) {
            capabilities.add("c" + i);
            catalogue.add(new Capability("c" + i, "Capability " + i, pick(Layer.values()), pick(Scope.values()),
                    pick(Archetype.values()), random.nextBoolean()));
        }
        List<Phase> plan = new ArrayList<>();
        for (String id : phases) {
            plan.add(new Phase(id, "Phase " + id, subset(capabilities), random.nextBoolean() ? "" : "Goal of " + id));
        }
        order = new PhaseOrder(plan);
        List<Tool> catalogueOfTools = new ArrayList<>();
        int toolCount = random.nextInt(4);
        for (int i = 1; i <= toolCount; i++) {
            tools.add("t" + i);
            catalogueOfTools.add(new Tool("t" + i, "Tool " + i, pick(ToolCategory.values()), pick(Layer.values()),
                    pick(new Double[] {0.0, 1_000.0, 50_000.0}), subset(capabilities)));
        }
        List<Scenario> scenarios = new ArrayList<>();
        int scenarioCount = 1 + random.nextInt(2);
        for (int i = 1; i <= scenarioCount; i++) {
            scenarios.add(scenario("s" + i));
        }
        return new Design("Generated", "", settings(), declared, catalogue, plan, scenarios, charter(),
                catalogueOfTools);
    }

    private Settings settings() {
        Map<Archetype, Double> costs = new EnumMap<>(Archetype.class);
        for (Archetype archetype : Archetype.values()) {
            if (random.nextInt(3) == 0) {
                costs.put(archetype, 100_000.0 + random.nextInt(5) * 10_000);
            }
        }
        return new Settings(Settings.DEFAULT_SPAN_OF_CONTROL_MAX, pick(new String[] {"", "USD", "\u20AC"}), costs);
    }

    private Charter charter() {
        List<Readiness> readiness = new ArrayList<>();
        for (ReadinessTest test : ReadinessTest.values()) {
            if (random.nextBoolean()) {
                readiness.add(new Readiness(test, pick(ReadinessAnswer.values()), random.nextBoolean() ? "" : "Note"));
            }
        }
        List<Objective> objectives = new ArrayList<>();
        int objectiveCount = random.nextInt(4);
        for (int i = 1; i <= objectiveCount; i++) {
            objectives.add(new Objective("o" + i, "Objective " + i, random.nextBoolean() ? "" : "share", "",
                    maybe(phases)));
        }
        List<Obstacle> obstacles = new ArrayList<>();
        int obstacleCount = random.nextInt(3);
        for (int i = 1; i <= obstacleCount; i++) {
            obstacles.add(new Obstacle("b" + i, pick(ObstacleKind.values()), "Obstacle " + i, ""));
        }
        return new Charter(random.nextBoolean() ? "" : "Mission", readiness, objectives, obstacles);
    }

    private Scenario scenario(String id) {
        List<Node> nodes = new ArrayList<>();
        List<String> teamIds = new ArrayList<>();
        int executives = random.nextInt(3);
        for (int i = 1; i <= executives; i++) {
            nodes.add(new Executive("e" + i, pick(Office.values()), "Executive " + i, i * 100, 0));
        }
        int teams = random.nextInt(4);
        for (int i = 1; i <= teams; i++) {
            String[] span = span();
            nodes.add(new Team("team" + i, "Team " + i, maybe(regions), span[0], span[1], i * 100, 100,
                    pick(TeamKind.values())));
            teamIds.add("team" + i);
        }
        int roles = random.nextInt(7);
        for (int i = 1; i <= roles; i++) {
            nodes.add(role("r" + i, teamIds, i));
        }
        List<Node> withTeams = new ArrayList<>(nodes.size());
        for (Node node : nodes) {
            withTeams.add(node instanceof Executive executive
                    ? executive.withAlsoIn(subset(teamIds))
                            .withResponsibilities(letters(executive))
                    : node);
        }
        return new Scenario(id, "Scenario " + id, pick(Strategy.values()), withTeams, lines(withTeams),
                stack(withTeams));
    }

    private Role role(String id, List<String> teams, int i) {
        String[] span = span();
        String team = random.nextBoolean() ? maybe(teams) : null;
        Staffing staffing = pick(Staffing.values());
        List<String> alsoIn = new ArrayList<>(subset(teams));
        alsoIn.remove(team);
        Role role = new Role(id, "Role " + i, pick(Archetype.values()), team, maybe(regions), 0.5 + random.nextInt(3),
                pick(Sourcing.values()), span[0], span[1], List.of(), i * 100, 300, alsoIn, staffing,
                staffing == Staffing.FILLED && random.nextBoolean() ? "Person " + i : "",
                random.nextBoolean() ? null : 90_000.0, List.of());
        List<FteChange> changes = new ArrayList<>();
        for (String phase : phases) {
            if (random.nextInt(3) == 0) {
                changes.add(new FteChange(phase, 0.5 + random.nextInt(4)));
            }
        }
        role = FteSteps.sound(order, role.withFteChanges(changes));
        return role.withResponsibilities(letters(role));
    }

    private List<Responsibility> letters(Node holder) {
        List<Responsibility> letters = new ArrayList<>();
        int count = random.nextInt(4);
        for (int k = 0; k < count; k++) {
            String[] span = random.nextBoolean() ? new String[2] : span();
            letters.add(new Responsibility(pick(capabilities.toArray(new String[0])), pick(Raci.values()), span[0],
                    span[1]));
        }
        return Letters.sound(order, holder, letters);
    }

    private List<Line> lines(List<Node> nodes) {
        List<Line> lines = new ArrayList<>();
        Set<List<String>> pairs = new HashSet<>();
        for (int k = 0; k < nodes.size(); k++) {
            Node from = nodes.get(random.nextInt(nodes.size()));
            Node to = nodes.get(random.nextInt(nodes.size()));
            if (!from.id().equals(to.id()) && pairs.add(List.of(from.id(), to.id()))) {
                lines.add(new Line(from.id(), to.id(), pick(LineStyle.values())));
            }
        }
        return lines;
    }

    private List<StackEntry> stack(List<Node> nodes) {
        List<StackEntry> stack = new ArrayList<>();
        Set<List<String>> deployed = new HashSet<>();
        List<String> places = new ArrayList<>(regions);
        places.add(Region.GLOBAL);
        for (String tool : tools) {
            for (String region : places) {
                if (random.nextInt(3) == 0 && deployed.add(List.of(tool, region))) {
                    String[] span = span();
                    String owner = nodes.isEmpty() || random.nextInt(4) == 0 ? null
                            : nodes.get(random.nextInt(nodes.size())).id();
                    stack.add(new StackEntry(tool, region, owner, span[0], span[1]));
                }
            }
        }
        return stack;
    }

    /** {from, to}: phases in order, each end left out at random. */
    private String[] span() {
        int a = random.nextInt(phases.size());
        int b = random.nextInt(phases.size());
        return new String[] {random.nextBoolean() ? null : phases.get(Math.min(a, b)),
                random.nextBoolean() ? null : phases.get(Math.max(a, b))};
    }

    private List<String> subset(List<String> ids) {
        List<String> chosen = new ArrayList<>();
        for (String id : ids) {
            if (random.nextInt(3) == 0) {
                chosen.add(id);
            }
        }
        return chosen;
    }

    /** One of {@code ids}, or null (also when there is none). */
    private String maybe(List<String> ids) {
        return ids.isEmpty() || random.nextBoolean() ? null : ids.get(random.nextInt(ids.size()));
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }
}
