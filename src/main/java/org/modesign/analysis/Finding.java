package org.modesign.analysis;

import java.util.List;
import java.util.Objects;

/**
 * One thing a validation rule found (format.md §3). {@code phase}, {@code capability} and
 * {@code region} are ids, {@code null} when not applicable; {@code nodes} are node ids sorted by
 * code point; {@code message} is one sentence naming titles.
 */
public record Finding(Rule rule, String scenario, String phase, String capability, String region,
        List<String> nodes, String message) {

    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(message, "message");
        nodes = List.copyOf(nodes);
    }

    /** The severity of the rule that found this. */
    public Severity severity() {
        return rule.severity();
    }
}
