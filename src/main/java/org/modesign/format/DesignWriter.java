package org.modesign.format;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.modesign.model.Archetype;
import org.modesign.model.Capability;
import org.modesign.model.Design;
import org.modesign.model.Executive;
import org.modesign.model.FteChange;
import org.modesign.model.Line;
import org.modesign.model.Node;
import org.modesign.model.Phase;
import org.modesign.model.Region;
import org.modesign.model.Responsibility;
import org.modesign.model.Role;
import org.modesign.model.Scenario;
import org.modesign.model.Settings;
import org.modesign.model.Staffing;
import org.modesign.model.Team;
import org.modesign.model.TeamKind;

/**
 * Writes designs as canonical {@code .modesign} text (format.md §1): keys in the documented
 * order, arrays in the model's order, two-space indent, UTF-8, {@code \n} line ends. Optional
 * values that are absent ({@code null}, or an empty description) are left out. Thread-safe.
 *
 * <p>The version written is the lowest that holds the design (format-v2.md §1): 1 when no version
 * 2 field differs from its default ({@link Design#minimumVersion()}), else 2. A version 2 field
 * that has its default is left out, so a version 1 design is written exactly as before. The keys
 * of each object come in the order of the readers' {@code ObjectKeys}, which follows the example
 * of format-v2.md §2 and puts each new key beside the v1 keys it belongs with:
 * <ul>
 * <li>design: format, version, title, description, settings, <b>charter</b>, regions,
 *     <b>tools</b>, capabilities, phases, scenarios;</li>
 * <li>settings: spanOfControlMax, <b>currency</b>, <b>costPerFte</b> (archetypes in their order);</li>
 * <li>charter: mission, readiness (test, answer, note), objectives (id, text, measure, target,
 *     phase), obstacles (id, kind, text, strategy);</li>
 * <li>tool: id, name, category, layer, cost, capabilities;</li>
 * <li>capability: id, name, layer, scope, archetype, <b>needsTool</b>;
 *     phase: id, name, <b>goal</b>, requires;</li>
 * <li>scenario: id, name, strategy, nodes, lines, <b>stack</b> (tool, region, owner, from, to);</li>
 * <li>executive: id, type, office, title, <b>responsibilities</b>, <b>alsoIn</b>, x, y;
 *     team: id, type, name, <b>kind</b>, region, from, to, x, y;</li>
 * <li>role: id, type, title, archetype, team, <b>alsoIn</b>, region, <b>staffing</b>,
 *     <b>person</b>, <b>cost</b>, fte, <b>fteChanges</b> (phase, fte), sourcing, from, to,
 *     responsibilities (capability, raci, <b>from</b>, <b>to</b>), x, y.</li>
 * </ul>
 * Inside objects that only version 2 has (charter, tools, stack entries) every key is written
 * but those that are absent ({@code null}); {@code charter} is left out when it is empty.
 */
public final class DesignWriter {

    /** Rough size of one written node, to size the buffer once. */
    private static final int BYTES_PER_NODE = 400;

    public DesignWriter() {
        // Stateless: each call writes into its own buffer.
    }

    /**
     * The canonical text of {@code design}, ending with a line break, unchecked: for a design
     * that breaks a limit of the reader it is text the reader refuses. Files are written with
     * {@link #toBytes} or {@link #save}, which check.
     */
    public String toJson(Design design) {
        return write(design, new JsonText(capacity(design))).finish();
    }

    /**
     * The canonical text of {@code design} in UTF-8, once it is known that the reader reads it
     * back: no more nodes, no longer string, no deeper nesting and no more bytes than the limits
     * of format.md §1 allow.
     *
     * @throws WriteRefusedException naming the limit broken, with the reader's message
     */
    public byte[] toBytes(Design design) throws WriteRefusedException {
        refuseIf(WriteCheck.nodes(design));
        int capacity = Math.min(capacity(design), JsonText.CHUNK_CHARS + BYTES_PER_NODE);
        JsonText json = write(design, new JsonText(capacity, ReadLimits.MAX_FILE_BYTES));
        if (json.dropped()) {
            refuseIf(WriteCheck.bytes(json.utf8Length() + 1));
        }
        byte[] bytes = json.finishUtf8();
        refuseIf(WriteCheck.text(json, bytes));
        refuseIf(WriteCheck.bytes(bytes.length));
        return bytes;
    }

    /**
     * The limit of the reader that {@code design}, written, would break; empty when the file it
     * makes can be read back. As costly as writing the design into memory.
     */
    public Optional<LimitBreach> check(Design design) {
        try {
            toBytes(design);
            return Optional.empty();
        } catch (WriteRefusedException e) {
            return Optional.of(e.breach());
        }
    }

    private static void refuseIf(LimitBreach breach) throws WriteRefusedException {
        if (breach != null) {
            throw new WriteRefusedException(breach);
        }
    }

    /** A first size of the buffer: about the size of the text, never more than the byte limit. */
    private static int capacity(Design design) {
        long nodes = design.scenarios().stream().mapToLong(s -> s.nodes().size() + s.lines().size()).sum();
        return (int) Math.min(4096 + nodes * BYTES_PER_NODE, ReadLimits.MAX_FILE_BYTES);
    }

    private static JsonText write(Design design, JsonText json) {
        json.beginObject()
                .member("format", Design.FORMAT)
                .member("version", design.minimumVersion())
                .member("title", design.title());
        if (!design.description().isEmpty()) {
            json.member("description", design.description());
        }
        writeSettings(json, design.settings());
        if (!design.charter().isEmpty()) {
            PlanWriter.writeCharter(json, design.charter());
        }
        writeCatalogue(json, design);
        json.key("scenarios").beginArray();
        for (Scenario scenario : design.scenarios()) {
            writeScenario(json, scenario);
        }
        return json.endArray().endObject();
    }

    /**
     * Saves {@code design} to {@code file} atomically: the old file stays as it was unless the
     * new one was written completely. A design whose file could not be read back is refused
     * before anything is written.
     *
     * @throws WriteRefusedException when the file would break a limit of the reader (nothing written)
     * @throws IOException with a message naming the file and the reason, when it cannot be saved
     */
    public void save(Design design, Path file) throws IOException {
        AtomicSave.write(file, toBytes(design));
    }

    private static void writeSettings(JsonText json, Settings settings) {
        json.key("settings").beginObject().member("spanOfControlMax", settings.spanOfControlMax());
        if (!settings.currency().isEmpty()) {
            json.member("currency", settings.currency());
        }
        if (!settings.costPerFte().isEmpty()) {
            json.key("costPerFte").beginObject();
            for (Map.Entry<Archetype, Double> cost : settings.costPerFte().entrySet()) {
                json.member(cost.getKey().code(), cost.getValue());
            }
            json.endObject();
        }
        json.endObject();
    }

    private static void writeCatalogue(JsonText json, Design design) {
        json.key("regions").beginArray();
        for (Region region : design.regions()) {
            json.beginObject().member("id", region.id()).member("name", region.name()).endObject();
        }
        json.endArray();
        if (!design.tools().isEmpty()) {
            PlanWriter.writeTools(json, design.tools());
        }
        json.key("capabilities").beginArray();
        for (Capability c : design.capabilities()) {
            json.beginObject()
                    .member("id", c.id())
                    .member("name", c.name())
                    .member("layer", c.layer().code())
                    .member("scope", c.scope().code())
                    .member("archetype", c.archetype().code());
            if (c.needsTool()) {
                json.member("needsTool", true);
            }
            json.endObject();
        }
        json.endArray().key("phases").beginArray();
        for (Phase phase : design.phases()) {
            json.beginObject().member("id", phase.id()).member("name", phase.name());
            if (!phase.goal().isEmpty()) {
                json.member("goal", phase.goal());
            }
            json.key("requires");
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
                if (!e.responsibilities().isEmpty()) {
                    writeResponsibilities(json, e.responsibilities());
                }
                optionalIds(json, "alsoIn", e.alsoIn());
            } else if (node instanceof Team t) {
                json.member("name", t.name());
                if (t.kind() != TeamKind.DEPARTMENT) {
                    json.member("kind", t.kind().code());
                }
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
        json.endArray();
        if (!scenario.stack().isEmpty()) {
            PlanWriter.writeStack(json, scenario.stack());
        }
        json.endObject();
    }

    /** A role's members between {@code type} and {@code x}. */
    private static void writeRoleBody(JsonText json, Role role) {
        json.member("title", role.title()).member("archetype", role.archetype().code());
        optional(json, "team", role.team());
        optionalIds(json, "alsoIn", role.alsoIn());
        optional(json, "region", role.region());
        if (role.staffing() != Staffing.FILLED) {
            json.member("staffing", role.staffing().code());
        }
        if (!role.person().isEmpty()) {
            json.member("person", role.person());
        }
        if (role.cost() != null) {
            json.member("cost", role.cost());
        }
        json.member("fte", role.fte());
        if (!role.fteChanges().isEmpty()) {
            json.key("fteChanges").beginArray();
            for (FteChange change : role.fteChanges()) {
                json.beginObject().member("phase", change.phase()).member("fte", change.fte()).endObject();
            }
            json.endArray();
        }
        json.member("sourcing", role.sourcing().code());
        optional(json, "from", role.from());
        optional(json, "to", role.to());
        writeResponsibilities(json, role.responsibilities());
    }

    private static void writeResponsibilities(JsonText json, List<Responsibility> responsibilities) {
        json.key("responsibilities").beginArray();
        for (Responsibility r : responsibilities) {
            json.beginObject().member("capability", r.capability()).member("raci", r.raci().code());
            optional(json, "from", r.from());
            optional(json, "to", r.to());
            json.endObject();
        }
        json.endArray();
    }

    static void writeStrings(JsonText json, List<String> values) {
        json.beginArray();
        for (String value : values) {
            json.value(value);
        }
        json.endArray();
    }

    /** A list of ids, left out when it is empty. */
    private static void optionalIds(JsonText json, String name, List<String> ids) {
        if (!ids.isEmpty()) {
            json.key(name);
            writeStrings(json, ids);
        }
    }

    static void optional(JsonText json, String name, String value) {
        if (value != null) {
            json.member(name, value);
        }
    }
}
