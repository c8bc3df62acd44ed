package org.modesign.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.ResourceBundle;
import org.modesign.text.Sentence;

/**
 * A finding's sentence, kept as its {@link FindingKey} and arguments so that every reader words it
 * from this one place ({@link Sentence}: {@link #english()} for the command line, exports and
 * tests, {@link #localized(ResourceBundle)} for the editor). An argument is a plain value (a name,
 * a count), another {@code FindingText} (a part: a phase, a node, an archetype), or a
 * {@link NodeList}.
 */
public record FindingText(FindingKey key, List<Object> args) implements Sentence {

    public FindingText {
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
    }

    /** The text of {@code key} with these arguments (none may be null). */
    public static FindingText of(FindingKey key, Object... args) {
        return new FindingText(key, List.of(args));
    }

    @Override
    public String toString() {
        return english();
    }

    /**
     * Nodes named in a sentence, "a, b and c": the first few {@code named} (each a {@link FindingKey#NODE}
     * text) and how many more there are, which the sentence counts instead of naming.
     */
    public record NodeList(List<FindingText> named, int more) implements Sentence.Worded {

        public NodeList {
            named = List.copyOf(named);
        }

        @Override
        public String worded(ResourceBundle bundle) {
            List<String> names = new ArrayList<>(named.size());
            for (FindingText node : named) {
                names.add(node.localized(bundle));
            }
            String separator = FindingText.of(FindingKey.LIST_SEPARATOR).localized(bundle);
            if (more > 0) {
                return FindingText.of(FindingKey.LIST_MORE, String.join(separator, names), more).localized(bundle);
            }
            if (names.size() < 2) {
                return String.join("", names);
            }
            return FindingText.of(FindingKey.LIST_LAST, String.join(separator, names.subList(0, names.size() - 1)),
                    names.get(names.size() - 1)).localized(bundle);
        }
    }
}
