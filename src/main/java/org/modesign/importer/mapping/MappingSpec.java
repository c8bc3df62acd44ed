package org.modesign.importer.mapping;

import java.util.ArrayList;
import java.util.List;

/**
 * A column mapping as text, as {@code --map} takes it and the editor remembers it:
 * {@code Business Title=title,Supervisory Organization=team,Notes=-}. Pairs are separated by
 * commas, a header from its field by the last "="; "\" escapes a comma or "=" in a header; the
 * field is a {@link Field#key()} ({@code -} or nothing to leave the column out).
 */
public final class MappingSpec {

    private MappingSpec() {
    }

    /**
     * The choices {@code text} makes, in order.
     *
     * @throws IllegalArgumentException for a pair without "=" or an unknown field, saying which
     */
    public static List<ColumnMapping.Choice> parse(String text) {
        List<ColumnMapping.Choice> choices = new ArrayList<>();
        for (String pair : split(text, ',')) {
            if (pair.isBlank()) {
                continue;
            }
            int eq = lastUnescaped(pair, '=');
            if (eq < 0) {
                throw new IllegalArgumentException("\"" + pair.strip() + "\" is not HEADER=FIELD");
            }
            String header = unescape(pair.substring(0, eq)).strip();
            String fieldText = pair.substring(eq + 1).strip();
            Field field = fieldText.isEmpty() || fieldText.equals("-") ? null : Field.ofKey(fieldText);
            if (field == null && !(fieldText.isEmpty() || fieldText.equals("-"))) {
                throw new IllegalArgumentException("unknown field \"" + fieldText + "\" for column \"" + header
                        + "\"; use one of " + keys() + ", or - to leave the column out");
            }
            choices.add(new ColumnMapping.Choice(header, field));
        }
        return choices;
    }

    /** The text of these choices, which {@link #parse} reads back. */
    public static String format(List<ColumnMapping.Choice> choices) {
        StringBuilder sb = new StringBuilder();
        for (ColumnMapping.Choice choice : choices) {
            if (sb.length() > 0) {
                sb.append(',');
            }
            sb.append(choice.header().replace("\\", "\\\\").replace(",", "\\,").replace("=", "\\="))
                    .append('=').append(choice.field() == null ? "-" : choice.field().key());
        }
        return sb.toString();
    }

    /** Every field's key: "id, title, ...". */
    public static String keys() {
        List<String> keys = new ArrayList<>();
        for (Field field : Field.values()) {
            keys.add(field.key());
        }
        return String.join(", ", keys);
    }

    private static List<String> split(String text, char separator) {
        List<String> parts = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                sb.append(c).append(text.charAt(++i));
            } else if (c == separator) {
                parts.add(sb.toString());
                sb.setLength(0);
            } else {
                sb.append(c);
            }
        }
        parts.add(sb.toString());
        return parts;
    }

    private static int lastUnescaped(String text, char wanted) {
        int found = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == wanted) {
                found = i;
            }
        }
        return found;
    }

    private static String unescape(String text) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                c = text.charAt(++i);
            }
            sb.append(c);
        }
        return sb.toString();
    }
}
