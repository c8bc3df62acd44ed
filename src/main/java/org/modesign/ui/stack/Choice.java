package org.modesign.ui.stack;

import java.util.Objects;

/**
 * An item of the stack view's drop-downs: what it stands for ({@code id}: a tool, region, card or
 * phase id, or null for none) and the words it is shown and searched by.
 */
record Choice(String id, String text) {

    Choice {
        Objects.requireNonNull(text, "text");
    }

    @Override
    public String toString() {
        return text;
    }
}
