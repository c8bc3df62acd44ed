package org.modesign.importer.mapping;

import java.util.Locale;
import org.modesign.text.Message;

/**
 * What a column of an imported table holds. {@link #key()} names the field on the command line
 * ({@code --map "Business Title=title"}) and in a remembered mapping; the English text (also the
 * bundle's, under {@code import.field.<key>}) names it in messages. The first twelve are the
 * columns of the roles export; the others are what HR exports hold besides: the person in the
 * position, the employee ids that managers may be named by, a location to find the region from,
 * weekly hours and the employment status (full- or part-time) to find the FTE from.
 */
public enum Field implements Message {
    ID("id", "id"),
    TITLE("title", "title"),
    ARCHETYPE("archetype", "archetype"),
    TEAM("team", "team"),
    REGION("region", "region"),
    FTE("fte", "FTE"),
    SOURCING("sourcing", "sourcing"),
    FROM("from", "from"),
    TO("to", "to"),
    STAFFING("staffing", "staffing"),
    COST("cost", "cost"),
    MANAGER("manager", "manager"),
    MANAGER_ID("manager-id", "manager ID"),
    PERSON("person", "person"),
    FIRST_NAME("first-name", "first name"),
    LAST_NAME("last-name", "last name"),
    EMPLOYEE_ID("employee-id", "employee ID"),
    LOCATION("location", "location"),
    FTE_PERCENT("fte-percent", "FTE in percent"),
    HOURS("hours", "weekly hours"),
    EMPLOYMENT("employment", "employment status");

    private final String key;
    private final String english;

    Field(String key, String english) {
        this.key = key;
        this.english = english;
    }

    /** The name on the command line: {@code title}, {@code manager-id}, ... */
    public String key() {
        return key;
    }

    @Override
    public String bundleKey() {
        return "import.field." + key;
    }

    @Override
    public String english() {
        return english;
    }

    /** The field a key names ({@code manager-id}, {@code Manager ID}, {@code manager_id}), or null. */
    public static Field ofKey(String text) {
        String compact = Words.compact(text);
        for (Field field : values()) {
            if (Words.compact(field.key).equals(compact) || Words.compact(field.name()).equals(compact)) {
                return field;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return key.toLowerCase(Locale.ROOT);
    }
}
