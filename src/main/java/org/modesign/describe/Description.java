package org.modesign.describe;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.ResourceBundle;
import org.modesign.text.Sentence;

/**
 * A sentence for a screen reader, kept as its parts (each a {@link DescribeKey} and its arguments)
 * so that it is worded in any language: {@link #english()}, or {@link #localized(ResourceBundle)}
 * with the editor's bundle. The parts are read in order, joined by the language's separator.
 */
public final class Description {

    /**
     * One part: a pattern and its arguments (a number, a name, or another part), worded as every
     * {@link Sentence} is: an argument that is another part in the same language.
     */
    public record Part(DescribeKey key, List<Object> args) implements Sentence {

        public Part {
            Objects.requireNonNull(key, "key");
            args = List.copyOf(args);
        }
    }

    private final List<Part> parts;

    Description(List<Part> parts) {
        this.parts = List.copyOf(parts);
    }

    static Part part(DescribeKey key, Object... args) {
        return new Part(key, List.of(args));
    }

    /** The parts, in the order they are read. */
    public List<Part> parts() {
        return parts;
    }

    /** The sentence in English. */
    public String english() {
        return localized(null);
    }

    /** The sentence in the language of {@code bundle} (English where it lacks a pattern, or is null). */
    public String localized(ResourceBundle bundle) {
        String separator = part(DescribeKey.SEPARATOR).localized(bundle);
        List<String> words = new ArrayList<>(parts.size());
        for (Part p : parts) {
            words.add(p.localized(bundle));
        }
        return String.join(separator, words);
    }

    @Override
    public String toString() {
        return english();
    }
}
