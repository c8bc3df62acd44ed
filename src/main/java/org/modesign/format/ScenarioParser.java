package org.modesign.format;

import static org.modesign.format.JsonInput.orPlaceholder;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import org.modesign.model.Line;
import org.modesign.model.LineStyle;
import org.modesign.model.Node;
import org.modesign.model.Scenario;
import org.modesign.model.StackEntry;
import org.modesign.model.Strategy;

/** Reads the scenarios: each one's nodes, reporting lines and stack. */
final class ScenarioParser {

    static final ObjectKeys SCENARIO = new ObjectKeys("a scenario", "id", "name", "strategy", "nodes", "lines", "stack")
            .since2("stack");
    static final ObjectKeys LINE = new ObjectKeys("a line", "from", "to", "style");

    private final JsonInput in;
    private final NodeParser nodes;
    private final StackParser stackParser;

    ScenarioParser(JsonInput in) {
        this.in = in;
        this.nodes = new NodeParser(in);
        this.stackParser = new StackParser(in);
    }

    List<Scenario> scenarios(Where path) throws IOException {
        return in.list(path, this::scenario);
    }

    /** Reads one scenario, the parser being on its first token. */
    Scenario scenario(JsonPath path) throws IOException {
        String id = null;
        String name = null;
        Strategy strategy = null;
        List<Node> nodeList = List.of();
        List<Line> lines = List.of();
        List<StackEntry> stack = List.of();
        Members m = in.object(path, SCENARIO);
        while (m.next()) {
            switch (m.key()) {
                case "id" -> id = in.string(m);
                case "name" -> name = in.string(m);
                case "strategy" -> strategy = in.code(m, Codes.STRATEGIES);
                case "nodes" -> nodeList = in.list(m, nodes::node);
                case "lines" -> lines = in.list(m, this::line);
                case "stack" -> stack = stackParser.stack(m);
            }
        }
        m.require("id", "name", "strategy", "nodes", "lines");
        return new Scenario(orPlaceholder(id, path, "id"), Objects.requireNonNullElse(name, ""),
                Objects.requireNonNullElse(strategy, Strategy.OTHER), nodeList, lines, stack);
    }

    private Line line(JsonPath path) throws IOException {
        String from = null;
        String to = null;
        LineStyle style = LineStyle.SOLID;
        Members m = in.object(path, LINE);
        while (m.next()) {
            switch (m.key()) {
                case "from" -> from = in.string(m);
                case "to" -> to = in.string(m);
                case "style" -> style = Objects.requireNonNullElse(in.code(m, Codes.LINE_STYLES), LineStyle.SOLID);
            }
        }
        m.require("from", "to");
        return new Line(orPlaceholder(from, path, "from"), orPlaceholder(to, path, "to"), style);
    }
}
