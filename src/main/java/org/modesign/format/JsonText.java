package org.modesign.format;

import com.fasterxml.jackson.core.io.NumberOutput;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Writes pretty JSON the way format.md §1 wants it: two-space indent, each object member and
 * array element on its own line, {@code "key": value}, empty arrays as {@code []}, non-ASCII text
 * as itself, numbers as short as they can be while reading back the same.
 */
final class JsonText {

    private static final char[] HEX = "0123456789abcdef".toCharArray();
    /** Numbers below this magnitude are written in plain notation, whole ones as integers. */
    private static final double PLAIN_LIMIT = 1e15;
    /** Numbers below this magnitude are written in scientific notation. */
    private static final double SMALLEST_PLAIN = 1e-6;

    /** Characters of text a writer with a limit keeps before it turns them into UTF-8 bytes. */
    static final int CHUNK_CHARS = 1 << 20;

    private final StringBuilder out;
    /** The most UTF-8 bytes kept; see {@link #JsonText(int, long)}. */
    private final long keepAtMost;
    /** The text before {@link #out} in UTF-8, in chunks of about {@link #CHUNK_CHARS}, when there is a limit. */
    private final List<byte[]> chunks = new ArrayList<>();
    private long chunked;
    /** UTF-8 bytes of the text counted and dropped once it grew past {@link #keepAtMost}. */
    private long dropped;
    private boolean[] hasItems = new boolean[8];
    private int depth;
    private int deepest;
    private int longestString;
    private boolean afterKey;

    JsonText(int capacity) {
        this(capacity, Long.MAX_VALUE);
    }

    /**
     * A writer that keeps its text as UTF-8 chunks (never a buffer twice the size of the text,
     * as a growing one is), and at most {@code keepAtMost} bytes of it: once the text is longer,
     * it is only measured ({@link #utf8Length()}), so that a text too large to be kept costs no
     * memory. {@link #finishUtf8()} is then refused.
     */
    JsonText(int capacity, long keepAtMost) {
        out = new StringBuilder(capacity);
        this.keepAtMost = keepAtMost;
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
        longestString = Math.max(longestString, name.length());
        newItem();
        appendQuoted(out, name);
        out.append(": ");
        afterKey = true;
        return this;
    }

    JsonText value(String text) {
        longestString = Math.max(longestString, text.length());
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

    JsonText value(boolean truth) {
        beforeValue();
        out.append(truth);
        return this;
    }

    JsonText member(String name, boolean truth) {
        return key(name).value(truth);
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

    /** The deepest nesting of objects and arrays written so far (the outermost object is 1). */
    int deepest() {
        return deepest;
    }

    /** The length in characters of the longest string, key or value, written so far. */
    int longestString() {
        return longestString;
    }

    /** Whether the text grew past the bytes it may keep, and was only measured since. */
    boolean dropped() {
        return dropped > 0;
    }

    /** The length in UTF-8 of the text written so far, kept or dropped. */
    long utf8Length() {
        return dropped + chunked + utf8Length(out);
    }

    /** The text written, with its final line break (of a writer without a limit). */
    String finish() {
        if (keepAtMost != Long.MAX_VALUE) {
            throw new IllegalStateException("a writer with a limit gives its text in UTF-8");
        }
        return out.append('\n').toString();
    }

    /** The text written in UTF-8, with its final line break; refused when it was {@link #dropped()}. */
    byte[] finishUtf8() {
        if (dropped()) {
            throw new IllegalStateException("the text was longer than it may be kept: " + utf8Length() + " bytes");
        }
        chunks.add(out.append('\n').toString().getBytes(StandardCharsets.UTF_8));
        out.setLength(0);
        byte[] all = new byte[Math.toIntExact(chunked + chunks.get(chunks.size() - 1).length)];
        int at = 0;
        for (byte[] chunk : chunks) {
            System.arraycopy(chunk, 0, all, at, chunk.length);
            at += chunk.length;
        }
        chunks.clear();
        return all;
    }

    /** Turns the characters kept into a chunk of UTF-8, or counts and drops them past the limit. */
    private void spill() {
        byte[] bytes = out.toString().getBytes(StandardCharsets.UTF_8);
        out.setLength(0);
        if (dropped == 0 && chunked + bytes.length <= keepAtMost) {
            chunks.add(bytes);
            chunked += bytes.length;
        } else {
            dropped += chunked + bytes.length;
            chunked = 0;
            chunks.clear();
        }
    }

    private JsonText open(char bracket) {
        beforeValue();
        out.append(bracket);
        depth++;
        deepest = Math.max(deepest, depth);
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
        if (out.length() >= CHUNK_CHARS && keepAtMost != Long.MAX_VALUE) {
            spill();
        }
        out.append('\n');
        for (int i = 0; i < depth; i++) {
            out.append("  ");
        }
    }

    /**
     * A number as JSON text: whole values as integers ({@code 400}), others as the shortest
     * decimal that reads back as the same double, in plain notation ({@code 0.5},
     * {@code 0.00001}) unless very small or large ({@code 1.0E-7}); {@code -0.0} keeps its sign.
     */
    static String number(double d) {
        double magnitude = Math.abs(d);
        if (d == Math.rint(d) && magnitude < PLAIN_LIMIT && !isNegativeZero(d)) {
            return Long.toString((long) d);
        }
        String shortest = NumberOutput.toString(d, true);
        if (shortest.indexOf('E') >= 0 && magnitude >= SMALLEST_PLAIN && magnitude < PLAIN_LIMIT) {
            return new BigDecimal(shortest).stripTrailingZeros().toPlainString();
        }
        return shortest;
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
            } else if (startsPair(s, i)) {
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
        sb.append("\\u").append(HEX[c >> 12]).append(HEX[(c >> 8) & 0xF])
                .append(HEX[(c >> 4) & 0xF]).append(HEX[c & 0xF]);
    }

    /** The number of bytes of {@code text} in UTF-8 (the writer's text holds no lone surrogate: it escapes them). */
    private static long utf8Length(CharSequence text) {
        long bytes = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes++;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }

    /** Whether a surrogate pair (one character beyond the BMP) starts at {@code i}. */
    private static boolean startsPair(String s, int i) {
        return Character.isHighSurrogate(s.charAt(i)) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
    }
}
