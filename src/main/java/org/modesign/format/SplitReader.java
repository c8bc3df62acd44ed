package org.modesign.format;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.List;
import java.util.stream.IntStream;
import org.modesign.model.Design;
import org.modesign.model.Integrity;
import org.modesign.model.Problem;
import org.modesign.model.Scenario;

/**
 * Reads a large design with its scenarios, nearly all of its bytes, parsed side by side: a
 * {@link ScenarioSplit} finds where each scenario lies, each is parsed on its own, and so is the
 * rest of the file with the scenarios array emptied. This fast way only reads files that have no
 * problem in reading (the integrity rules may still fail): when any part meets one, or passes a
 * limit, there is no result, and the file is to be read the ordinary way, which reports every
 * problem with its line and column. What it loads equals what the ordinary way loads.
 */
final class SplitReader {

    /** A scenario sits in the root object's {@code scenarios} array, two levels deep. */
    private static final int SCENARIO_DEPTH = 2;
    private static final JsonPath SCENARIOS = JsonPath.ROOT.key("scenarios");

    private final JsonFactory wholeFiles;
    private final JsonFactory scenarios;

    /** {@code wholeFiles} parses whole design files; scenarios are parsed with the same limits. */
    SplitReader(JsonFactory wholeFiles) {
        this.wholeFiles = wholeFiles;
        this.scenarios = wholeFiles.rebuild().streamReadConstraints(new ReadLimits(SCENARIO_DEPTH)).build();
    }

    /** The result of loading {@code json}, or null when it is to be read the ordinary way. */
    LoadResult read(byte[] json) {
        ScenarioSplit split = ScenarioSplit.of(json);
        if (split == null || split.count() < 2) {
            return null;
        }
        Rest rest = rest(split.rest());
        if (rest == null || !rest.design().scenarios().isEmpty()) {
            return null;
        }
        List<Scenario> read = IntStream.range(0, split.count()).parallel()
                .mapToObj(i -> scenario(json, split, i, rest.version()))
                .toList();
        if (read.contains(null) || nodes(read) > ReadLimits.MAX_NODES) {
            return null;
        }
        Design design = rest.design().withScenarios(read);
        List<Problem> problems = Integrity.check(design);
        return problems.isEmpty() ? LoadResult.loaded(design) : LoadResult.rejected(problems);
    }

    /** Everything but the scenarios, and the file's version. */
    private record Rest(Design design, int version) {
    }

    /** Everything but the scenarios, read without a problem; else null. */
    private Rest rest(byte[] json) {
        try (JsonParser parser = wholeFiles.createParser(json)) {
            DesignParser designParser = new DesignParser(parser);
            Design design = designParser.parseUnchecked();
            return design == null ? null : new Rest(design, designParser.version());
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Scenario {@code i} of a file of {@code version}, read without a problem as exactly one
     * object; else null. That the object ends where its piece ends is seen from the parser's
     * place, not by reading on to the end of the input: an end of input met early in one piece
     * would make the just-in-time compiler throw away the parser's compiled code while the other
     * pieces are still being read.
     */
    private Scenario scenario(byte[] json, ScenarioSplit split, int i, int version) {
        int length = split.length(i);
        try (JsonParser parser = scenarios.createParser(json, split.start(i), length)) {
            ProblemLog log = new ProblemLog();
            log.version(version);
            parser.nextToken();
            Scenario scenario = new ScenarioParser(new JsonInput(parser, log)).scenario(SCENARIOS.index(i));
            boolean whole = parser.currentToken() == JsonToken.END_OBJECT
                    && parser.currentLocation().getByteOffset() == length;
            return log.isEmpty() && whole ? scenario : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static long nodes(List<Scenario> scenarios) {
        long nodes = 0;
        for (Scenario scenario : scenarios) {
            nodes += scenario.nodes().size();
        }
        return nodes;
    }
}
