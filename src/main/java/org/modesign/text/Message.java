package org.modesign.text;

/**
 * A text the core shows a person, by name: a stable {@link #bundleKey()} under which a resource
 * bundle holds its translation, and its English {@link java.text.MessageFormat} pattern.
 */
public interface Message {

    /** The key under which a resource bundle holds the translated pattern. */
    String bundleKey();

    /** The English pattern, used when no translation is found. */
    String english();
}
