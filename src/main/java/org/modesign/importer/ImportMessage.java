package org.modesign.importer;

import org.modesign.text.Message;

/**
 * Every text the CSV import shows a person: why a file cannot be used, why a row cannot, and notes
 * on what the import assumed. Each has a stable {@link #bundleKey()} for translation and its English
 * default, a {@link java.text.MessageFormat} pattern; {@link ImportText} pairs one with its
 * arguments. Like the reader's problems, a text starts in lower case and has no full stop: it
 * follows a place ("roles.csv:7: ...").
 */
public enum ImportMessage implements Message {
    // The file as a whole.
    FILE_MISSING("import.file.missing", "the file does not exist"),
    FILE_UNREADABLE("import.file.unreadable", "the file could not be read: {0}"),
    FILE_IS_FOLDER("import.file.folder", "it is a folder, not a CSV file"),
    FILE_TOO_LARGE("import.file.tooLarge",
            "the file is {0,number,integer} bytes long, more than the limit of 64 MiB ({1,number,integer} bytes)"),
    TOO_MANY_ROWS("import.file.tooManyRows", "the file has more than the limit of {0,number,integer} rows"),
    NOT_UTF8("import.file.notUtf8",
            "the file is not UTF-8 text; save it from the spreadsheet as \"CSV UTF-8\" and try again"),
    BAD_ENCODING("import.file.badEncoding",
            "the file starts with the byte order mark of {0} but is not valid {0} text"),
    BAD_QUOTES("import.file.badQuotes",
            "the file is not valid CSV near line {0,number,#}: a double quote is not closed or is followed by other text"),
    EMPTY("import.file.empty", "the file is empty"),
    NO_TITLE_COLUMN("import.file.noTitleColumn",
            "the header names no title column (such as title, role, name, \u804C\u4F4D or \u5C97\u4F4D); it has {0}"),

    // One row.
    MISSING_TITLE("import.row.missingTitle", "the title is empty"),
    TOO_LONG("import.row.tooLong", "the {0} is longer than {1,number,integer} characters"),
    EXTRA_VALUES("import.row.extraValues",
            "the row has {0,number,integer} values but the header names {1,number,integer} columns; "
                    + "quote a value that holds the delimiter"),
    UNKNOWN_ARCHETYPE("import.row.unknownArchetype",
            "unknown archetype \"{0}\"; use leader, maestro, modeler, maker or marketer"),
    UNKNOWN_SOURCING("import.row.unknownSourcing",
            "unknown sourcing \"{0}\"; use in-house, agency, contractor or seconded"),
    BAD_FTE("import.row.badFte", "FTE \"{0}\" is not a number more than 0 and at most 10,000"),
    UNKNOWN_EMPLOYMENT("import.row.unknownEmployment",
            "unknown employment status \"{0}\"; use full-time or part-time, or a worker type such as employee, "
                    + "contractor or agency"),
    BAD_HOURS("import.row.badHours", "weekly hours \"{0}\" are not a number more than 0 and at most 168"),
    UNKNOWN_STAFFING("import.row.unknownStaffing", "unknown staffing \"{0}\"; use filled, open or planned"),
    BAD_COST("import.row.badCost", "cost \"{0}\" is not a number of at least 0"),
    UNKNOWN_PHASE("import.row.unknownPhase", "unknown phase \"{0}\" in column {1}; the design has {2}"),
    PHASE_ORDER("import.row.phaseOrder",
            "phase \"{0}\" comes after phase \"{1}\"; a role cannot start after it ends"),
    INVALID_ID("import.row.invalidId",
            "\"{0}\" is not a valid id: use 1 to 64 letters, digits, \"_\", \".\" or \"-\""),
    DUPLICATE_ID("import.row.duplicateId", "duplicate id \"{0}\": line {1,number,#} has it too"),
    ID_TAKEN("import.row.idTaken", "duplicate id \"{0}\": the scenario already has \"{1}\" under that id"),
    MANAGER_NOT_FOUND("import.row.managerNotFound",
            "manager \"{0}\" not found among the rows or the cards of the scenario"),
    MANAGER_AMBIGUOUS_ROWS("import.row.managerAmbiguousRows", "manager \"{0}\" is ambiguous: lines {1}"),
    MANAGER_AMBIGUOUS_CARDS("import.row.managerAmbiguousCards",
            "manager \"{0}\" is ambiguous: the scenario has {1,number,integer} cards of that name ({2})"),
    MANAGER_SELF("import.row.managerSelf", "the role cannot report to itself"),
    PERSON_IN_VACANCY("import.row.personInVacancy",
            "the position is {0} but names a person, \"{1}\"; an open or planned position has no one in it"),
    MANAGER_REJECTED("import.row.managerRejected",
            "manager \"{0}\" (line {1,number,#}) is not imported, as its own row cannot be used"),

    // Notes on what the import assumed.
    NO_ARCHETYPE_COLUMN("import.note.noArchetypeColumn", "no archetype column: every role becomes a marketer"),
    EMPTY_ARCHETYPES("import.note.emptyArchetypes",
            "{0,choice,1#one row has|1<{0,number,integer} rows have} no archetype: "
                    + "{0,choice,1#it becomes a marketer|1<they become marketers}"),
    SUGGESTED("import.note.suggested",
            "{0,choice,1#one archetype is|1<{0,number,integer} archetypes are} suggested from the job titles: "
                    + "review {0,choice,1#it|1<them}"),
    UNSUGGESTED("import.note.unsuggested",
            "{0,choice,1#one row has|1<{0,number,integer} rows have} no archetype and a title that suggests none: "
                    + "{0,choice,1#it becomes a marketer|1<they become marketers}"),
    IGNORED_COLUMNS("import.note.ignoredColumns", "columns not used: {0}"),
    READ_AS("import.note.readAs", "the file is not UTF-8 and is read as {0}: check that names read right"),
    UNKNOWN_LOCATIONS("import.note.unknownLocations",
            "{0,choice,1#one location is|1<{0,number,integer} locations are} in no region of the location table "
                    + "and {0,choice,1#its roles get|1<their roles get} no region: {1}"),
    GUESSED_COLUMN("import.note.guessedColumn", "column \"{0}\" is read as the {1}, from its values"),
    NO_ROWS("import.note.noRows", "the file has no rows below its header"),
    ROOTS_UNDER("import.note.rootsUnder",
            "{0,choice,1#one row reports|1<{0,number,integer} rows report} to no one in the file: "
                    + "{0,choice,1#it hangs|1<they hang} under {1}"),
    ROOTS_FREE("import.note.rootsFree",
            "{0,choice,1#one row reports|1<{0,number,integer} rows report} to no one in the file "
                    + "and {0,choice,1#hangs|1<hang} under no card"),
    OUTSIDE_MANAGERS("import.note.outsideManagers",
            "{0,choice,1#one manager is|1<{0,number,integer} managers are} not in the file: {1}");

    private final String bundleKey;
    private final String english;

    ImportMessage(String bundleKey, String english) {
        this.bundleKey = bundleKey;
        this.english = english;
    }

    @Override
    public String bundleKey() {
        return bundleKey;
    }

    @Override
    public String english() {
        return english;
    }
}
