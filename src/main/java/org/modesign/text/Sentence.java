package org.modesign.text;

import java.util.List;
import java.util.ResourceBundle;

/**
 * A text for a person kept as a {@link Message} and its arguments, so that every reader words it
 * from one place: {@link #english()} for the command line, exports and tests,
 * {@link #localized(ResourceBundle)} for the editor (English where the bundle lacks the message).
 * An argument is put in as its reader would word it, in the sentence's language: another sentence
 * (a part of this one) or a {@link Worded} list as its own text, a bare {@link Message} (the name
 * of a field) as its pattern, anything else as it is. The core's texts (the edit package's, the
 * findings', the import's) are records of a message and arguments that implement this.
 */
public interface Sentence {

    /** The message whose pattern this sentence fills in. */
    Message key();

    /** The arguments, in the pattern's order. */
    List<Object> args();

    /** The sentence in English. */
    default String english() {
        return localized(null);
    }

    /** The sentence with the patterns of {@code bundle}, or in English where it lacks one (or is null). */
    default String localized(ResourceBundle bundle) {
        return Patterns.format(key(), args(), bundle, Sentence::part);
    }

    /** A part of a sentence that words itself in the sentence's language (a list of names, say). */
    interface Worded {

        /** The words, with the patterns of {@code bundle} (null: English). */
        String worded(ResourceBundle bundle);
    }

    /** An argument as put in, in the language of {@code bundle} (null: English). */
    private static Object part(Object arg, ResourceBundle bundle) {
        if (arg instanceof Sentence sentence) {
            return sentence.localized(bundle);
        }
        if (arg instanceof Worded words) {
            return words.worded(bundle);
        }
        if (arg instanceof Message message) {
            return Patterns.format(message, List.of(), bundle, (a, b) -> a);
        }
        return arg;
    }
}
