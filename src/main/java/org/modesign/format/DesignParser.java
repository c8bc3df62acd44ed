package org.modesign.format;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import org.modesign.model.Capability;
import org.modesign.model.Design;
import org.modesign.model.Integrity;
import org.modesign.model.Phase;
import org.modesign.model.Problem;
import org.modesign.model.Region;
import org.modesign.model.Scenario;
import org.modesign.model.Settings;

/**
 * Reads one design from a parser in a single pass. Every part is built even when some of it is
 * wrong (a stand-in takes the place of what could not be read), so that the integrity rules can
 * run on the whole and every problem is found; the design is handed out only when there is none.
 */
final class DesignParser {

    static final ObjectKeys DESIGN = new ObjectKeys("a design", "format", "version", "title", "description",
            "settings", "regions", "capabilities", "phases", "scenarios");
    static final ObjectKeys SETTINGS = new ObjectKeys("settings", "spanOfControlMax");

    private final JsonParser parser;
    private final ProblemLog log = new ProblemLog();
    private final JsonInput in;
    private final VersionKeys header = new VersionKeys();
    private final CatalogueParser catalogue;
    private final ScenarioParser scenarioParser;

    private String title = "";
    private String description = "";
    private Settings settings = Settings.DEFAULTS;
    private List<Region> regions = List.of();
    private List<Capability> capabilities = List.of();
    private List<Phase> phases = List.of();
    private List<Scenario> scenarios = List.of();

    DesignParser(JsonParser parser) {
        this.parser = parser;
        this.in = new JsonInput(parser, log);
        this.catalogue = new CatalogueParser(in);
        this.scenarioParser = new ScenarioParser(in);
    }

    /** Reads the file; syntax errors and passed limits are thrown, everything else is reported. */
    LoadResult parse() throws IOException {
        List<Problem> unreadable = read();
        if (!unreadable.isEmpty()) {
            return LoadResult.rejected(unreadable);
        }
        Design design = design();
        log.addUnlessCovered(Integrity.check(design));
        return log.isEmpty() ? LoadResult.loaded(design) : LoadResult.rejected(log.problems());
    }

    /**
     * Reads the file without checking the integrity rules: the design as read when reading found
     * no problem at all, else null. Syntax errors and passed limits are thrown.
     */
    Design parseUnchecked() throws IOException {
        return read().isEmpty() && log.isEmpty() ? design() : null;
    }

    /** Reads the whole file; returns what makes it unreadable as a design, if anything. */
    private List<Problem> read() throws IOException {
        JsonToken first = parser.nextToken();
        if (first == null) {
            return List.of(new Problem("", "the file is empty; a design file holds one JSON object"));
        }
        if (first != JsonToken.START_OBJECT) {
            return List.of(new Problem("", "a design file holds one JSON object, but this file holds "
                    + Messages.describe(first)));
        }
        readDesign();
        String trailing = trailingContent();
        if (trailing != null) {
            return List.of(new Problem("", trailing));
        }
        return header.problems();
    }

    private Design design() {
        return new Design(title, description, settings, regions, capabilities, phases, scenarios);
    }

    private void readDesign() throws IOException {
        Members m = in.object(JsonPath.ROOT, DESIGN);
        while (m.next()) {
            switch (m.key()) {
                case "format" -> header.readFormat(parser);
                case "version" -> header.readVersion(parser);
                case "title" -> title = Objects.requireNonNullElse(in.string(m), "");
                case "description" -> description = Objects.requireNonNullElse(in.string(m), "");
                case "settings" -> settings = settings(m);
                case "regions" -> regions = catalogue.regions(m);
                case "capabilities" -> capabilities = catalogue.capabilities(m);
                case "phases" -> phases = catalogue.phases(m);
                case "scenarios" -> scenarios = scenarioParser.scenarios(m);
            }
        }
        m.require("title", "capabilities", "phases", "scenarios");
    }

    private Settings settings(Where path) throws IOException {
        int span = Settings.DEFAULT_SPAN_OF_CONTROL_MAX;
        Members m = in.object(path, SETTINGS);
        while (m.next()) {
            span = in.wholeNumber(m, Settings.DEFAULT_SPAN_OF_CONTROL_MAX);
        }
        return new Settings(span);
    }

    /** A message when something follows the design object, else null. */
    private String trailingContent() throws IOException {
        JsonLocation where;
        try {
            if (parser.nextToken() == null) {
                return null;
            }
            where = parser.currentTokenLocation();
        } catch (JsonParseException e) {
            where = e.getLocation();
        }
        return SyntaxMessages.at(where) + "there is more after the end of the design object;"
                + " a design file holds exactly one JSON object";
    }
}
