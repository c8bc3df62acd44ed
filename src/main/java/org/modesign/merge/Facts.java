package org.modesign.merge;

import org.modesign.model.Design;

/**
 * The canonical text of a design for {@code git diff} (a textconv): one line per fact, each
 * naming where it lies, e.g. {@code scenario central / role r1 / title: "Martech architect"}. The
 * same design always gives the same text; a changed field changes exactly its line.
 */
public final class Facts {

    private final StringBuilder text;

    private Facts(int capacity) {
        this.text = new StringBuilder(capacity);
    }

    /** The canonical text of {@code design}, ending with a line break. */
    public static String of(Design design) {
        int nodes = design.scenarios().stream().mapToInt(s -> s.nodes().size()).sum();
        Facts facts = new Facts(4096 + nodes * 600);
        facts.line("format", "modesign " + design.minimumVersion());
        Schema.DESIGN.facts("", "", design, facts);
        return facts.text.toString();
    }

    void line(String name, Object value) {
        text.append(name).append(": ").append(value instanceof String s && name.equals("format") ? s
                : Values.fullText(value)).append('\n');
    }
}
