package org.modesign.format;

import static org.modesign.format.JsonInput.orPlaceholder;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import org.modesign.model.Archetype;
import org.modesign.model.Executive;
import org.modesign.model.FteChange;
import org.modesign.model.Node;
import org.modesign.model.NodeType;
import org.modesign.model.Office;
import org.modesign.model.Raci;
import org.modesign.model.Responsibility;
import org.modesign.model.Role;
import org.modesign.model.Sourcing;
import org.modesign.model.Staffing;
import org.modesign.model.Team;
import org.modesign.model.TeamKind;

/**
 * Reads the nodes of a scenario. A node's keys depend on its {@code type}, which may come last,
 * so every key any node may have is read first and checked against the type afterwards; so is
 * whether the key needs version 2 (an executive's {@code responsibilities} does, a role's does not).
 */
final class NodeParser {

    static final ObjectKeys EXECUTIVE = new ObjectKeys("an executive", "id", "type", "office", "title",
            "responsibilities", "alsoIn", "x", "y").since2("responsibilities", "alsoIn");
    static final ObjectKeys TEAM = new ObjectKeys("a team", "id", "type", "name", "kind", "region", "from", "to",
            "x", "y").since2("kind");
    static final ObjectKeys ROLE = new ObjectKeys("a role", "id", "type", "title", "archetype", "team", "alsoIn",
            "region", "staffing", "person", "cost", "fte", "fteChanges", "sourcing", "from", "to", "responsibilities",
            "x", "y").since2("alsoIn", "staffing", "person", "cost", "fteChanges");
    static final ObjectKeys RESPONSIBILITY = new ObjectKeys("a responsibility", "capability", "raci", "from", "to")
            .since2("from", "to");
    static final ObjectKeys FTE_CHANGE = new ObjectKeys("an FTE change", "phase", "fte");
    private static final ObjectKeys ANY = new ObjectKeys("a node", "id", "type", "office", "title", "name", "kind",
            "archetype", "team", "alsoIn", "region", "staffing", "person", "cost", "fte", "fteChanges", "sourcing",
            "from", "to", "responsibilities", "x", "y");
    private static final long EXECUTIVE_MASK = ANY.mask(EXECUTIVE);
    private static final long TEAM_MASK = ANY.mask(TEAM);
    private static final long ROLE_MASK = ANY.mask(ROLE);
    private static final long EXECUTIVE_V2 = ANY.mask("responsibilities", "alsoIn");
    private static final long TEAM_V2 = ANY.mask("kind");
    private static final long ROLE_V2 = ANY.mask("alsoIn", "staffing", "person", "cost", "fteChanges");
    /** Keys no node has in version 1: in a version 1 file their values are not read. */
    private static final long ONLY_V2 = TEAM_V2 | ROLE_V2;

    private final JsonInput in;
    private int count;

    NodeParser(JsonInput in) {
        this.in = in;
    }

    /** Every key any node may have, read before the type is known. */
    private static final class Fields {
        String id;
        NodeType type;
        Office office;
        String title;
        String name;
        TeamKind kind = TeamKind.DEPARTMENT;
        Archetype archetype;
        String team;
        List<String> alsoIn = List.of();
        String region;
        Staffing staffing = Staffing.FILLED;
        String person = "";
        Double cost;
        double fte = Role.DEFAULT_FTE;
        List<FteChange> fteChanges = List.of();
        Sourcing sourcing = Sourcing.IN_HOUSE;
        String from;
        String to;
        List<Responsibility> responsibilities = List.of();
        double x;
        double y;
    }

    /** Reads one node; counts it against the limit on nodes in a design. */
    Node node(JsonPath path) throws IOException {
        ReadLimits.checkNodeCount(++count);
        Fields f = new Fields();
        Members m = in.object(path, ANY);
        while (m.next()) {
            read(f, m);
        }
        m.require("id", "type");
        String id = orPlaceholder(f.id, path, "id");
        if (f.type == null) {
            // A stand-in that references nothing and may be any role's team: no echoed problems.
            return new Team(id, "", null, null, null, f.x, f.y);
        }
        return switch (f.type) {
            case EXECUTIVE -> executive(id, f, m);
            case TEAM -> team(id, f, m);
            case ROLE -> role(id, f, m);
        };
    }

    private Executive executive(String id, Fields f, Members m) {
        checkKeys(m, EXECUTIVE, EXECUTIVE_MASK, EXECUTIVE_V2);
        m.require("office", "title");
        // In a version 1 file an executive's responsibilities are reported and left out.
        List<Responsibility> held = in.log().version() == 1 ? List.of() : f.responsibilities;
        return new Executive(id, Objects.requireNonNullElse(f.office, Office.OTHER),
                Objects.requireNonNullElse(f.title, ""), f.x, f.y, held, f.alsoIn);
    }

    private Team team(String id, Fields f, Members m) {
        checkKeys(m, TEAM, TEAM_MASK, TEAM_V2);
        m.require("name");
        return new Team(id, Objects.requireNonNullElse(f.name, ""), f.region, f.from, f.to, f.x, f.y, f.kind);
    }

    private Role role(String id, Fields f, Members m) {
        checkKeys(m, ROLE, ROLE_MASK, ROLE_V2);
        m.require("title", "archetype");
        return new Role(id, Objects.requireNonNullElse(f.title, ""),
                Objects.requireNonNullElse(f.archetype, Archetype.LEADER), f.team, f.region, f.fte,
                f.sourcing, f.from, f.to, f.responsibilities, f.x, f.y,
                f.alsoIn, f.staffing, f.person, f.cost, f.fteChanges);
    }

    private void read(Fields f, Members at) throws IOException {
        if ((ONLY_V2 & (1L << at.index())) != 0 && in.log().version() == 1) {
            // Reported against the node's type once it is known; the value is not read.
            in.skip();
            return;
        }
        switch (at.key()) {
            case "id" -> f.id = in.string(at);
            case "type" -> f.type = in.code(at, Codes.NODE_TYPES);
            case "office" -> f.office = in.code(at, Codes.OFFICES);
            case "title" -> f.title = in.string(at);
            case "name" -> f.name = in.string(at);
            case "kind" -> f.kind = Objects.requireNonNullElse(in.code(at, Codes.TEAM_KINDS), TeamKind.DEPARTMENT);
            case "archetype" -> f.archetype = in.code(at, Codes.ARCHETYPES);
            case "team" -> f.team = in.string(at);
            case "alsoIn" -> f.alsoIn = in.ids(at);
            case "region" -> f.region = in.string(at);
            case "staffing" -> f.staffing = Objects.requireNonNullElse(in.code(at, Codes.STAFFINGS), Staffing.FILLED);
            case "person" -> f.person = Objects.requireNonNullElse(in.string(at), "");
            case "cost" -> f.cost = in.number(at, 0);
            case "fte" -> f.fte = in.number(at, Role.DEFAULT_FTE);
            case "fteChanges" -> f.fteChanges = in.list(at, this::fteChange);
            case "sourcing" -> f.sourcing = Objects.requireNonNullElse(in.code(at, Codes.SOURCINGS), Sourcing.IN_HOUSE);
            case "from" -> f.from = in.string(at);
            case "to" -> f.to = in.string(at);
            case "responsibilities" -> f.responsibilities = in.list(at, this::responsibility);
            case "x" -> f.x = in.number(at, 0);
            case "y" -> f.y = in.number(at, 0);
        }
    }

    /** Reports each key the node has that its type does not, and each that needs version 2 in a version 1 file. */
    private void checkKeys(Members m, ObjectKeys allowed, long allowedMask, long version2Mask) {
        long report = m.seen() & (~allowedMask | (in.log().version() == 2 ? 0 : version2Mask));
        for (int i = 0; report != 0; i++, report >>>= 1) {
            if ((report & 1) == 0) {
                continue;
            }
            String key = ANY.name(i);
            JsonPath at = m.objectPath().key(key);
            if ((allowedMask & (1L << i)) == 0) {
                in.log().add(at, version -> notOfType(key, allowed, version), false);
            } else {
                in.log().add(at, version -> version == 1 ? needsVersion2(key, allowed) : null, true);
            }
        }
    }

    private static String notOfType(String key, ObjectKeys allowed, int version) {
        if (key.equals("responsibilities")) {
            return version == 1 ? "teams and executives carry no responsibilities" : "teams carry no responsibilities";
        }
        return allowed.kind() + " has no key " + Messages.quote(key) + "; its keys are " + allowed.list(version);
    }

    private static String needsVersion2(String key, ObjectKeys allowed) {
        if (key.equals("responsibilities")) {
            return "teams and executives carry no responsibilities in version 1; an executive's need \"version\": 2";
        }
        return Members.needsVersion2(key, allowed);
    }

    private Responsibility responsibility(JsonPath path) throws IOException {
        String capability = null;
        Raci raci = null;
        String from = null;
        String to = null;
        Members m = in.object(path, RESPONSIBILITY);
        while (m.next()) {
            switch (m.key()) {
                case "capability" -> capability = in.string(m);
                case "raci" -> raci = in.code(m, Codes.RACI);
                case "from" -> from = orPlaceholder(in.string(m), path, "from");
                case "to" -> to = orPlaceholder(in.string(m), path, "to");
            }
        }
        m.require("capability", "raci");
        return new Responsibility(orPlaceholder(capability, path, "capability"),
                Objects.requireNonNullElse(raci, Raci.R), from, to);
    }

    private FteChange fteChange(JsonPath path) throws IOException {
        String phase = null;
        double fte = Role.DEFAULT_FTE;
        Members m = in.object(path, FTE_CHANGE);
        while (m.next()) {
            switch (m.key()) {
                case "phase" -> phase = in.string(m);
                case "fte" -> fte = in.number(m, Role.DEFAULT_FTE);
            }
        }
        m.require("phase", "fte");
        return new FteChange(orPlaceholder(phase, path, "phase"), fte);
    }
}
