package org.modesign.importer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.modesign.importer.mapping.Field;
import org.modesign.importer.mapping.TitleArchetypes;
import org.modesign.importer.mapping.ValueWords;
import org.modesign.model.Archetype;
import org.modesign.model.Ids;
import org.modesign.model.Role;
import org.modesign.model.Staffing;

/**
 * Reads the values of one row that need nothing but the row and the target design: title, id
 * syntax, archetype, FTE, sourcing and phases. Empty values take the defaults of the file format
 * (marketer when the archetype is empty, 1 FTE, in-house, first and last phase); when asked, an
 * empty archetype is the one the title suggests ({@link TitleArchetypes}), marked as a suggestion.
 */
final class RowParser {

    /** The longest title or name an edit accepts. */
    static final int MAX_TEXT = 1_000;
    /** A decimal number, with a point or (as in many locales) a comma. */
    private static final Pattern NUMBER = Pattern.compile("\\+?(\\d+([.,]\\d*)?|[.,]\\d+)");

    /** A number as spreadsheets write it, with a decimal point or comma; NaN when it is not one. */
    static double decimal(String digits) {
        return NUMBER.matcher(digits).matches() ? Double.parseDouble(digits.replace(',', '.')) : Double.NaN;
    }

    private final HeaderColumns header;
    private final ImportTarget target;
    private final Problems problems;
    private final PeopleParser people;
    private final WorkValues work;
    private final boolean suggest;
    private final Map<String, Optional<Archetype>> suggestions = new HashMap<>();
    private int emptyArchetypes;
    private int suggested;

    RowParser(HeaderColumns header, ImportTarget target, Problems problems, boolean suggest) {
        this.suggest = suggest;
        this.header = header;
        this.target = target;
        this.problems = problems;
        this.people = new PeopleParser(header, problems);
        this.work = new WorkValues(header, problems);
    }

    Draft parse(CsvRow row) {
        List<String> values = row.values();
        Draft draft = new Draft(row.line(), header.value(values, Field.ID), header.value(values, Field.TITLE),
                header.value(values, Field.TEAM), header.value(values, Field.REGION),
                header.value(values, Field.MANAGER));
        checkWidth(draft, values);
        checkTexts(draft);
        if (!draft.givenId.isEmpty() && !Ids.isValid(draft.givenId)) {
            problems.add(draft, ImportMessage.INVALID_ID, Keys.shown(draft.givenId));
        }
        archetype(draft, header.value(values, Field.ARCHETYPE));
        String fte = header.value(values, Field.FTE);
        fte(draft, fte);
        work.parse(draft, values, !fte.isEmpty());
        staffing(draft, header.value(values, Field.STAFFING));
        people.parse(draft, values);
        cost(draft, header.value(values, Field.COST));
        phases(draft, header.value(values, Field.FROM), header.value(values, Field.TO));
        return draft;
    }

    /** How many rows had an archetype column but no value in it (and no suggestion, when suggesting). */
    int emptyArchetypes() {
        return emptyArchetypes;
    }

    /** How many rows got the archetype their title suggests. */
    int suggested() {
        return suggested;
    }

    /** Whether archetypes are suggested from titles. */
    boolean suggests() {
        return suggest;
    }

    private void checkWidth(Draft draft, List<String> values) {
        int used = values.size();
        while (used > header.width() && values.get(used - 1).isBlank()) {
            used--;
        }
        if (used > header.width()) {
            problems.add(draft, ImportMessage.EXTRA_VALUES, used, header.width());
        }
    }

    private void checkTexts(Draft draft) {
        if (draft.title.isEmpty()) {
            problems.add(draft, ImportMessage.MISSING_TITLE);
        }
        String[] texts = {draft.title, draft.team, draft.region, draft.manager};
        Field[] columns = {Field.TITLE, Field.TEAM, Field.REGION, Field.MANAGER};
        for (int i = 0; i < texts.length; i++) {
            if (texts[i].length() > MAX_TEXT) {
                problems.add(draft, ImportMessage.TOO_LONG, columns[i], MAX_TEXT);
            }
        }
    }

    private void archetype(Draft draft, String text) {
        if (text.isEmpty()) {
            Optional<Archetype> suggestion = suggest
                    ? suggestions.computeIfAbsent(draft.title, t -> Optional.ofNullable(TitleArchetypes.suggest(t)))
                    : Optional.empty();
            if (suggestion.isPresent()) {
                draft.archetype = suggestion.get();
                draft.suggested = true;
                suggested++;
            } else {
                emptyArchetypes += header.has(Field.ARCHETYPE) || suggest ? 1 : 0;
            }
            return;
        }
        Archetype archetype = ValueWords.archetype(text);
        if (archetype == null) {
            problems.add(draft, ImportMessage.UNKNOWN_ARCHETYPE, Keys.shown(text));
        } else {
            draft.archetype = archetype;
        }
    }

    private void fte(Draft draft, String text) {
        if (text.isEmpty()) {
            return;
        }
        boolean percent = text.endsWith("%");
        String digits = percent ? text.substring(0, text.length() - 1).strip() : text;
        double fte = decimal(digits);
        fte = percent ? fte / 100 : fte;
        if (fte > 0 && fte <= Role.MAX_FTE) {
            draft.fte = fte;
        } else {
            problems.add(draft, ImportMessage.BAD_FTE, Keys.shown(text));
        }
    }

    private void staffing(Draft draft, String text) {
        if (text.isEmpty()) {
            return;
        }
        Staffing staffing = ValueWords.staffing(text);
        if (staffing == null) {
            problems.add(draft, ImportMessage.UNKNOWN_STAFFING, Keys.shown(text));
        } else {
            draft.staffing = staffing;
        }
    }

    /** A yearly cost per FTE: digits with a decimal point or comma, as FTE; thousands separated by spaces. */
    private void cost(Draft draft, String text) {
        if (text.isEmpty()) {
            return;
        }
        String digits = text.replace(" ", "").replace("\u00A0", "").replace("_", "");
        double cost = decimal(digits);
        if (cost >= 0 && Double.isFinite(cost)) {
            draft.cost = cost;
        } else {
            problems.add(draft, ImportMessage.BAD_COST, Keys.shown(text));
        }
    }

    private void phases(Draft draft, String fromText, String toText) {
        int from = phase(draft, fromText, Field.FROM);
        int to = phase(draft, toText, Field.TO);
        draft.from = from < 0 ? null : target.design().phases().get(from).id();
        draft.to = to < 0 ? null : target.design().phases().get(to).id();
        if (from >= 0 && to >= 0 && from > to) {
            problems.add(draft, ImportMessage.PHASE_ORDER, draft.from, draft.to);
        }
    }

    /** The phase's position in the plan; -1 when the value is empty or unknown (a problem then). */
    private int phase(Draft draft, String text, Field column) {
        if (text.isEmpty()) {
            return -1;
        }
        int index = target.phase(text);
        if (index < 0) {
            problems.add(draft, ImportMessage.UNKNOWN_PHASE, Keys.shown(text), column,
                    target.phaseIds());
        }
        return index;
    }
}
