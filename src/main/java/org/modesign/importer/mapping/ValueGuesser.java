package org.modesign.importer.mapping;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Guesses the field of each column no header names, from its values, for fields no column holds
 * yet: archetype, staffing, employment status or sourcing words; FTE (decimal numbers up to 1.5);
 * places the location table knows; people's names (distinct, not job titles); and a manager column
 * whose values are the people, ids or titles of other rows. Looks at the first {@link #SAMPLE}
 * values that are not empty; a reference to other rows is checked against the whole table. A column
 * that is empty or whose header is blank is left alone.
 */
final class ValueGuesser {

    static final int SAMPLE = 500;
    /** Share of a column's sampled values that must fit a field. */
    private static final double MOST = 0.8;
    private static final double MANY = 0.6;
    private static final Pattern DECIMAL = Pattern.compile("\\d*[.,]\\d+|[01]");

    private ValueGuesser() {
    }

    static void guess(List<String> headers, List<List<String>> rows, Field[] fields, ColumnMapping.How[] how) {
        List<Integer> open = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            if (fields[i] == null && !headers.get(i).isBlank()) {
                open.add(i);
            }
        }
        for (int column : open) {
            List<String> sample = sample(rows, column);
            if (sample.isEmpty()) {
                continue;
            }
            Field field = byWords(sample, fields);
            if (field != null) {
                fields[column] = field;
                how[column] = ColumnMapping.How.VALUES;
            }
        }
        for (int column : open) {
            if (fields[column] == null && !has(fields, Field.MANAGER) && !has(fields, Field.MANAGER_ID)) {
                Field field = reference(rows, column, fields);
                if (field != null) {
                    fields[column] = field;
                    how[column] = ColumnMapping.How.VALUES;
                }
            }
        }
    }

    private static Field byWords(List<String> sample, Field[] fields) {
        if (free(fields, Field.ARCHETYPE) && share(sample, v -> ValueWords.archetype(v) != null) >= MOST) {
            return Field.ARCHETYPE;
        }
        if (free(fields, Field.STAFFING) && share(sample, v -> ValueWords.staffing(v) != null) >= MOST) {
            return Field.STAFFING;
        }
        if (share(sample, v -> Employment.of(v) != null) >= MOST) {
            boolean time = share(sample, v -> Employment.of(v).partTime() != null) > 0;
            Field field = time ? Field.EMPLOYMENT : Field.SOURCING;
            if (free(fields, field)) {
                return field;
            }
        }
        if (free(fields, Field.FTE) && free(fields, Field.FTE_PERCENT) && isFte(sample)) {
            return Field.FTE;
        }
        if (free(fields, Field.LOCATION) && free(fields, Field.REGION)
                && share(sample, v -> Locations.defaults().region(v) != null) >= MANY) {
            return Field.LOCATION;
        }
        if (free(fields, Field.PERSON) && free(fields, Field.FIRST_NAME) && free(fields, Field.LAST_NAME)
                && share(sample, v -> PersonNames.looksLikeName(v) && TitleArchetypes.suggest(v) == null) >= MOST
                && new HashSet<>(sample).size() >= 0.9 * sample.size()) {
            return Field.PERSON;
        }
        return null;
    }

    /** Decimal numbers in (0, 1.5], at least one with a fraction: 1, 0.5, "0,8". */
    private static boolean isFte(List<String> sample) {
        boolean fraction = false;
        for (String value : sample) {
            if (!DECIMAL.matcher(value).matches()) {
                return false;
            }
            double fte = Double.parseDouble(value.replace(',', '.'));
            if (fte <= 0 || fte > 1.5) {
                return false;
            }
            fraction |= fte != Math.rint(fte);
        }
        return fraction;
    }

    /**
     * A manager column: most of its values are the person, employee id, id or title of a row. Named by
     * people or titles it is the manager; by ids, the manager's id.
     */
    private static Field reference(List<List<String>> rows, int column, Field[] fields) {
        Field[][] kinds = {{Field.PERSON, Field.TITLE}, {Field.EMPLOYEE_ID, Field.ID}};
        Field[] result = {Field.MANAGER, Field.MANAGER_ID};
        for (int k = 0; k < kinds.length; k++) {
            Set<String> known = new HashSet<>();
            for (Field field : kinds[k]) {
                int at = indexOf(fields, field);
                if (at >= 0) {
                    rows.forEach(r -> known.add(Words.name(value(r, at))));
                }
            }
            known.remove("");
            if (!known.isEmpty() && share(nonEmpty(rows, column), v -> known.contains(Words.name(v))) >= MANY) {
                return result[k];
            }
        }
        return null;
    }

    private static List<String> sample(List<List<String>> rows, int column) {
        List<String> values = new ArrayList<>();
        for (List<String> row : rows) {
            String value = value(row, column);
            if (!value.isEmpty()) {
                values.add(value);
                if (values.size() == SAMPLE) {
                    break;
                }
            }
        }
        return values;
    }

    private static List<String> nonEmpty(List<List<String>> rows, int column) {
        List<String> values = new ArrayList<>();
        for (List<String> row : rows) {
            String value = value(row, column);
            if (!value.isEmpty()) {
                values.add(value);
            }
        }
        return values;
    }

    private static String value(List<String> row, int column) {
        return column < row.size() ? row.get(column).strip() : "";
    }

    private static double share(List<String> values, Predicate<String> fits) {
        if (values.isEmpty()) {
            return 0;
        }
        int n = 0;
        for (String value : values) {
            n += fits.test(value) ? 1 : 0;
        }
        return (double) n / values.size();
    }

    private static boolean free(Field[] fields, Field field) {
        return !has(fields, field);
    }

    private static boolean has(Field[] fields, Field field) {
        return indexOf(fields, field) >= 0;
    }

    private static int indexOf(Field[] fields, Field field) {
        for (int i = 0; i < fields.length; i++) {
            if (fields[i] == field) {
                return i;
            }
        }
        return -1;
    }
}
