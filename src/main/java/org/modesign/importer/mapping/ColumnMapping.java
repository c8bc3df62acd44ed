package org.modesign.importer.mapping;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Which column of a table holds which {@link Field}: found from the headers ({@link HeaderWords}),
 * then, for the columns no header names, guessed from their values ({@link ValueGuesser}), and
 * changed by the user ({@link #with}, {@link #withChoices}). At most one column holds a field; a
 * column without a field is not used. Immutable.
 */
public final class ColumnMapping {

    /** How a column came to hold its field. */
    public enum How {
        /** Its header names the field. */
        HEADER,
        /** Its values look like the field's. */
        VALUES,
        /** The user chose the field (or chose to leave the column out). */
        CHOSEN,
        /** Nothing: the column is not used. */
        NONE
    }

    /** A user's choice for one column: its header and the field, null to leave the column out. */
    public record Choice(String header, Field field) {

        public Choice {
            Objects.requireNonNull(header, "header");
        }
    }

    private final List<String> headers;
    private final Field[] fields;
    private final How[] how;

    private ColumnMapping(List<String> headers, Field[] fields, How[] how) {
        this.headers = List.copyOf(headers);
        this.fields = fields;
        this.how = how;
    }

    /** The mapping of a table with these headers and rows (each row's values in column order). */
    public static ColumnMapping of(List<String> headers, List<List<String>> rows) {
        Field[] fields = new Field[headers.size()];
        How[] how = new How[headers.size()];
        Arrays.fill(how, How.NONE);
        byHeader(headers, fields, how);
        ValueGuesser.guess(headers, rows, fields, how);
        return new ColumnMapping(headers, fields, how);
    }

    private static void byHeader(List<String> headers, Field[] fields, How[] how) {
        int[] best = new int[Field.values().length];
        Arrays.fill(best, -1);
        List<Integer> nameLike = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            String header = headers.get(i);
            Field field = HeaderWords.field(header);
            if (HeaderWords.isNameLike(header)) {
                nameLike.add(i);
            } else if (field != null) {
                int before = best[field.ordinal()];
                if (before < 0 || HeaderWords.rank(header) < HeaderWords.rank(headers.get(before))) {
                    best[field.ordinal()] = i;
                }
            }
        }
        if (!nameLike.isEmpty()) {
            int column = nameLike.get(0);
            Field field = nameField(best);
            if (field != null) {
                best[field.ordinal()] = column;
            }
        }
        for (Field field : Field.values()) {
            int column = best[field.ordinal()];
            if (column >= 0) {
                fields[column] = field;
                how[column] = How.HEADER;
            }
        }
    }

    /** "Name": the title when no other column is; beside a first name, the last name; else the person. */
    private static Field nameField(int[] best) {
        boolean first = best[Field.FIRST_NAME.ordinal()] >= 0;
        boolean last = best[Field.LAST_NAME.ordinal()] >= 0;
        if (best[Field.TITLE.ordinal()] < 0) {
            return Field.TITLE;
        } else if (first && !last) {
            return Field.LAST_NAME;
        } else if (last && !first) {
            return Field.FIRST_NAME;
        } else if (!first && best[Field.PERSON.ordinal()] < 0) {
            return Field.PERSON;
        }
        return null;
    }

    /** The headers, in file order. */
    public List<String> headers() {
        return headers;
    }

    /** The number of columns the header names. */
    public int width() {
        return headers.size();
    }

    /** The field of a column, or null when the column is not used. */
    public Field field(int column) {
        return fields[column];
    }

    /** How a column came to its field. */
    public How how(int column) {
        return how[column];
    }

    /** The column that holds {@code field}, or -1. */
    public int column(Field field) {
        for (int i = 0; i < fields.length; i++) {
            if (fields[i] == field) {
                return i;
            }
        }
        return -1;
    }

    public boolean has(Field field) {
        return column(field) >= 0;
    }

    /** This mapping with {@code column} holding {@code field} (null: not used); a column that held it before no longer does. */
    public ColumnMapping with(int column, Field field) {
        Field[] f = fields.clone();
        How[] h = how.clone();
        if (field != null) {
            for (int i = 0; i < f.length; i++) {
                if (f[i] == field && i != column) {
                    f[i] = null;
                    h[i] = How.CHOSEN;
                }
            }
        }
        f[column] = field;
        h[column] = How.CHOSEN;
        return new ColumnMapping(headers, f, h);
    }

    /**
     * This mapping with the user's choices applied in order.
     *
     * @throws IllegalArgumentException when a choice names a header the table does not have
     */
    public ColumnMapping withChoices(List<Choice> choices) {
        ColumnMapping mapping = this;
        for (Choice choice : choices) {
            int column = columnOf(choice.header());
            if (column < 0) {
                throw new IllegalArgumentException("no column \"" + choice.header() + "\" in the header; it has "
                        + quoted(headers));
            }
            mapping = mapping.with(column, choice.field());
        }
        return mapping;
    }

    /** As {@link #withChoices}, skipping the choices for headers the table does not have. */
    public ColumnMapping withChoicesFound(List<Choice> choices) {
        ColumnMapping mapping = this;
        for (Choice choice : choices) {
            int column = columnOf(choice.header());
            if (column >= 0) {
                mapping = mapping.with(column, choice.field());
            }
        }
        return mapping;
    }

    /** Every column's choice, as the user would give it: to remember the mapping. */
    public List<Choice> choices() {
        List<Choice> all = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            if (!headers.get(i).isBlank()) {
                all.add(new Choice(headers.get(i).strip(), fields[i]));
            }
        }
        return all;
    }

    /** The column of a header: the same text, else the same {@link Words#compact} form; -1 when none. */
    private int columnOf(String header) {
        String wanted = header.strip();
        for (int i = 0; i < headers.size(); i++) {
            if (headers.get(i).strip().equals(wanted)) {
                return i;
            }
        }
        String compact = Words.compact(wanted);
        for (int i = 0; i < headers.size(); i++) {
            if (Words.compact(headers.get(i)).equals(compact)) {
                return i;
            }
        }
        return -1;
    }

    /** A key for the set of headers, the same for the same headers in any order and case. */
    public String headerSetKey() {
        List<String> compact = new ArrayList<>();
        for (String header : headers) {
            compact.add(Words.compact(header));
        }
        compact.sort(null);
        return String.join("\u001F", compact);
    }

    private static String quoted(List<String> names) {
        List<String> shown = new ArrayList<>();
        for (String name : names) {
            shown.add("\"" + name.strip() + "\"");
        }
        return shown.isEmpty() ? "no columns" : String.join(", ", shown);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ColumnMapping m && headers.equals(m.headers) && Arrays.equals(fields, m.fields)
                && Arrays.equals(how, m.how);
    }

    @Override
    public int hashCode() {
        return Objects.hash(headers, Arrays.hashCode(fields), Arrays.hashCode(how));
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < headers.size(); i++) {
            sb.append(i == 0 ? "" : ", ").append(headers.get(i)).append('=')
                    .append(fields[i] == null ? "-" : fields[i].key());
        }
        return sb.toString();
    }
}
