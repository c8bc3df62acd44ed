package org.modesign.format;

import static org.modesign.format.JsonInput.orPlaceholder;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import org.modesign.model.Archetype;
import org.modesign.model.Capability;
import org.modesign.model.Layer;
import org.modesign.model.Phase;
import org.modesign.model.Region;
import org.modesign.model.Scope;

/** Reads the parts every scenario shares: regions, capabilities and phases. */
final class CatalogueParser {

    static final ObjectKeys REGION = new ObjectKeys("a region", "id", "name");
    static final ObjectKeys CAPABILITY = new ObjectKeys("a capability", "id", "name", "layer", "scope", "archetype",
            "needsTool").since2("needsTool");
    static final ObjectKeys PHASE = new ObjectKeys("a phase", "id", "name", "goal", "requires").since2("goal");

    private final JsonInput in;

    CatalogueParser(JsonInput in) {
        this.in = in;
    }

    List<Region> regions(Where path) throws IOException {
        return in.list(path, this::region);
    }

    List<Capability> capabilities(Where path) throws IOException {
        return in.list(path, this::capability);
    }

    List<Phase> phases(Where path) throws IOException {
        return in.list(path, this::phase);
    }

    private Region region(JsonPath path) throws IOException {
        String id = null;
        String name = null;
        Members m = in.object(path, REGION);
        while (m.next()) {
            switch (m.key()) {
                case "id" -> id = in.string(m);
                case "name" -> name = in.string(m);
            }
        }
        m.require("id", "name");
        return new Region(orPlaceholder(id, path, "id"), Objects.requireNonNullElse(name, ""));
    }

    private Capability capability(JsonPath path) throws IOException {
        String id = null;
        String name = null;
        Layer layer = null;
        Scope scope = null;
        Archetype archetype = null;
        boolean needsTool = false;
        Members m = in.object(path, CAPABILITY);
        while (m.next()) {
            switch (m.key()) {
                case "id" -> id = in.string(m);
                case "name" -> name = in.string(m);
                case "layer" -> layer = in.code(m, Codes.LAYERS);
                case "scope" -> scope = in.code(m, Codes.SCOPES);
                case "archetype" -> archetype = in.code(m, Codes.ARCHETYPES);
                case "needsTool" -> needsTool = Boolean.TRUE.equals(in.bool(m));
            }
        }
        m.require("id", "name", "layer", "scope", "archetype");
        return new Capability(orPlaceholder(id, path, "id"), Objects.requireNonNullElse(name, ""),
                Objects.requireNonNullElse(layer, Layer.PLATFORM),
                Objects.requireNonNullElse(scope, Scope.GLOBAL),
                Objects.requireNonNullElse(archetype, Archetype.LEADER), needsTool);
    }

    private Phase phase(JsonPath path) throws IOException {
        String id = null;
        String name = null;
        String goal = "";
        List<String> requires = List.of();
        Members m = in.object(path, PHASE);
        while (m.next()) {
            switch (m.key()) {
                case "id" -> id = in.string(m);
                case "name" -> name = in.string(m);
                case "goal" -> goal = Objects.requireNonNullElse(in.string(m), "");
                case "requires" -> requires = in.ids(m);
            }
        }
        m.require("id", "name", "requires");
        return new Phase(orPlaceholder(id, path, "id"), Objects.requireNonNullElse(name, ""), requires, goal);
    }
}
