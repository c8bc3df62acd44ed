package org.modesign.edit;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.modesign.model.Archetype;
import org.modesign.starter.StandardCatalogue;
import org.modesign.model.Design;
import org.modesign.model.Layer;
import org.modesign.model.LineStyle;
import org.modesign.model.Node;
import org.modesign.model.Office;
import org.modesign.model.Raci;
import org.modesign.model.Role;
import org.modesign.model.Scenario;
import org.modesign.model.Scope;
import org.modesign.model.Sourcing;
import org.modesign.model.Strategy;
import org.modesign.model.Team;

/**
 * A random user action, drawn as plain numbers and turned into a command against whatever design
 * is current, so that sequences stay meaningful as the design changes. Many of them are refused
 * (missing cards, bad values), which is part of what the properties test.
 */
record RandomEdit(int kind, int a, int b, int c, double value, int merge) {

    static final int KINDS = 26;
    private static final String[] REGIONS = {null, "global", "emea", "apac", "mars"};
    private static final String[] PHASES = {null, "p1", "p2", "p9"};
    private static final String[] CAPABILITIES = {"campaigns", "stack", "seo"};
    private static final String[] NAMES = {"Analyst", "Ops lead", " ", "Data Lead", "CEO"};

    /** The merge key: mostly none, sometimes one of two drag keys. */
    Object mergeKey() {
        return merge < 0 ? null : merge;
    }

    EditCommand command(Design design) {
        Scenario s = pick(design.scenarios(), a);
        String sid = s.id();
        String n1 = nodeId(s, b);
        String n2 = nodeId(s, c);
        String role = kindId(s, b, Role.class);
        String team = kindId(s, c, Team.class);
        String name = NAMES[Math.floorMod(c, NAMES.length)];
        return switch (kind) {
            case 0 -> AddNode.role(design, sid, name, pick(List.of(Archetype.values()), b), value, value);
            case 1 -> AddNode.team(design, sid, name, b, c);
            case 2 -> AddNode.executive(design, sid, name, pick(List.of(Office.values()), b), b, c);
            case 3 -> new DeleteNodes(sid, Set.of(n1));
            case 4 -> MoveNodes.by(sid, List.of(n1, n2), value, -value);
            case 5 -> SetPositions.arrange(sid, Map.of(n1, new Position(b, value)));
            case 6 -> new Rename(sid, n1, name);
            case 7 -> new SetArchetype(sid, role, pick(List.of(Archetype.values()), c));
            case 8 -> new SetOffice(sid, n1, pick(List.of(Office.values()), c));
            case 9 -> new SetTeam(sid, role, c % 3 == 0 ? null : c % 3 == 1 ? n2 : team);
            case 10 -> new SetRegion(sid, n1, REGIONS[Math.floorMod(c, REGIONS.length)]);
            case 11 -> new SetFte(sid, role, value);
            case 12 -> new SetSourcing(sid, role, pick(List.of(Sourcing.values()), c));
            case 13 -> new SetPhases(sid, n1, PHASES[Math.floorMod(c, 4)], PHASES[Math.floorMod(c / 4, 4)]);
            case 14 -> new SetResponsibility(sid, role, CAPABILITIES[Math.floorMod(c, 3)],
                    c % 5 == 0 ? null : pick(List.of(Raci.values()), c / 3));
            case 15 -> new Connect(sid, n1, n2, c % 2 == 0 ? LineStyle.SOLID : LineStyle.DOTTED);
            case 16 -> lineEdit(sid, s);
            case 17 -> Clip.duplicate(design, sid, List.of(n1, n2), 10, 10);
            case 18 -> Clip.copy(s, List.of(n1, n2)).paste(design, pick(design.scenarios(), c).id(), 0, 0);
            case 19 -> scenarioEdit(design, sid);
            case 20 -> new RenameDesign(name);
            case 21 -> CompoundCommand.of(EditText.of(EditKey.ADD_ROLE),
                    AddNode.role(design, sid, "Temp", Archetype.MAKER, 0, 0), new SetFte(sid, n1, value));
            case 22 -> capabilityEdit(design);
            case 23 -> regionEdit(design);
            case 24 -> phaseEdit(design);
            default -> AddRoleForSlot.of(design, sid, capabilityId(design, b),
                    REGIONS[Math.floorMod(c, REGIONS.length)], PHASES[Math.floorMod(c, PHASES.length)]);
        };
    }

    private EditCommand capabilityEdit(Design design) {
        String id = capabilityId(design, b);
        return switch (Math.floorMod(c, 9)) {
            case 0 -> AddCapability.named(design, NAMES[Math.floorMod(b, NAMES.length)],
                    pick(List.of(Layer.values()), b), pick(List.of(Scope.values()), b),
                    pick(List.of(Archetype.values()), b));
            case 1 -> new RenameCapability(id, NAMES[Math.floorMod(b, NAMES.length)]);
            case 2 -> new SetCapabilityLayer(id, pick(List.of(Layer.values()), b));
            case 3 -> new SetCapabilityScope(id, pick(List.of(Scope.values()), b));
            case 4 -> new SetCapabilityArchetype(id, pick(List.of(Archetype.values()), b));
            case 5 -> MoveCapability.by(design, id, b % 3 - 1);
            case 6 -> AddCapabilities.missing(design, StandardCatalogue.capabilities());
            default -> new RemoveCapability(id, c % 2 == 0);
        };
    }

    private EditCommand regionEdit(Design design) {
        String id = design.regions().isEmpty() || b % 5 == 4 ? "mars" : pick(design.regions(), b).id();
        return switch (Math.floorMod(c, 4)) {
            case 0 -> AddRegion.named(design, NAMES[Math.floorMod(b, NAMES.length)]);
            case 1 -> new RenameRegion(id, NAMES[Math.floorMod(b, NAMES.length)]);
            default -> new RemoveRegion(id, c % 2 == 0);
        };
    }

    private EditCommand phaseEdit(Design design) {
        String id = b % 5 == 4 ? "p9" : pick(design.phases(), b).id();
        return switch (Math.floorMod(c, 7)) {
            case 0 -> AddPhase.after(design, b % 3 == 0 ? null : id, NAMES[Math.floorMod(b, NAMES.length)]);
            case 1 -> new RenamePhase(id, NAMES[Math.floorMod(b, NAMES.length)]);
            case 2 -> MovePhase.by(design, id, b % 3 - 1);
            case 3, 4 -> new SetRequired(id, capabilityId(design, b), c % 2 == 0);
            default -> new RemovePhase(id, c % 2 == 0);
        };
    }

    /** A capability of the catalogue, or one that is not there. */
    private static String capabilityId(Design design, int index) {
        return design.capabilities().isEmpty() || index % 5 == 4 ? "seo" : pick(design.capabilities(), index).id();
    }

    private EditCommand lineEdit(String sid, Scenario s) {
        LineKey line = s.lines().isEmpty() ? new LineKey("x", "y") : LineKey.of(pick(s.lines(), b));
        return c % 2 == 0
                ? new SetLineStyle(sid, line, c % 4 == 0 ? LineStyle.SOLID : LineStyle.DOTTED)
                : new DeleteLines(sid, Set.of(line));
    }

    private EditCommand scenarioEdit(Design design, String sid) {
        return switch (Math.floorMod(c, 4)) {
            case 0 -> AddScenario.named(design, "Plan", Strategy.HYBRID);
            case 1 -> DuplicateScenario.of(design, sid, "Copy");
            case 2 -> new RenameScenario(sid, "Renamed " + b);
            default -> new DeleteScenario(sid);
        };
    }

    private static String nodeId(Scenario s, int index) {
        List<Node> nodes = s.nodes();
        return nodes.isEmpty() || index % 7 == 6 ? "ghost" : pick(nodes, index).id();
    }

    /** The id of a card of the given kind (so that kind-specific edits mostly apply), or "ghost". */
    private static String kindId(Scenario s, int index, Class<? extends Node> kind) {
        List<Node> nodes = s.nodes().stream().filter(kind::isInstance).toList();
        return nodes.isEmpty() || index % 7 == 6 ? "ghost" : pick(nodes, index).id();
    }

    private static <T> T pick(List<T> list, int index) {
        return list.get(Math.floorMod(index, list.size()));
    }

}
