package org.modesign.format;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.modesign.model.Archetype;
import org.modesign.model.Capability;
import org.modesign.model.Charter;
import org.modesign.model.Design;
import org.modesign.model.Executive;
import org.modesign.model.FteChange;
import org.modesign.model.Integrity;
import org.modesign.model.Layer;
import org.modesign.model.Node;
import org.modesign.model.Objective;
import org.modesign.model.Obstacle;
import org.modesign.model.ObstacleKind;
import org.modesign.model.Phase;
import org.modesign.model.Raci;
import org.modesign.model.Readiness;
import org.modesign.model.ReadinessAnswer;
import org.modesign.model.ReadinessTest;
import org.modesign.model.Region;
import org.modesign.model.Responsibility;
import org.modesign.model.Role;
import org.modesign.model.Scenario;
import org.modesign.model.Settings;
import org.modesign.model.StackEntry;
import org.modesign.model.Staffing;
import org.modesign.model.Team;
import org.modesign.model.TeamKind;
import org.modesign.model.Tool;
import org.modesign.model.ToolCategory;

/**
 * jqwik generators of valid designs that use the fields of format version 2 (every one passes
 * {@link Integrity#check}): the designs of {@link DesignArbitraries} with each v2 field drawn,
 * its default included, so that some designs stay version 1.
 */
public final class V2Arbitraries {

    private static final String ID_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.-";
    private static final String[] TEXT_PIECES = {"Acme", " ", "€", "社長", "🚀", "\"", "\\", "\n", "\u0000", "\ud800",
        "x y", "global"};
    private static final double[] COSTS = {0, -0.0, 1, 0.5, 90000, 1e300, Double.MIN_VALUE, 123456.789};

    private V2Arbitraries() {
    }

    /** Valid designs that use version 2 fields, of up to about 40 nodes. */
    public static Arbitrary<Design> designs() {
        return Combinators.combine(DesignArbitraries.designs(), Arbitraries.longs())
                .as((design, seed) -> new Decorator(new Random(seed), design).design());
    }

    /** Draws the v2 fields of one valid design. */
    private static final class Decorator {

        private final Random random;
        private final Design base;
        private final int phases;
        private List<Tool> tools;

        Decorator(Random random, Design base) {
            this.random = random;
            this.base = base;
            this.phases = base.phases().size();
        }

        Design design() {
            List<String> capabilities = base.capabilities().stream().map(Capability::id).toList();
            tools = new ArrayList<>();
            for (String id : ids(random.nextInt(4))) {
                tools.add(new Tool(id, text(), pick(ToolCategory.values()), pick(Layer.values()), cost(),
                        subset(capabilities)));
            }
            List<Capability> caps = base.capabilities().stream().map(c -> c.withNeedsTool(random.nextBoolean())).toList();
            List<Phase> phaseList = base.phases().stream()
                    .map(p -> p.withGoal(random.nextBoolean() ? "" : text())).toList();
            List<Scenario> scenarios = base.scenarios().stream().map(this::scenario).toList();
            Design design = new Design(base.title(), base.description(), settings(), base.regions(), caps, phaseList,
                    scenarios, random.nextInt(3) == 0 ? null : charter(), tools);
            List<?> problems = Integrity.check(design);
            if (!problems.isEmpty()) {
                throw new IllegalStateException("generated an invalid design: " + problems);
            }
            return design;
        }

        private Settings settings() {
            Map<Archetype, Double> costs = new EnumMap<>(Archetype.class);
            for (Archetype a : Archetype.values()) {
                if (random.nextInt(3) == 0) {
                    costs.put(a, cost());
                }
            }
            String currency = random.nextBoolean() ? "" : new String(Character.toChars(0x20AC)).repeat(random.nextInt(9));
            return new Settings(base.settings().spanOfControlMax(), currency, costs);
        }

        private Charter charter() {
            List<ReadinessTest> tests = new ArrayList<>(List.of(ReadinessTest.values()));
            java.util.Collections.shuffle(tests, random);
            List<Readiness> readiness = tests.subList(0, random.nextInt(4)).stream()
                    .map(t -> new Readiness(t, pick(ReadinessAnswer.values()), text())).toList();
            List<Objective> objectives = ids(random.nextInt(3)).stream()
                    .map(id -> new Objective(id, text(), text(), text(), random.nextBoolean() ? null : phaseId())).toList();
            List<Obstacle> obstacles = ids(random.nextInt(3)).stream()
                    .map(id -> new Obstacle(id, pick(ObstacleKind.values()), text(), text())).toList();
            return new Charter(random.nextBoolean() ? "" : text(), readiness, objectives, obstacles);
        }

        private Scenario scenario(Scenario s) {
            List<String> teams = s.nodes().stream().filter(n -> n instanceof Team).map(Node::id).toList();
            List<Node> nodes = new ArrayList<>();
            for (Node node : s.nodes()) {
                if (node instanceof Team team) {
                    nodes.add(team.withKind(pick(TeamKind.values())));
                } else if (node instanceof Executive e) {
                    nodes.add(e.withResponsibilities(letters(List.of(), 0, phases - 1)).withAlsoIn(subset(teams)));
                } else {
                    nodes.add(role((Role) node, teams));
                }
            }
            return s.withNodes(nodes).withStack(stack(s.nodes()));
        }

        private Role role(Role role, List<String> teams) {
            int from = role.from() == null ? 0 : base.phaseIndex(role.from());
            int to = role.to() == null ? phases - 1 : base.phaseIndex(role.to());
            List<String> alsoIn = new ArrayList<>(subset(teams));
            alsoIn.remove(role.team());
            Staffing staffing = pick(Staffing.values());
            String person = staffing.vacant() || random.nextBoolean() ? "" : text();
            List<FteChange> changes = new ArrayList<>();
            for (int p = from; p <= to; p++) {
                if (random.nextInt(3) == 0) {
                    changes.add(new FteChange(base.phases().get(p).id(), random.nextBoolean() ? 0.5 : 10_000));
                }
            }
            return role.withAlsoIn(alsoIn).withStaffing(staffing).withPerson(person)
                    .withCost(random.nextBoolean() ? null : cost()).withFteChanges(changes)
                    .withResponsibilities(letters(role.responsibilities(), from, to));
        }

        /**
         * The letters with spans drawn: a capability keeps its one letter, with or without a span,
         * or is split into two letters whose spans do not overlap.
         */
        private List<Responsibility> letters(List<Responsibility> held, int from, int to) {
            List<Responsibility> letters = new ArrayList<>();
            List<Responsibility> source = held.isEmpty() && random.nextBoolean()
                    ? base.capabilities().stream().limit(2).map(c -> new Responsibility(c.id(), pick(Raci.values())))
                            .toList()
                    : held;
            for (Responsibility r : source) {
                int choice = random.nextInt(4);
                if (choice == 0 || from > to) {
                    letters.add(r);
                } else if (choice == 1) {
                    int a = from + random.nextInt(to - from + 1);
                    letters.add(r.withSpan(random.nextBoolean() ? phaseId(a) : null, phaseId(a + random.nextInt(to - a + 1))));
                } else if (choice == 2 && from < to) {
                    int cut = from + random.nextInt(to - from);
                    letters.add(r.withSpan(null, phaseId(cut)));
                    letters.add(new Responsibility(r.capability(), pick(Raci.values()), phaseId(cut + 1), null));
                } else {
                    int a = random.nextInt(phases);
                    letters.add(r.withSpan(phaseId(a), phaseId(a + random.nextInt(phases - a))));
                }
            }
            return letters;
        }

        private List<StackEntry> stack(List<Node> nodes) {
            List<StackEntry> stack = new ArrayList<>();
            Set<String> deployed = new HashSet<>();
            for (int i = random.nextInt(5); i > 0 && !tools.isEmpty(); i--) {
                String tool = pick(tools.toArray(new Tool[0])).id();
                String region = random.nextBoolean() || base.regions().isEmpty() ? Region.GLOBAL
                        : pick(base.regions().toArray(new Region[0])).id();
                if (!deployed.add(tool + "\u0000" + region)) {
                    continue;
                }
                String owner = nodes.isEmpty() || random.nextBoolean() ? null
                        : nodes.get(random.nextInt(nodes.size())).id();
                int a = random.nextInt(phases);
                int b = a + random.nextInt(phases - a);
                stack.add(new StackEntry(tool, region, owner, random.nextBoolean() ? null : phaseId(a),
                        random.nextBoolean() ? null : phaseId(b)));
            }
            return stack;
        }

        private String phaseId() {
            return phaseId(random.nextInt(phases));
        }

        private String phaseId(int index) {
            return base.phases().get(index).id();
        }

        private double cost() {
            return random.nextBoolean() ? COSTS[random.nextInt(COSTS.length)] : random.nextInt(200_000);
        }

        private List<String> ids(int count) {
            Set<String> ids = new LinkedHashSet<>();
            while (ids.size() < count) {
                StringBuilder sb = new StringBuilder();
                for (int i = 1 + random.nextInt(6); i > 0; i--) {
                    sb.append(ID_CHARS.charAt(random.nextInt(ID_CHARS.length())));
                }
                ids.add(sb.toString());
            }
            return new ArrayList<>(ids);
        }

        private List<String> subset(List<String> from) {
            List<String> list = new ArrayList<>();
            for (String s : from) {
                if (random.nextInt(3) == 0) {
                    list.add(s);
                }
            }
            return list;
        }

        private String text() {
            StringBuilder sb = new StringBuilder();
            for (int i = random.nextInt(4); i > 0; i--) {
                sb.append(random.nextInt(3) == 0 ? pick(TEXT_PIECES) : Character.toString(32 + random.nextInt(95)));
            }
            return sb.toString();
        }

        private <T> T pick(T[] values) {
            return values[random.nextInt(values.length)];
        }
    }
}
