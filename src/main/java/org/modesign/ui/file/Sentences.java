package org.modesign.ui.file;

/** Turns the core's lower-case reasons ("could not save ...: it is a folder") into sentences. */
public final class Sentences {

    private Sentences() {
    }

    /** The reason an operation failed, for a person: the exception's message, never a stack trace. */
    public static String reason(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    /** {@code text} with a capital first letter and a full stop at the end. */
    public static String sentence(String text) {
        if (text.isEmpty()) {
            return text;
        }
        String capital = text.substring(0, text.offsetByCodePoints(0, 1)).toUpperCase() + text.substring(
                text.offsetByCodePoints(0, 1));
        return capital.matches("(?s).*[.!?]$") ? capital : capital + ".";
    }
}
