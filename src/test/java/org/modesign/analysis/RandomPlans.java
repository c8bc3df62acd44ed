package org.modesign.analysis;

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
import org.modesign.model.Node;
import org.modesign.model.Raci;
import org.modesign.model.Readiness;
import org.modesign.model.ReadinessAnswer;
import org.modesign.model.ReadinessTest;
import org.modesign.model.Region;
import org.modesign.model.Responsibility;
import org.modesign.model.Role;
import org.modesign.model.Scenario;
import org.modesign.model.StackEntry;
import org.modesign.model.Staffing;
import org.modesign.model.Tool;
import org.modesign.model.ToolCategory;

/**
 * Small random v2 designs the loader would accept: a {@link RandomDesigns} design with letters
 * split into spans, executives holding letters, staffing, costs, FTE changes, capabilities that
 * need tools, a tool catalogue, a stack per scenario and readiness answers.
 */
final class RandomPlans {

    private final Random random;
    private final Design base;
    private final List<String> phases;

    private RandomPlans(long seed) {
        random = new Random(seed);
        base = RandomDesigns.generate(seed);
        phases = base.phases().stream().map(p -> p.id()).toList();
    }

    static Design generate(long seed) {
        return new RandomPlans(seed).design();
    }

    private Design design() {
        List<Capability> capabilities = base.capabilities().stream()
                .map(c -> c.withNeedsTool(random.nextBoolean())).toList();
        List<Tool> tools = new ArrayList<>();
        for (int t = 1 + random.nextInt(4); t > 0; t--) {
            List<String> serves = capabilities.stream().map(Capability::id).filter(c -> random.nextInt(3) > 0).toList();
            tools.add(new Tool("t" + t, "Tool " + t, pick(ToolCategory.values()), Layer.PLATFORM,
                    random.nextInt(3) * 10, serves));
        }
        Map<Archetype, Double> costs = new EnumMap<>(Archetype.class);
        for (Archetype a : Archetype.values()) {
            if (random.nextBoolean()) {
                costs.put(a, (double) (1 + random.nextInt(5)) * 100);
            }
        }
        List<Readiness> readiness = new ArrayList<>();
        for (ReadinessTest test : ReadinessTest.values()) {
            if (random.nextBoolean()) {
                readiness.add(new Readiness(test, pick(ReadinessAnswer.values()), random.nextBoolean() ? "" : "why"));
            }
        }
        List<Scenario> scenarios = base.scenarios().stream().map(s -> scenario(s, tools)).toList();
        return new Design(base.title(), "", base.settings().withCostPerFte(costs), base.regions(), capabilities,
                base.phases(), scenarios, Charter.EMPTY.withReadiness(readiness), tools);
    }

    private Scenario scenario(Scenario s, List<Tool> tools) {
        List<Node> nodes = new ArrayList<>();
        for (Node n : s.nodes()) {
            if (n instanceof Role r) {
                nodes.add(role(r));
            } else if (n instanceof Executive e && random.nextBoolean()) {
                nodes.add(new Executive(e.id(), e.office(), e.title(), 0, 0, letters(0, phases.size() - 1), List.of()));
            } else {
                nodes.add(n);
            }
        }
        List<StackEntry> stack = new ArrayList<>();
        Set<String> deployed = new HashSet<>();
        List<String> regions = new ArrayList<>(List.of(Region.GLOBAL));
        base.regions().forEach(r -> regions.add(r.id()));
        for (int k = random.nextInt(6); k > 0; k--) {
            String tool = tools.get(random.nextInt(tools.size())).id();
            String region = regions.get(random.nextInt(regions.size()));
            if (deployed.add(tool + "@" + region)) {
                String owner = random.nextInt(3) == 0 ? null : nodes.get(random.nextInt(nodes.size())).id();
                String[] span = span(0, phases.size() - 1);
                stack.add(new StackEntry(tool, region, owner, span[0], span[1]));
            }
        }
        return new Scenario(s.id(), s.name(), s.strategy(), nodes, s.lines(), stack);
    }

    private Role role(Role r) {
        int from = r.from() == null ? 0 : phases.indexOf(r.from());
        int to = r.to() == null ? phases.size() - 1 : phases.indexOf(r.to());
        List<FteChange> changes = new ArrayList<>();
        for (int p = from; p <= to; p++) {
            if (random.nextInt(3) == 0) {
                changes.add(new FteChange(phases.get(p), new double[] {0.5, 1, 3}[random.nextInt(3)]));
            }
        }
        Double cost = random.nextBoolean() ? null : (double) random.nextInt(4) * 50;
        return r.withResponsibilities(letters(from, to)).withStaffing(pick(Staffing.values())).withCost(cost)
                .withFteChanges(changes);
    }

    /** Letters on random capabilities, some split into two spans within {@code from..to}. */
    private List<Responsibility> letters(int from, int to) {
        List<Responsibility> letters = new ArrayList<>();
        for (Capability c : base.capabilities()) {
            int choice = random.nextInt(4);
            if (choice == 0) {
                continue;
            }
            if (choice == 3 && from < to) {
                int split = from + random.nextInt(to - from);
                letters.add(new Responsibility(c.id(), pick(Raci.values()), null, phases.get(split)));
                letters.add(new Responsibility(c.id(), pick(Raci.values()), phases.get(split + 1), null));
            } else {
                String[] span = span(from, to);
                letters.add(new Responsibility(c.id(), pick(Raci.values()), span[0], span[1]));
            }
        }
        return letters;
    }

    /** A from/to pair within {@code lo..hi}, either possibly left out, from never after to. */
    private String[] span(int lo, int hi) {
        int a = lo + random.nextInt(hi - lo + 1);
        int b = lo + random.nextInt(hi - lo + 1);
        return new String[] {random.nextBoolean() ? null : phases.get(Math.min(a, b)),
                random.nextBoolean() ? null : phases.get(Math.max(a, b))};
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }
}
