package org.modesign.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.modesign.model.Node;

/**
 * Collects the findings of one scenario and words their messages: node lists sorted by id, and
 * the names people read (titles, phase, region and capability names) with node ids beside them.
 */
final class Findings {

    /** How many nodes a message names before it says "and N more". */
    private static final int NAMED = 5;

    private final ScenarioIndex index;
    private final List<Finding> list = new ArrayList<>();

    Findings(ScenarioIndex index) {
        this.index = index;
    }

    ScenarioIndex index() {
        return index;
    }

    List<Finding> list() {
        return list;
    }

    /**
     * Adds a finding; {@code phase}, {@code capability} and {@code region} are indices, -1 when
     * not applicable; {@code nodes} must be sorted with {@link #sorted}.
     */
    void add(Rule rule, int phase, int capability, int region, int[] nodes, String message) {
        DesignIndex design = index.designIndex();
        List<String> ids = new ArrayList<>(nodes.length);
        for (int v : nodes) {
            ids.add(index.id(v));
        }
        list.add(new Finding(rule, index.scenario().id(),
                phase < 0 ? null : design.phase(phase).id(),
                capability < 0 ? null : design.capability(capability).id(),
                region < 0 ? null : design.regionId(region),
                ids, message));
    }

    /** The node indices sorted by node id, by code point. */
    int[] sorted(int[] nodes) {
        return Arrays.stream(nodes).boxed()
                .sorted((a, b) -> CodePointOrder.compare(index.id(a), index.id(b)))
                .mapToInt(Integer::intValue).toArray();
    }

    /** {@code "Role" "Title" (id)} with the kind capitalised, to start a sentence. */
    String subject(int v) {
        String kind = index.node(v).type().code();
        return Character.toUpperCase(kind.charAt(0)) + kind.substring(1) + " " + node(v);
    }

    /** {@code "Title" (id)}. */
    String node(int v) {
        Node node = index.node(v);
        return quote(node.label()) + " (" + node.id() + ")";
    }

    /** The nodes named in order, "a, b and c", naming at most five and counting the rest. */
    String nodes(int[] sorted) {
        int named = sorted.length > NAMED ? NAMED - 1 : sorted.length;
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < named; k++) {
            if (k > 0) {
                sb.append(k == sorted.length - 1 ? " and " : ", ");
            }
            sb.append(node(sorted[k]));
        }
        if (named < sorted.length) {
            sb.append(" and ").append(sorted.length - named).append(" more");
        }
        return sb.toString();
    }

    /** {@code phase "Name"}. */
    String phase(int p) {
        return "phase " + quote(index.designIndex().phase(p).name());
    }

    /** The capability's name in quotes. */
    String capability(int c) {
        return quote(index.designIndex().capability(c).name());
    }

    /** {@code " in region Name"}, or nothing for the {@code global} region. */
    String inRegion(int region) {
        return region == DesignIndex.GLOBAL ? "" : " in region " + index.designIndex().regionName(region);
    }

    static String quote(String text) {
        return '"' + text + '"';
    }
}
