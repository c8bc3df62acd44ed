package org.modesign.model;

import java.util.List;
import java.util.Objects;

/**
 * A martech tool of the design's catalogue: its category, layer, yearly cost of one deployment and
 * the capabilities (ids, in the user's order) whose work it serves.
 */
public record Tool(String id, String name, ToolCategory category, Layer layer, double cost, List<String> capabilities) {

    public Tool {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(layer, "layer");
        capabilities = List.copyOf(capabilities);
    }

    /** A tool with the defaults of the file: layer platform, cost 0, serving no capability. */
    public static Tool of(String id, String name, ToolCategory category) {
        return new Tool(id, name, category, Layer.PLATFORM, 0, List.of());
    }

    /** Whether the tool serves {@code capability}. */
    public boolean serves(String capability) {
        return capabilities.contains(capability);
    }

    public Tool withId(String newId) {
        return new Tool(newId, name, category, layer, cost, capabilities);
    }

    public Tool withName(String newName) {
        return new Tool(id, newName, category, layer, cost, capabilities);
    }

    public Tool withCategory(ToolCategory newCategory) {
        return new Tool(id, name, newCategory, layer, cost, capabilities);
    }

    public Tool withLayer(Layer newLayer) {
        return new Tool(id, name, category, newLayer, cost, capabilities);
    }

    public Tool withCost(double newCost) {
        return new Tool(id, name, category, layer, newCost, capabilities);
    }

    public Tool withCapabilities(List<String> newCapabilities) {
        return new Tool(id, name, category, layer, cost, newCapabilities);
    }
}
