package org.modesign.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.modesign.analysis.CapabilityPlacement.Held;
import org.modesign.model.Capability;
import org.modesign.model.Layer;

/**
 * One capability in one phase of two scenarios: where A holds it and where B does ({@code null}
 * on a side whose design lacks the phase or the capability). Capabilities are matched by id; the
 * layer and name are A's, else B's.
 */
public record PlacementRow(Layer layer, String capability, String name, Held a, Held b) {

    public PlacementRow {
        Objects.requireNonNull(layer, "layer");
        Objects.requireNonNull(capability, "capability");
        Objects.requireNonNull(name, "name");
    }

    /** Whether A and B hold the capability differently (centrally, in other regions, or one not at all). */
    public boolean differs() {
        if (a == null || b == null) {
            return a != b;
        }
        return a.central() != b.central() || !a.regions().equals(b.regions());
    }

    /**
     * The rows of both placements (either may be {@code null}), grouped by layer in the order
     * platform, expression, governance; within a layer A's catalogue order, then B's capabilities
     * that A lacks. O(capabilities).
     */
    public static List<PlacementRow> of(CapabilityPlacement a, CapabilityPlacement b) {
        Map<String, Held[]> byId = new LinkedHashMap<>();
        put(byId, a, 0);
        put(byId, b, 1);
        List<PlacementRow> rows = new ArrayList<>(byId.size());
        for (Layer layer : Layer.values()) {
            for (Map.Entry<String, Held[]> e : byId.entrySet()) {
                Held[] pair = e.getValue();
                Capability c = (pair[0] != null ? pair[0] : pair[1]).capability();
                if (c.layer() == layer) {
                    rows.add(new PlacementRow(layer, e.getKey(), c.name(), pair[0], pair[1]));
                }
            }
        }
        return rows;
    }

    private static void put(Map<String, Held[]> byId, CapabilityPlacement placement, int side) {
        if (placement != null) {
            for (Held h : placement.capabilities()) {
                byId.computeIfAbsent(h.capability().id(), id -> new Held[2])[side] = h;
            }
        }
    }
}
