package org.modesign.analysis;

import java.util.List;

/** A finding as a test expects it: every field, and the message worded in English. */
record Seen(Rule rule, String scenario, String phase, String capability, String region, List<String> nodes,
        String message) {

    static Seen seen(Rule rule, String scenario, String phase, String capability, String region,
            List<String> nodes, String message) {
        return new Seen(rule, scenario, phase, capability, region, nodes, message);
    }

    static List<Seen> seen(List<Finding> findings) {
        return findings.stream().map(f -> new Seen(f.rule(), f.scenario(), f.phase(), f.capability(), f.region(),
                f.nodes(), f.message())).toList();
    }
}
