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
    private final Header header = new Header();
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
        JsonToken first = parser.nextToken();
        if (first == null) {
            return LoadResult.rejected("", "the file is empty; a design file holds one JSON object");
        }
        if (first != JsonToken.START_OBJECT) {
            return LoadResult.rejected("", "a design file holds one JSON object, but this file holds "
                    + Messages.describe(first));
        }
        readDesign();
        String trailing = trailingContent();
        if (trailing != null) {
            return LoadResult.rejected("", trailing);
        }
        List<Problem> headerProblems = header.problems();
        if (!headerProblems.isEmpty()) {
            return LoadResult.rejected(headerProblems);
        }
        Design design = new Design(title, description, settings, regions, capabilities, phases, scenarios);
        log.addUnlessCovered(Integrity.check(design));
        return log.isEmpty() ? LoadResult.loaded(design) : LoadResult.rejected(log.problems());
    }

    private void readDesign() throws IOException {
        Members m = in.object(JsonPath.ROOT, DESIGN);
        while (m.next()) {
            JsonPath at = m.at();
            switch (m.key()) {
                case "format" -> header.readFormat(parser);
                case "version" -> header.readVersion(parser);
                case "title" -> title = Objects.requireNonNullElse(in.string(at), "");
                case "description" -> description = Objects.requireNonNullElse(in.string(at), "");
                case "settings" -> settings = settings(at);
                case "regions" -> regions = catalogue.regions(at);
                case "capabilities" -> capabilities = catalogue.capabilities(at);
                case "phases" -> phases = catalogue.phases(at);
                case "scenarios" -> scenarios = scenarioParser.scenarios(at);
            }
        }
        m.require("title", "capabilities", "phases", "scenarios");
    }

    private Settings settings(JsonPath path) throws IOException {
        int span = Settings.DEFAULT_SPAN_OF_CONTROL_MAX;
        Members m = in.object(path, SETTINGS);
        while (m.next()) {
            span = in.wholeNumber(m.at(), Settings.DEFAULT_SPAN_OF_CONTROL_MAX);
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
