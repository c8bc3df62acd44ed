package org.modesign.generator;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.modesign.model.Capability;
import org.modesign.model.Layer;
import org.modesign.model.Node;
import org.modesign.model.Phase;
import org.modesign.model.Region;
import org.modesign.model.Role;
import org.modesign.model.Scenario;
import org.modesign.model.StackEntry;
import org.modesign.model.Team;
import org.modesign.model.Tool;
import org.modesign.model.ToolCategory;

/**
 * The martech catalogue and stacks of a generated design (format-v2.md §2): tools of every
 * category serving one to three capabilities, each deployed in a scenario globally and in most
 * regions (about five entries a tool), owned by a role or a team — one entry in ten has no owner,
 * one in five a span of phases of its own.
 */
final class StackGenerator {

    private static final String[] KINDS = {
        "Marketing automation", "CRM", "Customer data platform", "Web CMS", "Digital asset management",
        "BI dashboards", "Tag manager", "Consent manager", "Social publishing", "Ad server", "Commerce platform",
        "Attribution", "Project management", "Email service", "Webinar platform", "Survey tool"
    };
    private static final ToolCategory[] CATEGORY_OF_KIND = {
        ToolCategory.ADVERTISING, ToolCategory.MANAGEMENT, ToolCategory.DATA, ToolCategory.CONTENT,
        ToolCategory.CONTENT, ToolCategory.DATA, ToolCategory.DATA, ToolCategory.MANAGEMENT, ToolCategory.SOCIAL,
        ToolCategory.ADVERTISING, ToolCategory.COMMERCE, ToolCategory.DATA, ToolCategory.MANAGEMENT,
        ToolCategory.ADVERTISING, ToolCategory.CONTENT, ToolCategory.SOCIAL
    };

    private StackGenerator() {
    }

    static List<Tool> tools(int count, List<Capability> capabilities, SplittableRandom random) {
        List<Tool> tools = new ArrayList<>(count);
        Layer[] layers = Layer.values();
        for (int i = 0; i < count; i++) {
            int kind = i % KINDS.length;
            Set<String> served = new LinkedHashSet<>();
            int serves = 1 + random.nextInt(3);
            for (int k = 0; k < serves; k++) {
                served.add(capabilities.get(random.nextInt(capabilities.size())).id());
            }
            double cost = 5_000 * (1 + random.nextInt(40));
            tools.add(new Tool(String.format("tool-%03d", i + 1), KINDS[kind] + " " + (i / KINDS.length + 1),
                    CATEGORY_OF_KIND[kind], layers[random.nextInt(layers.length)], cost, List.copyOf(served)));
        }
        return tools;
    }

    static Scenario withStack(Scenario scenario, List<Tool> tools, List<Region> regions, List<Phase> phases,
            SplittableRandom random) {
        List<String> owners = new ArrayList<>();
        for (Node node : scenario.nodes()) {
            if (node instanceof Role || node instanceof Team) {
                owners.add(node.id());
            }
        }
        List<StackEntry> stack = new ArrayList<>();
        for (Tool tool : tools) {
            if (regions.isEmpty() || random.nextInt(2) == 0) {
                stack.add(entry(tool, Region.GLOBAL, owners, phases, random));
            }
            for (Region region : regions) {
                if (random.nextInt(5) < 4) {
                    stack.add(entry(tool, region.id(), owners, phases, random));
                }
            }
        }
        return scenario.withStack(stack);
    }

    private static StackEntry entry(Tool tool, String region, List<String> owners, List<Phase> phases,
            SplittableRandom random) {
        String owner = random.nextInt(10) == 0 ? null : owners.get(random.nextInt(owners.size()));
        String from = null;
        String to = null;
        if (random.nextInt(5) == 0) {
            int a = random.nextInt(phases.size());
            int b = a + random.nextInt(phases.size() - a);
            from = a == 0 ? null : phases.get(a).id();
            to = b == phases.size() - 1 ? null : phases.get(b).id();
        }
        return new StackEntry(tool.id(), region, owner, from, to);
    }
}
