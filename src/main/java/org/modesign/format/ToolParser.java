package org.modesign.format;

import static org.modesign.format.JsonInput.orPlaceholder;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import org.modesign.model.Layer;
import org.modesign.model.Tool;
import org.modesign.model.ToolCategory;

/** Reads the design's tools catalogue (format-v2.md §2). */
final class ToolParser {

    static final ObjectKeys TOOL = new ObjectKeys("a tool", "id", "name", "category", "layer", "cost", "capabilities");

    private final JsonInput in;

    ToolParser(JsonInput in) {
        this.in = in;
    }

    List<Tool> tools(Where path) throws IOException {
        return in.list(path, this::tool);
    }

    private Tool tool(JsonPath path) throws IOException {
        String id = null;
        String name = null;
        ToolCategory category = null;
        Layer layer = Layer.PLATFORM;
        double cost = 0;
        List<String> capabilities = List.of();
        Members m = in.object(path, TOOL);
        while (m.next()) {
            switch (m.key()) {
                case "id" -> id = in.string(m);
                case "name" -> name = in.string(m);
                case "category" -> category = in.code(m, Codes.TOOL_CATEGORIES);
                case "layer" -> layer = Objects.requireNonNullElse(in.code(m, Codes.LAYERS), Layer.PLATFORM);
                case "cost" -> cost = in.number(m, 0);
                case "capabilities" -> capabilities = in.ids(m);
            }
        }
        m.require("id", "name", "category");
        return new Tool(orPlaceholder(id, path, "id"), Objects.requireNonNullElse(name, ""),
                Objects.requireNonNullElse(category, ToolCategory.DATA), layer, cost, capabilities);
    }
}
