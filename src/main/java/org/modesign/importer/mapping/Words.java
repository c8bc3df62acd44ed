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

    /** A title or name without case and with runs of spaces as one: "Data  Analyst" is "data analyst". */
    public static String name(String text) {
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
