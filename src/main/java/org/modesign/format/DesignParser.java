package org.modesign.format;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.modesign.model.Archetype;
import org.modesign.model.Capability;
import org.modesign.model.Charter;
import org.modesign.model.Coded;
import org.modesign.model.Design;
import org.modesign.model.Integrity;
import org.modesign.model.Phase;
import org.modesign.model.Problem;
import org.modesign.model.Region;
import org.modesign.model.Scenario;
import org.modesign.model.Settings;
import org.modesign.model.Tool;

/**
 * Reads one design from a parser in a single pass. Every part is built even when some of it is
 * wrong (a stand-in takes the place of what could not be read), so that the integrity rules can
 * run on the whole and every problem is found; the design is handed out only when there is none.
 */
final class DesignParser {

    static final ObjectKeys DESIGN = new ObjectKeys("a design", "format", "version", "title", "description",
            "settings", "charter", "regions", "tools", "capabilities", "phases", "scenarios")
            .since2("charter", "tools");
    static final ObjectKeys SETTINGS = new ObjectKeys("settings", "spanOfControlMax", "currency", "costPerFte")
            .since2("currency", "costPerFte");
    static final ObjectKeys COST_PER_FTE = new ObjectKeys("costPerFte", codes(Archetype.values()));

    private final JsonParser parser;
    private final ProblemLog log = new ProblemLog();
    private final JsonInput in;
    private final VersionKeys header = new VersionKeys();
    private final CatalogueParser catalogue;
    private final ScenarioParser scenarioParser;
    private final CharterParser charterParser;
    private final ToolParser toolParser;

    private String title = "";
    private String description = "";
    private Settings settings = Settings.DEFAULTS;
    private List<Region> regions = List.of();
    private List<Capability> capabilities = List.of();
    private List<Phase> phases = List.of();
    private List<Scenario> scenarios = List.of();
    private Charter charter = Charter.EMPTY;
    private List<Tool> tools = List.of();

    DesignParser(JsonParser parser) {
        this.parser = parser;
        this.in = new JsonInput(parser, log);
        this.catalogue = new CatalogueParser(in);
        this.scenarioParser = new ScenarioParser(in);
        this.charterParser = new CharterParser(in);
        this.toolParser = new ToolParser(in);
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

    /** The file's version (1 or 2) once read, else 0. */
    int version() {
        return header.version();
    }

    private Design design() {
        return new Design(title, description, settings, regions, capabilities, phases, scenarios, charter, tools);
    }

    private void readDesign() throws IOException {
        Members m = in.object(JsonPath.ROOT, DESIGN);
        while (m.next()) {
            switch (m.key()) {
                case "format" -> header.readFormat(parser);
                case "version" -> readVersion();
                case "title" -> title = Objects.requireNonNullElse(in.string(m), "");
                case "description" -> description = Objects.requireNonNullElse(in.string(m), "");
                case "settings" -> settings = settings(m);
                case "charter" -> charter = charterParser.charter(m);
                case "regions" -> regions = catalogue.regions(m);
                case "tools" -> tools = toolParser.tools(m);
                case "capabilities" -> capabilities = catalogue.capabilities(m);
                case "phases" -> phases = catalogue.phases(m);
                case "scenarios" -> scenarios = scenarioParser.scenarios(m);
            }
        }
        m.require("title", "capabilities", "phases", "scenarios");
    }

    /** Reads the version; once it is known, the problems that depend on it are settled. */
    private void readVersion() throws IOException {
        header.readVersion(parser);
        if (header.version() != 0) {
            log.version(header.version());
        }
    }

    private Settings settings(Where path) throws IOException {
        int span = Settings.DEFAULT_SPAN_OF_CONTROL_MAX;
        String currency = "";
        Map<Archetype, Double> costPerFte = Map.of();
        Members m = in.object(path, SETTINGS);
        while (m.next()) {
            switch (m.key()) {
                case "spanOfControlMax" -> span = in.wholeNumber(m, Settings.DEFAULT_SPAN_OF_CONTROL_MAX);
                case "currency" -> currency = Objects.requireNonNullElse(in.string(m), "");
                case "costPerFte" -> costPerFte = costPerFte(m);
            }
        }
        return new Settings(span, currency, costPerFte);
    }

    private Map<Archetype, Double> costPerFte(Where path) throws IOException {
        Map<Archetype, Double> costs = new EnumMap<>(Archetype.class);
        Members m = in.object(path, COST_PER_FTE);
        while (m.next()) {
            costs.put(Codes.ARCHETYPES.parse(m.key()), in.number(m, 0));
        }
        return costs;
    }

    private static String[] codes(Coded[] values) {
        String[] codes = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            codes[i] = values[i].code().intern();
        }
        return codes;
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
