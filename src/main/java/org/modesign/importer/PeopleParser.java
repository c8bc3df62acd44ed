package org.modesign.importer;

import java.util.List;
import org.modesign.importer.mapping.Field;
import org.modesign.importer.mapping.PersonNames;
import org.modesign.model.Role;
import org.modesign.model.Staffing;

/**
 * Reads who is in a row's position (format v2 {@code person}): the person column, or the first and
 * last name put together; and the ids a manager may be named by. A person column that says the
 * position is vacant ("Vacant", "TBH", "空缺") leaves the person empty and makes the position open
 * when the row says nothing else of its staffing; a person in an open or planned position is a row
 * problem, as is a name longer than {@link Role#MAX_PERSON_CHARS}.
 */
final class PeopleParser {

    private final HeaderColumns header;
    private final Problems problems;

    PeopleParser(HeaderColumns header, Problems problems) {
        this.header = header;
        this.problems = problems;
    }

    /** Whether the file names people (so that a manager may be one, and may be outside the file). */
    static boolean namesPeople(HeaderColumns header) {
        return header.has(Field.PERSON) || header.has(Field.FIRST_NAME) || header.has(Field.LAST_NAME)
                || header.has(Field.EMPLOYEE_ID);
    }

    /** Reads the person and the ids of {@code values} into {@code draft}, after its staffing. */
    void parse(Draft draft, List<String> values) {
        draft.employeeId = header.value(values, Field.EMPLOYEE_ID);
        draft.managerId = header.value(values, Field.MANAGER_ID);
        String person = header.value(values, Field.PERSON);
        if (person.isEmpty()) {
            person = PersonNames.join(header.value(values, Field.FIRST_NAME), header.value(values, Field.LAST_NAME));
        }
        if (PersonNames.isVacant(person)) {
            if (header.value(values, Field.STAFFING).isEmpty()) {
                draft.staffing = Staffing.OPEN;
            }
            return;
        }
        if (person.codePointCount(0, person.length()) > Role.MAX_PERSON_CHARS) {
            problems.add(draft, ImportMessage.TOO_LONG, Field.PERSON, Role.MAX_PERSON_CHARS);
        } else if (!person.isEmpty() && draft.staffing.vacant()) {
            problems.add(draft, ImportMessage.PERSON_IN_VACANCY, draft.staffing.code(), Keys.shown(person));
        }
        draft.person = person;
    }
}
