package org.modesign.bench;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.modesign.model.Archetype;
import org.modesign.model.Capability;
import org.modesign.model.Charter;
import org.modesign.model.Design;
import org.modesign.model.Executive;
import org.modesign.model.FteChange;
import org.modesign.model.Integrity;
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
 * A generated design made a v2 plan for the benchmarks, until {@code generate --tools N --v2}
 * exists: a tool catalogue (each tool serving two or three capabilities), a stack per scenario of
 * one entry per tool for {@code global} and four declared regions (some without owner, each with a
 * span), capabilities that need tools, costs per FTE and per role, vacancies, FTE changes, letters
 * split into spans and executives holding letters. Deterministic for a seed; the result passes
 * {@link Integrity}.
 */
final class V2Plans {

    private final Random random;
    private final Design base;
    private final List<String> phases;

    private V2Plans(Design base, long seed) {
        this.random = new Random(seed);
        this.base = base;
        this.phases = base.phases().stream().map(p -> p.id()).toList();
    }

    static Design of(Design base, int tools, long seed) {
        Design plan = new V2Plans(base, seed).plan(tools);
        List<?> problems = Integrity.check(plan);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("not a valid plan: " + problems.subList(0, Math.min(5, problems.size())));
        }
        return plan;
    }

    private Design plan(int toolCount) {
        List<Capability> capabilities = new ArrayList<>();
        for (int c = 0; c < base.capabilities().size(); c++) {
            capabilities.add(base.capabilities().get(c).withNeedsTool(c % 4 == 0));
        }
        List<Tool> tools = new ArrayList<>();
        ToolCategory[] categories = ToolCategory.values();
        for (int t = 0; t < toolCount; t++) {
            List<String> serves = new ArrayList<>();
            for (int k = 2 + random.nextInt(2); k > 0; k--) {
                String c = capabilities.get(random.nextInt(capabilities.size())).id();
                if (!serves.contains(c)) {
                    serves.add(c);
                }
            }
            tools.add(new Tool("tool-" + (t + 1), "Tool " + (t + 1), categories[t % categories.length],
                    Layer.values()[t % Layer.values().length], 1000 * (1 + random.nextInt(50)), serves));
        }
        Map<Archetype, Double> costs = new EnumMap<>(Archetype.class);
        for (Archetype a : Archetype.values()) {
            if (a != Archetype.MAKER) {
                costs.put(a, 90_000.0 + 10_000 * a.ordinal());
            }
        }
        List<Scenario> scenarios = base.scenarios().stream().map(s -> scenario(s, tools)).toList();
        Charter charter = Charter.EMPTY.withMission("Measure every dollar").withReadiness(List.of(
                new Readiness(ReadinessTest.NEED, ReadinessAnswer.YES, ""),
                new Readiness(ReadinessTest.REVENUE, ReadinessAnswer.NO, "Seen as a cost centre")));
        return new Design(base.title(), base.description(), base.settings().withCurrency("USD").withCostPerFte(costs),
                base.regions(), capabilities, base.phases(), scenarios, charter, tools);
    }

    private Scenario scenario(Scenario s, List<Tool> tools) {
        List<Node> nodes = new ArrayList<>(s.nodes().size());
        List<String> roles = new ArrayList<>();
        int k = 0;
        for (Node n : s.nodes()) {
            if (n instanceof Role r) {
                nodes.add(role(r, k++));
                roles.add(r.id());
            } else if (n instanceof Executive e && e.id().equals("cmo")) {
                nodes.add(new Executive(e.id(), e.office(), e.title(), e.x(), e.y(), List.of(
                        new Responsibility(base.capabilities().get(0).id(), Raci.A),
                        new Responsibility(base.capabilities().get(1).id(), Raci.R, phases.get(1), null)), List.of()));
            } else {
                nodes.add(n);
            }
        }
        List<String> regions = new ArrayList<>(List.of(Region.GLOBAL));
        base.regions().stream().limit(4).forEach(r -> regions.add(r.id()));
        List<StackEntry> stack = new ArrayList<>();
        for (Tool tool : tools) {
            for (String region : regions) {
                String owner = random.nextInt(10) == 0 ? null : roles.get(random.nextInt(roles.size()));
                int a = random.nextInt(phases.size());
                int b = a + random.nextInt(phases.size() - a);
                stack.add(new StackEntry(tool.id(), region, owner, a == 0 ? null : phases.get(a),
                        b == phases.size() - 1 ? null : phases.get(b)));
            }
        }
        return s.withNodes(nodes).withStack(stack);
    }

    private Role role(Role r, int k) {
        int from = r.from() == null ? 0 : phases.indexOf(r.from());
        int to = r.to() == null ? phases.size() - 1 : phases.indexOf(r.to());
        Role role = r;
        if (k % 7 == 3) {
            role = role.withStaffing(k % 2 == 0 ? Staffing.OPEN : Staffing.PLANNED);
        }
        if (k % 5 == 1 && from < to) {
            role = role.withFteChanges(List.of(new FteChange(phases.get(from + 1), 0.5)));
        }
        if (k % 20 == 7) {
            role = role.withCost(150_000.0);
        }
        if (k % 10 == 2 && from < to && !r.responsibilities().isEmpty()) {
            List<Responsibility> letters = new ArrayList<>(r.responsibilities());
            Responsibility first = letters.get(0);
            letters.set(0, first.withSpan(null, phases.get(from)));
            letters.add(new Responsibility(first.capability(), Raci.C, phases.get(from + 1), null));
            role = role.withResponsibilities(letters);
        }
        return role;
    }
}
