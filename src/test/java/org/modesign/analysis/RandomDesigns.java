package org.modesign.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.modesign.model.Archetype;
import org.modesign.model.Capability;
import org.modesign.model.Design;
import org.modesign.model.Executive;
import org.modesign.model.Layer;
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
import org.modesign.model.Scope;
import org.modesign.model.Settings;
import org.modesign.model.Sourcing;
import org.modesign.model.Strategy;
import org.modesign.model.Team;

/** Small random designs that the loader would accept, for comparing the rules with a naive reading. */
final class RandomDesigns {

    private final Random random;
    private final List<String> phases = new ArrayList<>();
    private final List<String> regions = new ArrayList<>();
    private final List<String> capabilities = new ArrayList<>();

    private RandomDesigns(long seed) {
        random = new Random(seed);
    }

    static Design generate(long seed) {
        return new RandomDesigns(seed).design();
    }

    private Design design() {
        List<Region> regionList = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            regions.add("g" + i);
            regionList.add(new Region("g" + i, "Region " + i));
        }
        List<Capability> capabilityList = new ArrayList<>();
        for (int i = 1 + random.nextInt(3); i > 0; i--) {
            capabilities.add("c" + i);
            capabilityList.add(new Capability("c" + i, "Capability " + i, Layer.PLATFORM, pick(Scope.values()),
                    pick(Archetype.values())));
        }
        List<Phase> phaseList = new ArrayList<>();
        for (int i = 1 + random.nextInt(3); i > 0; i--) {
            List<String> requires = capabilities.stream().filter(c -> random.nextBoolean()).toList();
            phases.add("p" + i);
            phaseList.add(new Phase("p" + i, "Phase " + i, requires));
        }
        List<Scenario> scenarios = new ArrayList<>();
        for (int i = 1 + random.nextInt(2); i > 0; i--) {
            scenarios.add(scenario("s" + i));
        }
        return new Design("Random", "", new Settings(1 + random.nextInt(3)), regionList, capabilityList,
                phaseList, scenarios);
    }

    private Scenario scenario(String id) {
        List<String> ids = new ArrayList<>();
        for (char c = 'a'; c <= 'p'; c++) {
            ids.add(String.valueOf(c));
            ids.add(String.valueOf(Character.toUpperCase(c)));
        }
        Collections.shuffle(ids, random);
        List<Node> nodes = new ArrayList<>();
        List<String> teams = new ArrayList<>();
        for (int i = 1 + random.nextInt(3); i > 0; i--) {
            Office office = random.nextInt(3) == 0 ? pick(Office.values()) : Office.CEO;
            nodes.add(new Executive(ids.remove(0), office, "Executive " + i, 0, 0));
        }
        for (int i = random.nextInt(3); i > 0; i--) {
            String[] range = range();
            teams.add(ids.get(0));
            nodes.add(new Team(ids.remove(0), "Team " + i, region(), range[0], range[1], 0, 0));
        }
        for (int i = random.nextInt(9); i > 0; i--) {
            nodes.add(role(ids.remove(0), "Role " + random.nextInt(4), teams));
        }
        Collections.shuffle(nodes, random);
        return new Scenario(id, "Scenario " + id, Strategy.OTHER, nodes, lines(nodes));
    }

    private Role role(String id, String title, List<String> teams) {
        String team = teams.isEmpty() || random.nextBoolean() ? null : teams.get(random.nextInt(teams.size()));
        String[] range = range();
        List<Responsibility> held = new ArrayList<>();
        for (String c : capabilities) {
            if (random.nextBoolean()) {
                held.add(new Responsibility(c, pick(Raci.values())));
            }
        }
        double fte = new double[] {0.5, 1, 2}[random.nextInt(3)];
        return new Role(id, title, pick(Archetype.values()), team, region(), fte, pick(Sourcing.values()),
                range[0], range[1], held, 0, 0);
    }

    private List<Line> lines(List<Node> nodes) {
        List<Line> lines = new ArrayList<>();
        Set<String> pairs = new HashSet<>();
        for (int i = random.nextInt(2 * nodes.size() + 1); i > 0; i--) {
            String from = nodes.get(random.nextInt(nodes.size())).id();
            String to = nodes.get(random.nextInt(nodes.size())).id();
            if (!from.equals(to) && pairs.add(from + ">" + to)) {
                lines.add(new Line(from, to, random.nextInt(4) == 0 ? LineStyle.DOTTED : LineStyle.SOLID));
            }
        }
        return lines;
    }

    private String region() {
        int r = random.nextInt(regions.size() + 2);
        return r == 0 ? null : r == 1 ? Region.GLOBAL : regions.get(r - 2);
    }

    /** A from/to pair, either possibly left out, from never after to. */
    private String[] range() {
        int a = random.nextInt(phases.size());
        int b = random.nextInt(phases.size());
        String from = random.nextBoolean() ? null : phases.get(Math.min(a, b));
        String to = random.nextBoolean() ? null : phases.get(Math.max(a, b));
        return new String[] {from, to};
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }
}
