package org.modesign.analysis;

import java.util.Comparator;
import java.util.List;

/**
 * The orders of format.md §2: strings by Unicode code point (not by UTF-16 unit, as
 * {@link String#compareTo} does), {@code null} before any string, lists element by element.
 */
public final class CodePointOrder {

    /** Strings by code point, {@code null} first. */
    public static final Comparator<String> STRINGS = CodePointOrder::compare;

    /** Lists of strings element by element, a list before its own extensions. */
    public static final Comparator<List<String>> LISTS = CodePointOrder::compare;

    private CodePointOrder() {
    }

    /** Compares by code point; {@code null} comes before any string. */
    public static int compare(String a, String b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : -1) : 1;
        }
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y) {
                return Integer.compare(fixUp(x), fixUp(y));
            }
        }
        return Integer.compare(a.length(), b.length());
    }

    /** Compares element by element with {@link #compare(String, String)}. */
    public static int compare(List<String> a, List<String> b) {
        int n = Math.min(a.size(), b.size());
        for (int i = 0; i < n; i++) {
            int c = compare(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    /**
     * Moves surrogates above every other UTF-16 unit, so that the first differing unit of two
     * well-formed strings orders them as their code points would.
     */
    private static int fixUp(char c) {
        if (c < Character.MIN_SURROGATE) {
            return c;
        }
        return c > Character.MAX_SURROGATE ? c - 0x800 : c + 0x2000;
    }
}
