package org.modesign.ui.planview;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import org.modesign.model.Capability;
import org.modesign.model.Design;
import org.modesign.model.Node;
import org.modesign.model.Region;
import org.modesign.model.Role;
import org.modesign.model.Scenario;
import org.modesign.model.StackEntry;
import org.modesign.model.Staffing;
import org.modesign.model.Team;
import org.modesign.model.Tool;
import org.modesign.ui.form.FteText;
import org.modesign.ui.form.Money;
import org.modesign.ui.i18n.I18n;

/**
 * The names a person reads for the ids of one scenario's plan: roles by title, teams by name,
 * tools, capabilities and regions by name, staffing in words, FTE and money (in the design's
 * currency). Built once per plan shown: O(nodes + tools + stack).
 */
final class PlanWords {

    /** What separates the details of an entry. */
    static final String DOT = " \u00b7 ";

    private final Design design;
    private final Map<String, Node> nodes;
    private final Map<String, Tool> tools = new HashMap<>();
    private final Map<String, StackEntry> deployments = new HashMap<>();
    /** The patterns used, made once: a plan of 10,000 roles words hundreds of entries. */
    private final Map<String, MessageFormat> patterns = new HashMap<>();

    PlanWords(Design design, Scenario scenario) {
        this.design = design;
        this.nodes = scenario.nodesById();
        design.tools().forEach(t -> tools.put(t.id(), t));
        scenario.stack().forEach(e -> deployments.put(e.tool() + "\n" + e.region(), e));
    }

    Design design() {
        return design;
    }

    /**
     * The text for {@code key} as {@link I18n#tr} gives it, from a pattern made once per words;
     * use on one thread at a time.
     */
    String tr(String key, Object... args) {
        if (args.length == 0) {
            return I18n.tr(key);
        }
        ResourceBundle bundle = I18n.bundle();
        if (!bundle.containsKey(key)) {
            return I18n.tr(key, args);
        }
        return patterns.computeIfAbsent(key, k -> new MessageFormat(bundle.getString(k), bundle.getLocale()))
                .format(args);
    }

    /** The card's title or name, or its id when the scenario has no such card. */
    String node(String id) {
        Node node = nodes.get(id);
        return node == null ? id : node.label();
    }

    /** The titles of {@code ids}, joined; "nobody" for none. */
    String holders(List<String> ids) {
        if (ids.isEmpty()) {
            return tr("planview.nobody");
        }
        List<String> names = new ArrayList<>(ids.size());
        ids.forEach(id -> names.add(node(id)));
        return String.join(", ", names);
    }

    /** A role's team and effective region (region only when the design declares regions). */
    String roleDetail(String id) {
        if (!(nodes.get(id) instanceof Role role)) {
            return "";
        }
        Team team = role.team() != null && nodes.get(role.team()) instanceof Team t ? t : null;
        String region = role.region() != null ? role.region() : team != null ? team.effectiveRegion() : Region.GLOBAL;
        return join(team == null ? null : team.name(), region(region));
    }

    /** The region's name, or null when the design declares none (then every card is global). */
    String region(String id) {
        if (design.regions().isEmpty() || id == null) {
            return null;
        }
        return Region.GLOBAL.equals(id) ? I18n.tr("region.global") : design.region(id).map(Region::name).orElse(id);
    }

    String capability(String id) {
        return design.capability(id).map(Capability::name).orElse(id);
    }

    String tool(String id) {
        Tool tool = tools.get(id);
        return tool == null ? id : tool.name();
    }

    /** A deployment's category, region, owner and yearly cost. */
    String toolDetail(String toolId, String region) {
        Tool tool = tools.get(toolId);
        StackEntry entry = deployments.get(toolId + "\n" + region);
        String owner = entry == null || entry.owner() == null ? tr("planview.noOwner")
                : tr("planview.owner", node(entry.owner()));
        return join(tool == null ? null : tr("toolCategory." + tool.category().code()), region(region), owner,
                tool == null || tool.cost() == 0 ? null : tr("planview.perYear", money(tool.cost())));
    }

    /** The owner of a deployment, as a list of at most one card id. */
    List<String> owner(String toolId, String region) {
        StackEntry entry = deployments.get(toolId + "\n" + region);
        return entry == null || entry.owner() == null || !nodes.containsKey(entry.owner()) ? List.of()
                : List.of(entry.owner());
    }

    /** Whether the scenario has a card of this id (a plan never names others, but be safe). */
    boolean hasCard(String id) {
        return nodes.containsKey(id);
    }

    static String staffing(Staffing staffing) {
        return I18n.tr("planview.staffing." + staffing.code());
    }

    String fte(double fte) {
        return tr("planview.fte", FteText.format(fte));
    }

    /** The amount, whole, with the design's currency. */
    String money(double amount) {
        return Money.format(amount, design.settings().currency());
    }

    /** The parts that are there, with a middle dot between them. */
    static String join(String... parts) {
        StringBuilder text = new StringBuilder();
        for (String part : parts) {
            if (part != null && !part.isEmpty()) {
                text.append(text.length() == 0 ? "" : DOT).append(part);
            }
        }
        return text.toString();
    }
}
