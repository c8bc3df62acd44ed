package org.modesign.importer;

import java.util.List;
import java.util.Objects;
import org.modesign.importer.mapping.ColumnMapping;
import org.modesign.importer.mapping.Locations;

/**
 * How to import a table, beyond what its headers and values say.
 *
 * @param mapping   the columns' fields as the user set them; null for the mapping found from the file
 * @param choices   the user's choices for single columns, applied on top of the mapping in order
 *                  (e.g. from {@code --map "Business Title=title"})
 * @param suggestArchetypes whether a row without an archetype gets the one its title suggests
 *                  (marked as a suggestion in the preview) instead of marketer
 * @param under     the card (id or title) that rows reporting to no one in the file hang under; null
 *                  for the automatic choice (in a file of people: the CMO, else the CEO), {@link #NOBODY}
 *                  for none
 * @param locations the table that turns locations into regions
 */
public record ImportOptions(ColumnMapping mapping, List<ColumnMapping.Choice> choices, boolean suggestArchetypes,
        String under, Locations locations) {

    /** {@link #under} for "hang them under no card". */
    public static final String NOBODY = "";

    /** The import as File ▸ Import and {@code import-csv} run it without options: archetypes suggested. */
    public static final ImportOptions STANDARD = new ImportOptions(null, List.of(), true, null, Locations.defaults());

    /** The import that takes archetypes only from the file (a role without one is a marketer). */
    public static final ImportOptions PLAIN = STANDARD.withSuggestions(false);

    public ImportOptions {
        choices = List.copyOf(choices);
        Objects.requireNonNull(locations, "locations");
    }

    public ImportOptions withMapping(ColumnMapping newMapping) {
        return new ImportOptions(newMapping, choices, suggestArchetypes, under, locations);
    }

    public ImportOptions withChoices(List<ColumnMapping.Choice> newChoices) {
        return new ImportOptions(mapping, newChoices, suggestArchetypes, under, locations);
    }

    public ImportOptions withSuggestions(boolean suggest) {
        return new ImportOptions(mapping, choices, suggest, under, locations);
    }

    public ImportOptions withUnder(String card) {
        return new ImportOptions(mapping, choices, suggestArchetypes, card, locations);
    }

    public ImportOptions withLocations(Locations newLocations) {
        return new ImportOptions(mapping, choices, suggestArchetypes, under, newLocations);
    }
}
