package org.modesign.analysis;

import java.util.List;
import java.util.Objects;

/**
 * One thing a validation rule found (format.md §3). {@code phase}, {@code capability} and
 * {@code region} are ids, {@code null} when not applicable; {@code nodes} are node ids sorted by
 * code point; {@code text} is one sentence naming titles, worded in English by {@link #message()}
 * and in the editor's language by {@link FindingText#localized}.
 */
public record Finding(Rule rule, String scenario, String phase, String capability, String region,
        List<String> nodes, FindingText text) {

    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(text, "text");
        nodes = List.copyOf(nodes);
    }

    /** The sentence in English, as the command line and the exports write it (format.md §3). */
    public String message() {
        return text.english();
    }

    /** The severity of the rule that found this. */
    public Severity severity() {
        return rule.severity();
    }
}
