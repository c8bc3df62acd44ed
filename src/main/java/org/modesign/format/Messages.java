package org.modesign.format;

import com.fasterxml.jackson.core.JsonToken;
import java.util.Locale;

/** Small helpers that make problem messages read well. */
final class Messages {

    private static final int MAX_QUOTED = 80;

    private Messages() {
    }

    /** The value in double quotes, escaped like JSON and cut short when it is long. */
    static String quote(String value) {
        String shown = value.length() > MAX_QUOTED ? value.substring(0, MAX_QUOTED) : value;
        StringBuilder sb = new StringBuilder(shown.length() + 8);
        JsonText.appendQuoted(sb, shown);
        if (shown.length() < value.length()) {
            sb.insert(sb.length() - 1, "...");
        }
        return sb.toString();
    }

    /** What a person calls the JSON value that starts with {@code token}: "a string", "null", ... */
    static String describe(JsonToken token) {
        return switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE -> "true";
            case VALUE_FALSE -> "false";
            case VALUE_NULL -> "null";
            default -> "a value";
        };
    }

    /** {@code 65536} as {@code "65,536"}. */
    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
