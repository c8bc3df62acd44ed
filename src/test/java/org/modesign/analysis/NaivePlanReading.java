package org.modesign.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.modesign.model.Archetype;
import org.modesign.model.Capability;
import org.modesign.model.Design;
import org.modesign.model.Executive;
import org.modesign.model.FteChange;
import org.modesign.model.Node;
import org.modesign.model.Raci;
import org.modesign.model.Region;
import org.modesign.model.Responsibility;
import org.modesign.model.Role;
import org.modesign.model.Scenario;
import org.modesign.model.StackEntry;
import org.modesign.model.Tool;

/**
 * format-v2.md §3-§5 and §7 read word by word, with no care for speed, beside {@link NaiveReading}
 * (which still answers for the reporting rules, untouched by v2). Findings are compared without
 * messages, with their tool and tools.
 */
final class NaivePlanReading {

    private final Design design;
    private final Scenario scenario;
    private final NaiveReading v1;

    NaivePlanReading(Design design, Scenario scenario) {
        this.design = design;
        this.scenario = scenario;
        this.v1 = new NaiveReading(design, scenario);
    }

    /** A finding without its message, with the fields of v2. */
    static List<Object> key(Finding f) {
        return Arrays.asList(f.rule(), f.scenario(), f.phase(), f.capability(), f.region(), f.nodes(), f.tool(),
                f.tools());
    }

    private int phase(String id, int fallback) {
        return id == null ? fallback : design.phaseIndex(id);
    }

    /** A responsibility is held in p when its holder is active in p and p is within its from..to. */
    boolean held(Node holder, Responsibility r, int p) {
        return v1.active(holder, p) && phase(r.from(), 0) <= p && p <= phase(r.to(), design.phases().size() - 1);
    }

    private List<Responsibility> letters(Node node) {
        if (node instanceof Role r) {
            return r.responsibilities();
        }
        return node instanceof Executive e ? e.responsibilities() : List.of();
    }

    /** The letter the node holds on capability c in phase p, or null. */
    Raci letter(Node node, String c, int p) {
        for (Responsibility r : letters(node)) {
            if (r.capability().equals(c) && held(node, r, p)) {
                return r.raci();
            }
        }
        return null;
    }

    String region(Node holder) {
        return holder instanceof Role r ? v1.region(r) : Region.GLOBAL;
    }

    boolean covers(Node holder, String region) {
        return region.equals(Region.GLOBAL) || region(holder).equals(Region.GLOBAL) || region(holder).equals(region);
    }

    List<Node> holders(int p, String c, String region, Set<Raci> wanted) {
        return scenario.nodes().stream()
                .filter(n -> letter(n, c, p) != null && wanted.contains(letter(n, c, p)) && covers(n, region)).toList();
    }

    double fte(Role role, int p) {
        double fte = role.fte();
        for (FteChange change : role.fteChanges()) {
            if (design.phaseIndex(change.phase()) <= p) {
                fte = change.fte();
            }
        }
        return fte;
    }

    double cost(Role role, int p) {
        return fte(role, p) * (role.cost() != null ? role.cost() : design.settings().costPerFte(role.archetype()));
    }

    boolean activeEntry(StackEntry e, int p) {
        return phase(e.from(), 0) <= p && p <= phase(e.to(), design.phases().size() - 1);
    }

    Tool tool(StackEntry e) {
        return design.tool(e.tool()).orElseThrow();
    }

    /** Every finding of the scenario, without messages. */
    Set<List<Object>> findings() {
        Set<List<Object>> found = new LinkedHashSet<>();
        for (List<Object> f : v1.findings()) {
            Rule rule = (Rule) f.get(0);
            if (rule == Rule.MULTIPLE_MANAGERS || rule == Rule.REPORTING_CYCLE || rule == Rule.NO_PATH_TO_CEO
                    || rule == Rule.SPAN_OF_CONTROL) {
                List<Object> k = new ArrayList<>(f);
                k.add(null);
                k.add(List.of());
                found.add(k);
            }
        }
        for (int p = 0; p < design.phases().size(); p++) {
            for (Capability c : design.capabilities()) {
                letterFindings(p, c, found);
                stackFindings(p, c, found);
            }
            for (StackEntry e : scenario.stack()) {
                if (activeEntry(e, p)) {
                    Node owner = e.owner() == null ? null : scenario.node(e.owner()).orElseThrow();
                    if (owner == null || !v1.active(owner, p)) {
                        found.add(finding(Rule.TOOL_WITHOUT_OWNER, p, null, e.region(),
                                owner == null ? List.of() : List.of(owner.id()), e.tool(), List.of()));
                    }
                }
            }
        }
        return found;
    }

    private List<Object> finding(Rule rule, int p, String c, String region, List<String> nodes, String tool,
            List<String> tools) {
        return Arrays.asList(rule, scenario.id(), design.phases().get(p).id(), c, region, nodes, tool, tools);
    }

    private void letterFindings(int p, Capability c, Set<List<Object>> found) {
        boolean required = design.phases().get(p).requires().contains(c.id());
        for (String r : v1.slots(c)) {
            List<Node> staff = holders(p, c.id(), r, Set.of(Raci.R, Raci.A));
            List<Node> accountable = holders(p, c.id(), r, Set.of(Raci.A));
            if (required && staff.isEmpty()) {
                found.add(finding(Rule.UNSTAFFED_CAPABILITY, p, c.id(), r, List.of(), null, List.of()));
            } else if (required && accountable.isEmpty()) {
                found.add(finding(Rule.MISSING_ACCOUNTABLE, p, c.id(), r, NaiveReading.ids(staff), null, List.of()));
            }
            if (required && !staff.isEmpty()
                    && staff.stream().allMatch(n -> n instanceof Role role && role.staffing().vacant())) {
                found.add(finding(Rule.DEPENDS_ON_VACANCY, p, c.id(), r, NaiveReading.ids(staff), null, List.of()));
            }
            if (accountable.size() >= 2) {
                found.add(finding(Rule.OVERLAPPING_RESPONSIBILITY, p, c.id(), r, NaiveReading.ids(accountable), null,
                        List.of()));
            }
        }
        for (Role role : v1.roles()) {
            if (role.archetype() != Archetype.LEADER && role.archetype() != c.archetype()
                    && letter(role, c.id(), p) == Raci.A) {
                found.add(finding(Rule.ARCHETYPE_MISMATCH, p, c.id(), null, List.of(role.id()), null, List.of()));
            }
        }
    }

    private void stackFindings(int p, Capability c, Set<List<Object>> found) {
        boolean required = design.phases().get(p).requires().contains(c.id());
        for (String r : v1.slots(c)) {
            List<StackEntry> covering = scenario.stack().stream().filter(e -> activeEntry(e, p)
                    && tool(e).serves(c.id()) && (r.equals(Region.GLOBAL) || e.region().equals(Region.GLOBAL)
                    || e.region().equals(r))).toList();
            Set<String> tools = new TreeSet<>(CodePointOrder.STRINGS);
            Set<String> owners = new TreeSet<>(CodePointOrder.STRINGS);
            for (StackEntry e : covering) {
                tools.add(e.tool());
                if (e.owner() != null) {
                    owners.add(e.owner());
                }
            }
            if (required && c.needsTool() && covering.isEmpty()) {
                found.add(finding(Rule.UNSUPPORTED_CAPABILITY, p, c.id(), r, List.of(), null, List.of()));
            }
            if (tools.size() >= 2) {
                found.add(finding(Rule.DUPLICATE_TOOLS, p, c.id(), r, List.copyOf(owners), null, List.copyOf(tools)));
            }
        }
    }

    /** Capabilities held A in p by holders of two or more regions. */
    int duplicated(int p) {
        int count = 0;
        for (Capability c : design.capabilities()) {
            Set<String> regions = new TreeSet<>();
            for (Node n : scenario.nodes()) {
                if (letter(n, c.id(), p) == Raci.A) {
                    regions.add(region(n));
                }
            }
            count += regions.size() >= 2 ? 1 : 0;
        }
        return count;
    }
}
