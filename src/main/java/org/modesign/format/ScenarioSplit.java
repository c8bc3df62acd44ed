package org.modesign.format;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Where the elements of a design file's top-level {@code scenarios} array lie in its bytes, found
 * by a quick scan that follows only strings and nesting. The scan trusts the file to be valid
 * JSON: every piece it finds is parsed and checked afterwards, and a file that does not split
 * cleanly (no such array, an element that is not an object, anything odd) yields no split.
 */
final class ScenarioSplit {

    private static final byte[] KEY = "scenarios".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    /** What each byte value means to the scan (a table keeps the loop over megabytes short). */
    private static final byte[] KINDS = new byte[256];
    private static final byte PLAIN = 0;
    private static final byte QUOTE = 1;
    private static final byte OPEN = 2;
    private static final byte CLOSE = 3;

    static {
        KINDS['"'] = QUOTE;
        KINDS['{'] = OPEN;
        KINDS['['] = OPEN;
        KINDS['}'] = CLOSE;
        KINDS[']'] = CLOSE;
    }

    private final byte[] json;
    private final int open;
    private final int close;
    private final int[] starts;
    private final int[] ends;

    private ScenarioSplit(byte[] json, int open, int close, int[] starts, int[] ends) {
        this.json = json;
        this.open = open;
        this.close = close;
        this.starts = starts;
        this.ends = ends;
    }

    /** The split of {@code json}, or null when its scenarios cannot be told apart by a scan. */
    static ScenarioSplit of(byte[] json) {
        int i = skipSpace(json, startsWithBom(json) ? UTF8_BOM.length : 0);
        if (i >= json.length || json[i] != '{') {
            return null;
        }
        int depth = 0;
        for (; i < json.length; i++) {
            byte kind = KINDS[json[i] & 0xFF];
            if (kind == QUOTE) {
                int end = stringEnd(json, i + 1);
                if (end < 0) {
                    return null;
                }
                if (depth == 1 && isScenariosKey(json, i + 1, end)) {
                    int value = skipSpace(json, skipSpace(json, end + 1) + 1);
                    return value < json.length && json[value] == '[' ? elements(json, value) : null;
                }
                i = end;
            } else if (kind == OPEN) {
                depth++;
            } else if (kind == CLOSE && --depth == 0) {
                return null;
            }
        }
        return null;
    }

    /** How many scenarios the array holds. */
    int count() {
        return starts.length;
    }

    /** Where scenario {@code i} starts (its opening brace). */
    int start(int i) {
        return starts[i];
    }

    /** How many bytes scenario {@code i} takes, up to and with its closing brace. */
    int length(int i) {
        return ends[i] - starts[i];
    }

    /** The file with the scenarios array emptied: everything but the scenarios. */
    byte[] rest() {
        byte[] rest = Arrays.copyOf(json, open + 1 + json.length - close);
        System.arraycopy(json, close, rest, open + 1, json.length - close);
        return rest;
    }

    /** Whether the string between {@code from} and {@code to} is the key "scenarios", before a colon. */
    private static boolean isScenariosKey(byte[] json, int from, int to) {
        if (!Arrays.equals(json, from, to, KEY, 0, KEY.length)) {
            return false;
        }
        int next = skipSpace(json, to + 1);
        return next < json.length && json[next] == ':';
    }

    /** The split of the array whose '[' is at {@code open}: objects separated by commas. */
    private static ScenarioSplit elements(byte[] json, int open) {
        int[] starts = new int[8];
        int[] ends = new int[8];
        int count = 0;
        int i = skipSpace(json, open + 1);
        while (i < json.length && json[i] == '{') {
            int end = objectEnd(json, i);
            if (end < 0) {
                return null;
            }
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
                ends = Arrays.copyOf(ends, count * 2);
            }
            starts[count] = i;
            ends[count++] = end;
            i = skipSpace(json, end);
            if (i < json.length && json[i] == ']') {
                return new ScenarioSplit(json, open, i, Arrays.copyOf(starts, count), Arrays.copyOf(ends, count));
            }
            if (i >= json.length || json[i] != ',') {
                return null;
            }
            i = skipSpace(json, i + 1);
        }
        return null;
    }

    /** The index just after the object that opens at {@code i}, or -1 when it does not close. */
    private static int objectEnd(byte[] json, int i) {
        int depth = 0;
        for (; i < json.length; i++) {
            byte kind = KINDS[json[i] & 0xFF];
            if (kind == PLAIN) {
                continue;
            }
            if (kind == QUOTE) {
                i = stringEnd(json, i + 1);
                if (i < 0) {
                    return -1;
                }
            } else if (kind == OPEN) {
                depth++;
            } else if (--depth == 0) {
                return i + 1;
            }
        }
        return -1;
    }

    /** The index of the quote that ends the string whose text starts at {@code i}, or -1. */
    private static int stringEnd(byte[] json, int i) {
        for (; i < json.length; i++) {
            byte c = json[i];
            if (c == '"') {
                return i;
            }
            if (c == '\\') {
                i++;
            }
        }
        return -1;
    }

    private static int skipSpace(byte[] json, int i) {
        while (i < json.length && (json[i] == ' ' || json[i] == '\n' || json[i] == '\r' || json[i] == '\t')) {
            i++;
        }
        return i;
    }

    private static boolean startsWithBom(byte[] json) {
        return json.length >= UTF8_BOM.length && Arrays.equals(json, 0, UTF8_BOM.length, UTF8_BOM, 0, UTF8_BOM.length);
    }
}
