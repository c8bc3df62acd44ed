package org.modesign.analysis;

import java.util.List;
import java.util.Objects;

/**
 * One thing a validation rule found (format.md §3, format-v2.md §4). {@code scenario} is the
 * scenario's id, {@code null} only for a finding about the whole file ({@code not-ready});
 * {@code phase}, {@code capability} and {@code region} are ids, {@code null} when not applicable;
 * {@code nodes} are node ids sorted by code point; {@code text} is one sentence naming titles,
 * worded in English by {@link #message()} and in the editor's language by
 * {@link FindingText#localized}. The fields of format v2 come last: {@code tool}, a tool id or
 * {@code null}, and {@code tools}, tool ids sorted by code point (empty when none).
 */
public record Finding(Rule rule, String scenario, String phase, String capability, String region,
        List<String> nodes, FindingText text, String tool, List<String> tools) {

    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(text, "text");
        nodes = List.copyOf(nodes);
        tools = List.copyOf(tools);
    }

    /** A finding that names no tool (every finding of format.md §3). */
    public Finding(Rule rule, String scenario, String phase, String capability, String region,
            List<String> nodes, FindingText text) {
        this(rule, scenario, phase, capability, region, nodes, text, null, List.of());
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
