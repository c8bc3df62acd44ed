package org.modesign.format;

import static org.modesign.format.JsonInput.orPlaceholder;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import org.modesign.model.Archetype;
import org.modesign.model.Executive;
import org.modesign.model.Node;
import org.modesign.model.NodeType;
import org.modesign.model.Office;
import org.modesign.model.Raci;
import org.modesign.model.Responsibility;
import org.modesign.model.Role;
import org.modesign.model.Sourcing;
import org.modesign.model.Team;

/**
 * Reads the nodes of a scenario. A node's keys depend on its {@code type}, which may come last,
 * so every key any node may have is read first and checked against the type afterwards.
 */
final class NodeParser {

    static final ObjectKeys EXECUTIVE = new ObjectKeys("an executive", "id", "type", "office", "title", "x", "y");
    static final ObjectKeys TEAM = new ObjectKeys("a team", "id", "type", "name", "region", "from", "to", "x", "y");
    static final ObjectKeys ROLE = new ObjectKeys("a role", "id", "type", "title", "archetype", "team", "region",
            "fte", "sourcing", "from", "to", "responsibilities", "x", "y");
    static final ObjectKeys RESPONSIBILITY = new ObjectKeys("a responsibility", "capability", "raci");
    private static final ObjectKeys ANY = new ObjectKeys("a node", "id", "type", "office", "title", "name",
            "archetype", "team", "region", "fte", "sourcing", "from", "to", "responsibilities", "x", "y");
    private static final long EXECUTIVE_MASK = ANY.mask(EXECUTIVE);
    private static final long TEAM_MASK = ANY.mask(TEAM);
    private static final long ROLE_MASK = ANY.mask(ROLE);

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
        Archetype archetype;
        String team;
        String region;
        double fte = Role.DEFAULT_FTE;
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
        checkKeys(m, EXECUTIVE, EXECUTIVE_MASK);
        m.require("office", "title");
        return new Executive(id, Objects.requireNonNullElse(f.office, Office.OTHER),
                Objects.requireNonNullElse(f.title, ""), f.x, f.y);
    }

    private Team team(String id, Fields f, Members m) {
        checkKeys(m, TEAM, TEAM_MASK);
        m.require("name");
        return new Team(id, Objects.requireNonNullElse(f.name, ""), f.region, f.from, f.to, f.x, f.y);
    }

    private Role role(String id, Fields f, Members m) {
        checkKeys(m, ROLE, ROLE_MASK);
        m.require("title", "archetype");
        return new Role(id, Objects.requireNonNullElse(f.title, ""),
                Objects.requireNonNullElse(f.archetype, Archetype.LEADER), f.team, f.region, f.fte,
                f.sourcing, f.from, f.to, f.responsibilities, f.x, f.y);
    }

    private void read(Fields f, Members at) throws IOException {
        switch (at.key()) {
            case "id" -> f.id = in.string(at);
            case "type" -> f.type = in.code(at, Codes.NODE_TYPES);
            case "office" -> f.office = in.code(at, Codes.OFFICES);
            case "title" -> f.title = in.string(at);
            case "name" -> f.name = in.string(at);
            case "archetype" -> f.archetype = in.code(at, Codes.ARCHETYPES);
            case "team" -> f.team = in.string(at);
            case "region" -> f.region = in.string(at);
            case "fte" -> f.fte = in.number(at, Role.DEFAULT_FTE);
            case "sourcing" -> f.sourcing = Objects.requireNonNullElse(in.code(at, Codes.SOURCINGS), Sourcing.IN_HOUSE);
            case "from" -> f.from = in.string(at);
            case "to" -> f.to = in.string(at);
            case "responsibilities" -> f.responsibilities = in.list(at, this::responsibility);
            case "x" -> f.x = in.number(at, 0);
            case "y" -> f.y = in.number(at, 0);
        }
    }

    /** Reports each key the node has that its type does not. */
    private void checkKeys(Members m, ObjectKeys allowed, long allowedMask) {
        long extra = m.seen() & ~allowedMask;
        for (int i = 0; extra != 0; i++, extra >>>= 1) {
            if ((extra & 1) != 0) {
                String key = ANY.name(i);
                in.log().add(m.objectPath().key(key), key.equals("responsibilities")
                        ? "teams and executives carry no responsibilities"
                        : allowed.kind() + " has no key " + Messages.quote(key) + "; its keys are " + allowed.list());
            }
        }
    }

    private Responsibility responsibility(JsonPath path) throws IOException {
        String capability = null;
        Raci raci = null;
        Members m = in.object(path, RESPONSIBILITY);
        while (m.next()) {
            switch (m.key()) {
                case "capability" -> capability = in.string(m);
                case "raci" -> raci = in.code(m, Codes.RACI);
            }
        }
        m.require("capability", "raci");
        return new Responsibility(orPlaceholder(capability, path, "capability"),
                Objects.requireNonNullElse(raci, Raci.R));
    }
}
