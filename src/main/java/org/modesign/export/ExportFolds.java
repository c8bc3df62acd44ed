package org.modesign.export;

import java.util.Objects;
import java.util.Set;

/**
 * The folded branches a chart export shows, as plain data (the editor's view setting; a file holds
 * none): the ids of the collapsed cards, each drawn with its roll-up card in place of its branch,
 * and whether the chart is shown arranged (its shown cards laid out compactly, as the editor shows
 * a large folded design) or at the cards' own places.
 *
 * @param collapsed the ids of the collapsed cards; ids of cards without reports or members are ignored
 * @param arranged  whether the shown cards are laid out afresh around the roll-ups
 */
public record ExportFolds(Set<String> collapsed, boolean arranged) {

    /** Everything expanded: the chart as the file has it. */
    public static final ExportFolds NONE = new ExportFolds(Set.of(), false);

    public ExportFolds {
        collapsed = Set.copyOf(Objects.requireNonNull(collapsed, "collapsed"));
    }

    /** Whether any branch is folded. */
    public boolean any() {
        return !collapsed.isEmpty();
    }
}
