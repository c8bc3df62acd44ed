package org.modesign.format;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.modesign.model.Archetype;
import org.modesign.model.Capability;
import org.modesign.model.Design;
import org.modesign.model.Executive;
import org.modesign.model.Integrity;
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

/**
 * jqwik generators of valid designs (every one passes {@link Integrity#check}), for property tests
 * in any package. Sizes shrink; the content is drawn from a generated seed and covers the awkward
 * cases: every optional value present or absent, odd ids, text with quotes, escapes, control
 * characters, non-ASCII and lone surrogates, and numbers from -0.0 to 1e300.
 */
public final class DesignArbitraries {

    private static final String ID_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.-";
    private static final String[] TEXT_PIECES = {"Acme", " ", "CoE", "é", "社長", "🚀", "\"", "\\", "\n", "\t",
        "\u0000", "\u001f", "\u007f", "\u2028", "\ud800", "\udfff", "/", "{", "]", ":", ",", "global", "x y"};
    private static final double[] NUMBERS = {0, -0.0, 1, -1, 0.5, 400, 120.25, -7.75, 1e-7, 1e15, 1e300,
        Double.MIN_VALUE, 0.1 + 0.2, 123456789.123, 1e-6, 9.99e-7, 1e-5, 999999999999999.9};

    private DesignArbitraries() {
    }

    /** Valid designs of up to about 40 nodes. */
    public static Arbitrary<Design> designs() {
        return designs(12);
    }

    /** Valid designs with up to {@code maxNodesPerScenario} nodes in each scenario. */
    public static Arbitrary<Design> designs(int maxNodesPerScenario) {
        return Combinators.combine(
                        Arbitraries.integers().between(0, 3),
                        Arbitraries.integers().between(0, 5),
                        Arbitraries.integers().between(1, 4),
                        Arbitraries.integers().between(1, 3),
                        Arbitraries.integers().between(0, maxNodesPerScenario),
                        Arbitraries.longs())
                .as((regions, capabilities, phases, scenarios, nodes, seed) ->
                        new Builder(new Random(seed)).design(regions, capabilities, phases, scenarios, nodes));
    }

    /** Builds one valid design from a seed. */
    private static final class Builder {

        private final Random random;
        private List<Region> regions;
        private List<Capability> capabilities;
        private List<Phase> phases;

        Builder(Random random) {
            this.random = random;
        }

        Design design(int regionCount, int capabilityCount, int phaseCount, int scenarioCount, int maxNodes) {
            regions = new ArrayList<>();
            for (String id : ids(regionCount, Set.of(Region.GLOBAL))) {
                regions.add(new Region(id, text()));
            }
            capabilities = new ArrayList<>();
            for (String id : ids(capabilityCount, Set.of())) {
                capabilities.add(new Capability(id, text(), pick(Layer.values()), pick(Scope.values()),
                        pick(Archetype.values())));
            }
            phases = new ArrayList<>();
            for (String id : ids(phaseCount, Set.of())) {
                phases.add(new Phase(id, text(), subset(capabilities.stream().map(Capability::id).toList())));
            }
            List<Scenario> scenarios = new ArrayList<>();
            for (String id : ids(scenarioCount, Set.of())) {
                scenarios.add(scenario(id, random.nextInt(maxNodes + 1)));
            }
            Design design = new Design(text(), random.nextBoolean() ? "" : text(),
                    new Settings(1 + random.nextInt(30)), regions, capabilities, phases, scenarios);
            List<?> problems = Integrity.check(design);
            if (!problems.isEmpty()) {
                throw new IllegalStateException("generated an invalid design: " + problems);
            }
            return design;
        }

        private Scenario scenario(String id, int nodeCount) {
            List<String> nodeIds = ids(nodeCount, Set.of());
            List<String> teamIds = new ArrayList<>();
            List<Node> nodes = new ArrayList<>();
            for (String nodeId : nodeIds) {
                int kind = random.nextInt(4);
                if (kind == 0) {
                    nodes.add(new Executive(nodeId, pick(Office.values()), text(), number(), number()));
                } else if (kind == 1) {
                    String[] range = phaseRange();
                    nodes.add(new Team(nodeId, text(), regionOrNull(), range[0], range[1], number(), number()));
                    teamIds.add(nodeId);
                } else {
                    nodes.add(null); // a role, made once every team is known
                }
            }
            for (int i = 0; i < nodes.size(); i++) {
                if (nodes.get(i) == null) {
                    nodes.set(i, role(nodeIds.get(i), teamIds));
                }
            }
            return new Scenario(id, text(), pick(Strategy.values()), nodes, lines(nodeIds));
        }

        private Role role(String id, List<String> teamIds) {
            String team = teamIds.isEmpty() || random.nextBoolean()
                    ? null : teamIds.get(random.nextInt(teamIds.size()));
            String[] range = phaseRange();
            List<Responsibility> responsibilities = new ArrayList<>();
            for (String capability : subset(capabilities.stream().map(Capability::id).toList())) {
                responsibilities.add(new Responsibility(capability, pick(Raci.values())));
            }
            return new Role(id, text(), pick(Archetype.values()), team, regionOrNull(), fte(),
                    pick(Sourcing.values()), range[0], range[1], responsibilities, number(), number());
        }

        private List<Line> lines(List<String> nodeIds) {
            List<Line> lines = new ArrayList<>();
            if (nodeIds.size() < 2) {
                return lines;
            }
            Set<String> pairs = new HashSet<>();
            int wanted = random.nextInt(nodeIds.size() * 2);
            for (int i = 0; i < wanted; i++) {
                String from = nodeIds.get(random.nextInt(nodeIds.size()));
                String to = nodeIds.get(random.nextInt(nodeIds.size()));
                if (!from.equals(to) && pairs.add(from + "\u0000" + to)) {
                    lines.add(new Line(from, to, pick(LineStyle.values())));
                }
            }
            return lines;
        }

        /** {from, to}: each absent or a phase, from never after to. */
        private String[] phaseRange() {
            int a = random.nextInt(phases.size());
            int b = a + random.nextInt(phases.size() - a);
            String from = random.nextBoolean() ? null : phases.get(a).id();
            String to = random.nextBoolean() ? null : phases.get(b).id();
            return new String[] {from, to};
        }

        private String regionOrNull() {
            int choice = random.nextInt(regions.size() + 2);
            if (choice == 0) {
                return null;
            }
            return choice == 1 ? Region.GLOBAL : regions.get(choice - 2).id();
        }

        private List<String> ids(int count, Set<String> taken) {
            Set<String> ids = new LinkedHashSet<>();
            while (ids.size() < count) {
                int length = random.nextInt(10) == 0 ? 64 : 1 + random.nextInt(8);
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < length; i++) {
                    sb.append(ID_CHARS.charAt(random.nextInt(ID_CHARS.length())));
                }
                if (!taken.contains(sb.toString())) {
                    ids.add(sb.toString());
                }
            }
            return new ArrayList<>(ids);
        }

        private List<String> subset(List<String> from) {
            List<String> list = new ArrayList<>();
            for (String s : from) {
                if (random.nextInt(3) == 0) {
                    list.add(random.nextBoolean() ? list.size() : 0, s);
                }
            }
            return list;
        }

        private String text() {
            StringBuilder sb = new StringBuilder();
            int pieces = random.nextInt(5);
            for (int i = 0; i < pieces; i++) {
                sb.append(random.nextInt(3) == 0 ? pick(TEXT_PIECES) : Character.toString(32 + random.nextInt(95)));
            }
            return sb.toString();
        }

        private double number() {
            int choice = random.nextInt(4);
            if (choice == 0) {
                return NUMBERS[random.nextInt(NUMBERS.length)];
            }
            if (choice == 1) {
                return (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(20) - 5);
            }
            return random.nextInt(2000) - 500;
        }

        private double fte() {
            double[] edges = {1, 0.5, 10_000, Double.MIN_VALUE, 0.1, 2.75};
            return random.nextBoolean() ? edges[random.nextInt(edges.length)] : 10_000 * (1 - random.nextDouble());
        }

        private <T> T pick(T[] values) {
            return values[random.nextInt(values.length)];
        }
    }
}
