package org.modesign.importer;

import java.util.Locale;

/** How the import compares what people type: headers and words loosely, names by their letters. */
final class Keys {

    private Keys() {
    }

    /**
     * A header or a word without case, spaces, {@code _ - .} and a trailing colon:
     * "Reports To" and "reports_to" both give {@code reportsto}; "上级：" gives "上级".
     */
    static String compact(String text) {
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
    static String name(String text) {
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

    /** The value as a message shows it: on one line. */
    static String shown(String value) {
        return value.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t");
    }
}
