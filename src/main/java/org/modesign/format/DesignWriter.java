package org.modesign.format;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.modesign.model.Capability;
import org.modesign.model.Design;
import org.modesign.model.Executive;
import org.modesign.model.Line;
import org.modesign.model.Node;
import org.modesign.model.Phase;
import org.modesign.model.Region;
import org.modesign.model.Responsibility;
import org.modesign.model.Role;
import org.modesign.model.Scenario;
import org.modesign.model.Team;

/**
 * Writes designs as canonical {@code .modesign} text (format.md §1): keys in the documented
 * order, arrays in the model's order, two-space indent, UTF-8, {@code \n} line ends. Optional
 * values that are absent ({@code null}, or an empty description) are left out. Thread-safe.
 */
public final class DesignWriter {

    /** Rough size of one written node, to size the buffer once. */
    private static final int BYTES_PER_NODE = 400;

    public DesignWriter() {
        // Stateless: each call writes into its own buffer.
    }

    /** The canonical text of {@code design}, ending with a line break. */
    public String toJson(Design design) {
        int nodes = design.scenarios().stream().mapToInt(s -> s.nodes().size() + s.lines().size()).sum();
        JsonText json = new JsonText(4096 + nodes * BYTES_PER_NODE);
        json.beginObject()
                .member("format", Design.FORMAT)
                .member("version", Design.VERSION)
                .member("title", design.title());
        if (!design.description().isEmpty()) {
            json.member("description", design.description());
        }
        json.key("settings").beginObject()
                .member("spanOfControlMax", design.settings().spanOfControlMax())
                .endObject();
        writeCatalogue(json, design);
        json.key("scenarios").beginArray();
        for (Scenario scenario : design.scenarios()) {
            writeScenario(json, scenario);
        }
        return json.endArray().endObject().finish();
    }

    /**
     * Saves {@code design} to {@code file} atomically: the old file stays as it was unless the
     * new one was written completely.
     *
     * @throws IOException with a message naming the file and the reason, when it cannot be saved
     */
    public void save(Design design, Path file) throws IOException {
        AtomicSave.write(file, toJson(design).getBytes(StandardCharsets.UTF_8));
    }

    private static void writeCatalogue(JsonText json, Design design) {
        json.key("regions").beginArray();
        for (Region region : design.regions()) {
            json.beginObject().member("id", region.id()).member("name", region.name()).endObject();
        }
        json.endArray().key("capabilities").beginArray();
        for (Capability c : design.capabilities()) {
            json.beginObject()
                    .member("id", c.id())
                    .member("name", c.name())
                    .member("layer", c.layer().code())
                    .member("scope", c.scope().code())
                    .member("archetype", c.archetype().code())
                    .endObject();
        }
        json.endArray().key("phases").beginArray();
        for (Phase phase : design.phases()) {
            json.beginObject().member("id", phase.id()).member("name", phase.name()).key("requires");
            writeStrings(json, phase.requires());
            json.endObject();
        }
        json.endArray();
    }

    private static void writeScenario(JsonText json, Scenario scenario) {
        json.beginObject()
                .member("id", scenario.id())
                .member("name", scenario.name())
                .member("strategy", scenario.strategy().code())
                .key("nodes").beginArray();
        for (Node node : scenario.nodes()) {
            json.beginObject().member("id", node.id()).member("type", node.type().code());
            if (node instanceof Executive e) {
                json.member("office", e.office().code()).member("title", e.title());
            } else if (node instanceof Team t) {
                json.member("name", t.name());
                optional(json, "region", t.region());
                optional(json, "from", t.from());
                optional(json, "to", t.to());
            } else {
                writeRoleBody(json, (Role) node);
            }
            json.member("x", node.x()).member("y", node.y()).endObject();
        }
        json.endArray().key("lines").beginArray();
        for (Line line : scenario.lines()) {
            json.beginObject()
                    .member("from", line.from())
                    .member("to", line.to())
                    .member("style", line.style().code())
                    .endObject();
        }
        json.endArray().endObject();
    }

    /** A role's members between {@code type} and {@code x}. */
    private static void writeRoleBody(JsonText json, Role role) {
        json.member("title", role.title()).member("archetype", role.archetype().code());
        optional(json, "team", role.team());
        optional(json, "region", role.region());
        json.member("fte", role.fte()).member("sourcing", role.sourcing().code());
        optional(json, "from", role.from());
        optional(json, "to", role.to());
        json.key("responsibilities").beginArray();
        for (Responsibility r : role.responsibilities()) {
            json.beginObject().member("capability", r.capability()).member("raci", r.raci().code()).endObject();
        }
        json.endArray();
    }

    private static void writeStrings(JsonText json, List<String> values) {
        json.beginArray();
        for (String value : values) {
            json.value(value);
        }
        json.endArray();
    }

    private static void optional(JsonText json, String name, String value) {
        if (value != null) {
            json.member(name, value);
        }
    }
}
