package org.modesign.ui.inspector;

import java.util.List;
import java.util.Objects;

/**
 * One entry of a choice whose value may be absent: a region, team or phase id, or null for the
 * default ("inherited", "no team", "first phase"), with the text a person reads.
 */
record Option(String value, String label) {

    Option {
        Objects.requireNonNull(label, "label");
    }

    /** The entry of {@code options} with this value, or a new one labelled with the value itself. */
    static Option find(List<Option> options, String value) {
        for (Option option : options) {
            if (Objects.equals(option.value(), value)) {
                return option;
            }
        }
        return new Option(value, String.valueOf(value));
    }
}
