package org.modesign.ui.changes;

import java.util.List;
import org.modesign.render.ChangeMark;

/**
 * One line of the list of changes: a heading (the design, a scenario) or one change, with what a
 * click on it selects.
 *
 * @param sign the sign before the text ({@code +}, {@code −}, {@code Δ}, {@code ↔}), or "" for a heading
 * @param mark the colour of a card's change ({@code null}: a change that marks no card)
 * @param text what changed, in words
 * @param scenario the scenario the change lies in, or null outside scenarios
 * @param select the ids of the cards a click selects (the card, a line's two ends), perhaps none
 * @param ghost the id of a removed card, whose ghost a click shows; or null
 * @param heading whether this is a group's heading
 */
public record ChangeRow(String sign, ChangeMark mark, String text, String scenario, List<String> select, String ghost,
        boolean heading) {

    public ChangeRow {
        select = List.copyOf(select);
    }

    static ChangeRow heading(String text, String scenario) {
        return new ChangeRow("", null, text, scenario, List.of(), null, true);
    }

    /** Whether a click on it shows something on the chart. */
    boolean showsSomething() {
        return !select.isEmpty() || ghost != null;
    }
}
