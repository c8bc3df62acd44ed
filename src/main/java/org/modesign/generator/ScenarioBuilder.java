package org.modesign.generator;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.modesign.model.Archetype;
import org.modesign.model.Capability;
import org.modesign.model.Executive;
import org.modesign.model.Line;
import org.modesign.model.LineStyle;
import org.modesign.model.Node;
import org.modesign.model.Office;
import org.modesign.model.Phase;
import org.modesign.model.Raci;
import org.modesign.model.Region;
import org.modesign.model.Responsibility;
import org.modesign.model.Role;
import org.modesign.model.Scenario;
import org.modesign.model.Sourcing;
import org.modesign.model.Strategy;
import org.modesign.model.Team;
import org.modesign.layout.Placement;
import org.modesign.layout.Spacing;
import org.modesign.layout.TreeLayout;

/** Builds one generated scenario for {@link DesignGenerator}. */
final class ScenarioBuilder {

    private static final int ROLES_PER_TEAM = 6;
    private static final int TEAMS_PER_TEAM = 4;
    private static final Archetype[] ARCHETYPES = Archetype.values();
    private static final Sourcing[] SOURCINGS = Sourcing.values();
    private static final double[] FTES = {0.5, 1, 1, 1, 1, 2, 3};

    private final GeneratorSpec spec;
    private final SplittableRandom random;
    private final List<Region> regions;
    private final List<Capability> capabilities;
    private final List<Phase> phases;
    private final Strategy strategy;
    private final Map<Archetype, List<String>> byArchetype = new EnumMap<>(Archetype.class);
    private final List<Node> nodes = new ArrayList<>();
    private int[] teamFrom;
    private final List<Line> lines = new ArrayList<>();

    ScenarioBuilder(GeneratorSpec spec, SplittableRandom random, List<Region> regions,
            List<Capability> capabilities, List<Phase> phases, Strategy strategy) {
        this.spec = spec;
        this.random = random;
        this.regions = regions;
        this.capabilities = capabilities;
        this.phases = phases;
        this.strategy = strategy;
        for (Archetype a : ARCHETYPES) {
            byArchetype.put(a, new ArrayList<>());
        }
        for (Capability c : capabilities) {
            byArchetype.get(c.archetype()).add(c.id());
        }
    }

    Scenario build(String id, String name) {
        addExecutives();
        int teams = (spec.roles() + ROLES_PER_TEAM - 1) / ROLES_PER_TEAM;
        teamFrom = new int[teams];
        for (int t = 0; t < teams; t++) {
            addTeam(t);
        }
        for (int r = 0; r < spec.roles(); r++) {
            addRole(r);
        }
        Scenario scenario = new Scenario(id, name, strategy, nodes, lines);
        Placement placement = new TreeLayout(Spacing.CARDS, true).layout(scenario);
        List<Node> placed = new ArrayList<>(nodes.size());
        for (int i = 0; i < nodes.size(); i++) {
            placed.add(nodes.get(i).withPosition(placement.x(i), placement.y(i)));
        }
        return scenario.withNodes(placed);
    }

    private void addExecutives() {
        nodes.add(new Executive("ceo", Office.CEO, "CEO", 0, 0));
        nodes.add(new Executive("cmo", Office.CMO, "CMO", -200, 120));
        nodes.add(new Executive("it", Office.IT, "CIO", 200, 120));
        nodes.add(new Executive("cfo", Office.CFO, "CFO", 400, 120));
        nodes.add(new Executive("sales", Office.SALES, "Chief Sales Officer", 600, 120));
        for (String exec : List.of("cmo", "it", "cfo", "sales")) {
            lines.add(new Line(exec, "ceo", LineStyle.SOLID));
        }
    }

    private void addTeam(int t) {
        String region = teamRegion(t);
        int parentFrom = t == 0 ? 0 : teamFrom[(t - 1) / TEAMS_PER_TEAM];
        teamFrom[t] = t > 0 && random.nextInt(10) == 0
                ? Math.max(parentFrom, random.nextInt(phases.size())) : parentFrom;
        String from = teamFrom[t] == 0 ? null : phases.get(teamFrom[t]).id();
        String id = "team-" + (t + 1);
        nodes.add(new Team(id, "Team " + (t + 1), region, from, null, 0, 0));
        String parent = t == 0 ? "cmo" : "team-" + ((t - 1) / TEAMS_PER_TEAM + 1);
        lines.add(new Line(id, parent, LineStyle.SOLID));
        if (t % 10 == 5) {
            lines.add(new Line(id, "it", LineStyle.DOTTED));
        }
    }

    private String teamRegion(int t) {
        if (regions.isEmpty()) {
            return null;
        }
        boolean local = strategy == Strategy.LOCAL_EXPRESSION ? t % 3 != 0 : t % 5 == 4;
        return local ? regions.get(t % regions.size()).id() : Region.GLOBAL;
    }

    private void addRole(int r) {
        Archetype archetype = r % ROLES_PER_TEAM == 0 ? Archetype.LEADER : ARCHETYPES[random.nextInt(ARCHETYPES.length)];
        String region = null;
        if (!regions.isEmpty() && random.nextInt(10) == 0) {
            region = regions.get(random.nextInt(regions.size())).id();
        }
        String from = null;
        String to = null;
        int team = r / ROLES_PER_TEAM;
        if (random.nextInt(5) == 0) {
            int a = teamFrom[team] + random.nextInt(phases.size() - teamFrom[team]);
            int b = a + random.nextInt(phases.size() - a);
            from = phases.get(a).id();
            to = phases.get(b).id();
        }
        Sourcing sourcing = random.nextInt(4) == 0 ? SOURCINGS[random.nextInt(SOURCINGS.length)] : Sourcing.IN_HOUSE;
        nodes.add(new Role("role-" + (r + 1), title(archetype, r), archetype, "team-" + (team + 1),
                region, FTES[random.nextInt(FTES.length)], sourcing, from, to, responsibilities(archetype), 0, 0));
    }

    /**
     * Like a real organisation: a team lead is accountable for one capability and consulted on
     * another; others do (R) work that fits their archetype, now and then own it (A), and are
     * informed of something else. About one role in a hundred owns something off its archetype.
     */
    private List<Responsibility> responsibilities(Archetype archetype) {
        List<Responsibility> list = new ArrayList<>(3);
        Set<String> taken = new HashSet<>();
        if (archetype == Archetype.LEADER) {
            add(list, taken, anyCapability(), Raci.A);
            add(list, taken, anyCapability(), Raci.C);
            return list;
        }
        String fitting = capabilityFor(archetype);
        int p = random.nextInt(100);
        if (p == 0) {
            add(list, taken, anyCapability(), Raci.A);
        } else if (fitting != null) {
            add(list, taken, fitting, p < 12 ? Raci.A : Raci.R);
        }
        add(list, taken, anyCapability(), Raci.I);
        return list;
    }

    private static void add(List<Responsibility> list, Set<String> taken, String capability, Raci letter) {
        if (taken.add(capability)) {
            list.add(new Responsibility(capability, letter));
        }
    }

    private String anyCapability() {
        return capabilities.get(random.nextInt(capabilities.size())).id();
    }

    /** A capability whose default archetype is {@code archetype}, or null when there is none. */
    private String capabilityFor(Archetype archetype) {
        List<String> fitting = byArchetype.get(archetype);
        return fitting.isEmpty() ? null : fitting.get(random.nextInt(fitting.size()));
    }

    private static String title(Archetype archetype, int r) {
        String base = switch (archetype) {
            case LEADER -> "Team lead";
            case MAESTRO -> "Marketing operations manager";
            case MODELER -> "Marketing analyst";
            case MAKER -> "Marketing engineer";
            case MARKETER -> "Campaign manager";
        };
        return base + " " + (r + 1);
    }
}
