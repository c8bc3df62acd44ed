package org.modesign.format;

import com.fasterxml.jackson.core.JsonToken;

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
        if (token == null) {
            return "nothing";
        }
        switch (token) {
            case START_OBJECT:
                return "an object";
            case START_ARRAY:
                return "an array";
            case VALUE_STRING:
                return "a string";
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return "a number";
            case VALUE_TRUE:
                return "true";
            case VALUE_FALSE:
                return "false";
            case VALUE_NULL:
                return "null";
            default:
                return token.asString() == null ? "something else" : token.asString();
        }
    }

    /** {@code 65536} as {@code "65,536"}. */
    static String count(long n) {
        return String.format(java.util.Locale.ROOT, "%,d", n);
    }
}
