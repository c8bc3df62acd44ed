package org.modesign.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of a file by everything a manager column may name them by: the role id, the person's
 * employee id, the person's name (also written "Last, First") and the title. {@link #find} looks a
 * value up in that order; a name or title that two rows share is ambiguous. A value such as
 * "Ann Lee (E1001)" is looked up by the id in brackets, then by the name before them. O(rows) to
 * build, O(1) a look-up.
 */
final class RowIndex {

    /** What a look-up found: one row, several (ambiguous), or none. */
    record Found(Draft row, List<Draft> ambiguous) {

        static final Found NONE = new Found(null, List.of());

        boolean isAmbiguous() {
            return ambiguous.size() > 1;
        }
    }

    private final Map<String, Draft> byId = new HashMap<>();
    private final Map<String, Draft> byEmployeeId = new HashMap<>();
    private final Map<String, List<Draft>> byPerson = new HashMap<>();
    private final Map<String, List<Draft>> byTitle = new HashMap<>();

    RowIndex(List<Draft> drafts) {
        for (Draft draft : drafts) {
            if (!draft.givenId.isEmpty()) {
                byId.putIfAbsent(draft.givenId, draft);
            }
            if (!draft.employeeId.isEmpty()) {
                byEmployeeId.putIfAbsent(Keys.name(draft.employeeId), draft);
            }
            if (!draft.person.isEmpty()) {
                byPerson.computeIfAbsent(Keys.name(draft.person), k -> new ArrayList<>(1)).add(draft);
            }
            if (!draft.title.isEmpty()) {
                byTitle.computeIfAbsent(Keys.name(draft.title), k -> new ArrayList<>(1)).add(draft);
            }
        }
    }

    /** Whether {@code name} is the person of some row. */
    boolean isPerson(String name) {
        return byPerson.containsKey(Keys.name(name));
    }

    /** The row an id (role id or employee id) names. */
    Found byIdOnly(String value) {
        Draft row = byId.get(value);
        if (row == null) {
            row = byEmployeeId.get(Keys.name(value));
        }
        return row == null ? Found.NONE : new Found(row, List.of(row));
    }

    /** The row {@code value} names: by id, employee id, person, "Last, First", "Name (id)", then title. */
    Found find(String value) {
        Found found = byIdOnly(value);
        if (found.row() != null) {
            return found;
        }
        found = among(byPerson, value);
        if (found != Found.NONE) {
            return found;
        }
        int comma = value.indexOf(',');
        if (comma > 0 && value.indexOf(',', comma + 1) < 0) {
            found = among(byPerson, value.substring(comma + 1).strip() + " " + value.substring(0, comma).strip());
            if (found != Found.NONE) {
                return found;
            }
        }
        int open = value.lastIndexOf('(');
        if (open > 0 && value.endsWith(")")) {
            found = byIdOnly(value.substring(open + 1, value.length() - 1).strip());
            if (found.row() == null) {
                found = among(byPerson, value.substring(0, open).strip());
            }
            if (found != Found.NONE) {
                return found;
            }
        }
        return among(byTitle, value);
    }

    private static Found among(Map<String, List<Draft>> index, String value) {
        List<Draft> rows = index.get(Keys.name(value));
        if (rows == null || rows.isEmpty()) {
            return Found.NONE;
        }
        return new Found(rows.size() == 1 ? rows.get(0) : null, rows);
    }
}
