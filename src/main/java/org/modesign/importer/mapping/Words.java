package org.modesign.importer.mapping;

import java.util.Locale;

/** How the import compares what people type: headers and words loosely, names by their letters. */
public final class Words {

    private Words() {
    }

    /**
     * A header or a word without case, spaces, {@code _ - .} and a trailing colon:
     * "Reports To" and "reports_to" both give {@code reportsto}; "上级：" gives "上级".
     */
    public static String compact(String text) {
        if (isCompact(text)) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '_' && c != '-' && c != '.'
                    && c != ':' && c != '\uFF1A' && c != '\uFEFF') {
                sb.append(c);
            }
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    /** Whether {@link #compact} leaves the text as it is: ASCII lower-case letters, digits and other signs. */
    private static boolean isCompact(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c <= ' ' || c >= 0x7F || (c >= 'A' && c <= 'Z') || c == '_' || c == '-' || c == '.' || c == ':') {
                return false;
            }
        }
        return true;
    }

    /** A title or name without case and with runs of spaces as one: "Data  Analyst" is "data analyst". */
    public static String name(String text) {
        if (isName(text)) {
            return text.toLowerCase(Locale.ROOT);
        }
        StringBuilder sb = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = sb.length() > 0;
            } else {
                if (space) {
                    sb.append(' ');
                    space = false;
                }
                sb.append(c);
            }
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    /** Whether {@link #name} only lower-cases the text: ASCII with single spaces inside only. */
    private static boolean isName(String text) {
        char before = ' ';
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < ' ' || c >= 0x7F || (c == ' ' && before == ' ')) {
                return false;
            }
            before = c;
        }
        return before != ' ' || text.isEmpty();
    }

    /** Whether the text holds a Chinese, Japanese or Korean ideograph. */
    public static boolean hasIdeograph(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isIdeographic(text.codePointAt(i))) {
                return true;
            }
        }
        return false;
    }
}
