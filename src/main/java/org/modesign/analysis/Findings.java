package org.modesign.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.modesign.model.Node;
import org.modesign.model.Tool;

/**
 * Collects the findings of one scenario, sorts them (format.md §3, format-v2.md §7: phase, rule,
 * capability, region, nodes, tools, tool) and gives the parts their sentences name
 * ({@link FindingText}): node lists sorted by id, and the names people read (titles, phase, region,
 * capability and tool names) with node ids beside them. Capabilities, regions and rules are
 * compared by precomputed ranks; node and tool ids, only when all else ties.
 */
final class Findings {

    /** How many nodes a message names before it says "and N more". */
    private static final int NAMED = 5;

    /** Up to this many nodes are sorted by comparing ids; more, by the ranks of all ids. */
    private static final int FEW = 16;

    /** Each rule's position when rules are sorted by their id. */
    private static final int[] RULE_RANK = new int[Rule.values().length];

    static {
        Rule[] byCode = Rule.values().clone();
        Arrays.sort(byCode, (a, b) -> CodePointOrder.compare(a.code(), b.code()));
        for (int k = 0; k < byCode.length; k++) {
            RULE_RANK[byCode[k].ordinal()] = k;
        }
    }

    private final ScenarioIndex index;
    private final List<Entry> entries = new ArrayList<>();
    private int[] rankOfNode;
    private int[] nodeAtRank;

    Findings(ScenarioIndex index) {
        this.index = index;
    }

    ScenarioIndex index() {
        return index;
    }

    /** The findings in the order of format.md §3. */
    List<Finding> sorted() {
        entries.sort(null);
        List<Finding> list = new ArrayList<>(entries.size());
        for (Entry entry : entries) {
            list.add(entry.finding());
        }
        return list;
    }

    /**
     * Adds a finding; {@code phase}, {@code capability} and {@code region} are indices, -1 when
     * not applicable; {@code nodes} must be sorted with {@link #sorted(int[])}.
     */
    void add(Rule rule, int phase, int capability, int region, int[] nodes, FindingText text) {
        add(rule, phase, capability, region, nodes, null, List.of(), text);
    }

    /**
     * Adds a finding that names tools: {@code tool} (an id, or null) and {@code tools} (ids sorted
     * by code point, empty when none); the rest as {@link #add(Rule, int, int, int, int[], FindingText)}.
     */
    void add(Rule rule, int phase, int capability, int region, int[] nodes, String tool, List<String> tools,
            FindingText text) {
        DesignIndex design = index.designIndex();
        String[] ids = new String[nodes.length];
        for (int k = 0; k < nodes.length; k++) {
            ids[k] = index.id(nodes[k]);
        }
        Finding finding = new Finding(rule, index.scenario().id(),
                phase < 0 ? null : design.phase(phase).id(),
                capability < 0 ? null : design.capability(capability).id(),
                region < 0 ? null : design.regionId(region),
                List.of(ids), text, tool, tools);
        entries.add(new Entry(phase, RULE_RANK[rule.ordinal()],
                capability < 0 ? -1 : design.capabilityRank(capability),
                region < 0 ? -1 : design.regionRank(region), finding));
    }

    /**
     * The node indices sorted by node id, by code point. A few nodes are sorted by comparing their
     * ids; longer lists by the rank of each id among all the scenario's ids, worked out once, so
     * that findings naming thousands of roles (an overlap at 50,000 roles) cost a primitive sort.
     */
    int[] sorted(int[] nodes) {
        if (nodes.length < 2) {
            return nodes;
        }
        if (nodes.length <= FEW) {
            return sortedByComparingIds(nodes.clone());
        }
        int[] rank = idRanks();
        int[] ranks = new int[nodes.length];
        for (int k = 0; k < nodes.length; k++) {
            ranks[k] = rank[nodes[k]];
        }
        Arrays.sort(ranks);
        int[] sorted = new int[nodes.length];
        for (int k = 0; k < ranks.length; k++) {
            sorted[k] = nodeAtRank[ranks[k]];
        }
        return sorted;
    }

    private int[] sortedByComparingIds(int[] nodes) {
        for (int k = 1; k < nodes.length; k++) {
            int v = nodes[k];
            int j = k - 1;
            while (j >= 0 && CodePointOrder.compare(index.id(nodes[j]), index.id(v)) > 0) {
                nodes[j + 1] = nodes[j];
                j--;
            }
            nodes[j + 1] = v;
        }
        return nodes;
    }

    /**
     * Each node's position when all nodes are sorted by id, then by number (ids are unique in a
     * valid design). Ids without surrogate pairs (all valid ids are ASCII) sort the same by UTF-16
     * unit as by code point, so they are compared with the JDK's fast {@link String#compareTo}.
     */
    private int[] idRanks() {
        if (rankOfNode == null) {
            int n = index.size();
            String[] keys = new String[n];
            boolean plain = true;
            Integer[] order = new Integer[n];
            for (int i = 0; i < n; i++) {
                keys[i] = index.id(i);
                plain &= !hasSurrogates(keys[i]);
                order[i] = i;
            }
            Comparator<String> ids = plain ? Comparator.naturalOrder() : CodePointOrder.STRINGS;
            Arrays.sort(order, (a, b) -> {
                int c = ids.compare(keys[a], keys[b]);
                return c != 0 ? c : Integer.compare(a, b);
            });
            rankOfNode = new int[n];
            nodeAtRank = new int[n];
            for (int r = 0; r < n; r++) {
                rankOfNode[order[r]] = r;
                nodeAtRank[r] = order[r];
            }
        }
        return rankOfNode;
    }

    /** The node's kind and name, to start a sentence: {@code Role "Title" (id)}. */
    FindingText subject(int v) {
        FindingKey kind = switch (index.node(v).type()) {
            case ROLE -> FindingKey.SUBJECT_ROLE;
            case TEAM -> FindingKey.SUBJECT_TEAM;
            case EXECUTIVE -> FindingKey.SUBJECT_EXECUTIVE;
        };
        return FindingText.of(kind, node(v));
    }

    /** {@code "Title" (id)}. */
    FindingText node(int v) {
        Node node = index.node(v);
        return FindingText.of(FindingKey.NODE, node.label(), node.id());
    }

    /** The nodes named in order, "a, b and c", naming at most five and counting the rest. */
    FindingText.NodeList nodes(int[] sorted) {
        int named = sorted.length > NAMED ? NAMED - 1 : sorted.length;
        List<FindingText> names = new ArrayList<>(named);
        for (int k = 0; k < named; k++) {
            names.add(node(sorted[k]));
        }
        return new FindingText.NodeList(names, sorted.length - named);
    }

    /** {@code phase "Name"}. */
    FindingText phase(int p) {
        return FindingText.of(FindingKey.PHASE, index.designIndex().phase(p).name());
    }

    /** The tool's name in quotes. */
    FindingText tool(Tool tool) {
        return FindingText.of(FindingKey.NAME, tool.name());
    }

    /** The tools named in order, "a, b and c", naming at most five and counting the rest. */
    FindingText.NodeList tools(List<Tool> tools) {
        int named = tools.size() > NAMED ? NAMED - 1 : tools.size();
        List<FindingText> names = new ArrayList<>(named);
        for (int k = 0; k < named; k++) {
            names.add(tool(tools.get(k)));
        }
        return new FindingText.NodeList(names, tools.size() - named);
    }

    /** The capability's name in quotes. */
    FindingText capability(int c) {
        return FindingText.of(FindingKey.NAME, index.designIndex().capability(c).name());
    }

    /**
     * The sentence {@code key} with {@code args}; for a declared region (not {@code global}) its
     * {@code regional} variant, which takes the region's name as one more argument.
     */
    FindingText inRegion(FindingKey key, FindingKey regional, int region, Object... args) {
        if (region == DesignIndex.GLOBAL) {
            return FindingText.of(key, args);
        }
        Object[] more = Arrays.copyOf(args, args.length + 1);
        more[args.length] = index.designIndex().regionName(region);
        return FindingText.of(regional, more);
    }

    private static boolean hasSurrogates(String text) {
        for (int k = 0; k < text.length(); k++) {
            if (Character.isSurrogate(text.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    /** A finding with its sort key: phase, rule, capability and region ranks, then nodes, tools and tool. */
    private record Entry(int phase, int rule, int capability, int region, Finding finding)
            implements Comparable<Entry> {

        @Override
        public int compareTo(Entry o) {
            int c = Integer.compare(phase, o.phase);
            if (c == 0) {
                c = Integer.compare(rule, o.rule);
            }
            if (c == 0) {
                c = Integer.compare(capability, o.capability);
            }
            if (c == 0) {
                c = Integer.compare(region, o.region);
            }
            if (c == 0) {
                c = CodePointOrder.compare(finding.nodes(), o.finding.nodes());
            }
            if (c == 0) {
                c = CodePointOrder.compare(finding.tools(), o.finding.tools());
            }
            return c != 0 ? c : CodePointOrder.compare(finding.tool(), o.finding.tool());
        }
    }
}
