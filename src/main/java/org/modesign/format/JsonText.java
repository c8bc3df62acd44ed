package org.modesign.format;

import com.fasterxml.jackson.core.io.NumberOutput;
import java.util.Arrays;

/**
 * Writes pretty JSON the way format.md §1 wants it: two-space indent, each object member and
 * array element on its own line, {@code "key": value}, empty arrays as {@code []}, non-ASCII text
 * as itself, numbers as short as they can be while reading back the same.
 */
final class JsonText {

    private static final char[] HEX = "0123456789abcdef".toCharArray();
    /** Whole numbers below this magnitude are written as plain integers. */
    private static final double PLAIN_INTEGER_LIMIT = 1e15;

    private final StringBuilder out;
    private boolean[] hasItems = new boolean[8];
    private int depth;
    private boolean afterKey;

    JsonText(int capacity) {
        out = new StringBuilder(capacity);
    }

    JsonText beginObject() {
        return open('{');
    }

    JsonText endObject() {
        return close('}');
    }

    JsonText beginArray() {
        return open('[');
    }

    JsonText endArray() {
        return close(']');
    }

    /** Starts the member {@code name}; its value comes next. */
    JsonText key(String name) {
        newItem();
        appendQuoted(out, name);
        out.append(": ");
        afterKey = true;
        return this;
    }

    JsonText value(String text) {
        beforeValue();
        appendQuoted(out, text);
        return this;
    }

    JsonText value(double number) {
        beforeValue();
        out.append(number(number));
        return this;
    }

    JsonText value(int number) {
        beforeValue();
        out.append(number);
        return this;
    }

    JsonText member(String name, String text) {
        return key(name).value(text);
    }

    JsonText member(String name, double number) {
        return key(name).value(number);
    }

    JsonText member(String name, int number) {
        return key(name).value(number);
    }

    /** The text written, with its final line break. */
    String finish() {
        return out.append('\n').toString();
    }

    private JsonText open(char bracket) {
        beforeValue();
        out.append(bracket);
        depth++;
        if (depth == hasItems.length) {
            hasItems = Arrays.copyOf(hasItems, depth * 2);
        }
        hasItems[depth] = false;
        return this;
    }

    private JsonText close(char bracket) {
        boolean items = hasItems[depth];
        depth--;
        if (items) {
            newLine();
        }
        out.append(bracket);
        return this;
    }

    private void beforeValue() {
        if (afterKey) {
            afterKey = false;
        } else if (depth > 0) {
            newItem();
        }
    }

    private void newItem() {
        if (hasItems[depth]) {
            out.append(',');
        }
        hasItems[depth] = true;
        newLine();
    }

    private void newLine() {
        out.append('\n');
        for (int i = 0; i < depth; i++) {
            out.append("  ");
        }
    }

    /**
     * A number as JSON text: whole values as integers ({@code 400}), others as the shortest
     * decimal that reads back as the same double ({@code 0.5}, {@code 1.0E-7}); {@code -0.0}
     * keeps its sign.
     */
    static String number(double d) {
        if (d == Math.rint(d) && Math.abs(d) < PLAIN_INTEGER_LIMIT && !isNegativeZero(d)) {
            return Long.toString((long) d);
        }
        return NumberOutput.toString(d, true);
    }

    private static boolean isNegativeZero(double d) {
        return Double.doubleToRawLongBits(d) == Long.MIN_VALUE;
    }

    /**
     * Appends {@code s} as a JSON string: quotes, backslashes and control characters escaped, a
     * lone surrogate as {@code \\uXXXX}, everything else as itself.
     */
    static void appendQuoted(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c < 0x20) {
                appendControl(sb, c);
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                sb.append(c).append(s.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                appendUnicodeEscape(sb, c);
            } else {
                sb.append(c);
            }
        }
        sb.append('"');
    }

    private static void appendControl(StringBuilder sb, char c) {
        switch (c) {
            case '\n' -> sb.append("\\n");
            case '\t' -> sb.append("\\t");
            case '\r' -> sb.append("\\r");
            case '\b' -> sb.append("\\b");
            case '\f' -> sb.append("\\f");
            default -> appendUnicodeEscape(sb, c);
        }
    }

    private static void appendUnicodeEscape(StringBuilder sb, char c) {
        sb.append("\\u").append(HEX[c >> 12]).append(HEX[(c >> 8) & 0xF]).append(HEX[(c >> 4) & 0xF]).append(HEX[c & 0xF]);
    }
}
