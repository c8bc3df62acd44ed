package org.modesign.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.modesign.model.Archetype;
import org.modesign.model.Design;
import org.modesign.model.Executive;
import org.modesign.model.Layer;
import org.modesign.model.Node;
import org.modesign.model.Objective;
import org.modesign.model.Obstacle;
import org.modesign.model.ObstacleKind;
import org.modesign.model.Raci;
import org.modesign.model.ReadinessAnswer;
import org.modesign.model.ReadinessTest;
import org.modesign.model.Region;
import org.modesign.model.Responsibility;
import org.modesign.model.Role;
import org.modesign.model.Scenario;
import org.modesign.model.Scope;
import org.modesign.model.StackEntry;
import org.modesign.model.Staffing;
import org.modesign.model.Team;
import org.modesign.model.TeamKind;
import org.modesign.model.Tool;
import org.modesign.model.ToolCategory;

/**
 * A random edit of a version 2 field (or one that cleans version 2 fields up: deleting cards,
 * removing phases, regions and capabilities, moving phases, pasting), drawn as plain numbers and
 * turned into a command against whatever design is current, so that sequences stay meaningful as
 * the design changes. Many are refused (missing ids, bad values, broken spans), which is part of
 * what the properties test.
 */
record RandomV2Edit(int kind, int a, int b, int c, double value) {

    static final int KINDS = 30;
    private static final String[] TEXTS = {"Grow", "", " ", "Attribute revenue", "x".repeat(Rules.MAX_TEXT + 1)};
    private static final String[] CURRENCIES = {"USD", "", "\u20AC", "123456789"};

    EditCommand command(Design d) {
        Scenario s = pick(d.scenarios(), a);
        String sid = s.id();
        String node = nodeId(s, b, Node.class);
        String role = nodeId(s, b, Role.class);
        String holder = b % 2 == 0 ? role : nodeId(s, b, Executive.class);
        String team = nodeId(s, c, Team.class);
        String phase = phase(d, b);
        String phase2 = phase(d, c);
        String capability = capability(d, c);
        String tool = tool(d, b);
        String region = region(d, c);
        String text = TEXTS[Math.floorMod(c, TEXTS.length)];
        return switch (kind) {
            case 0 -> new SetMission(text);
            case 1 -> new SetReadiness(pick(List.of(ReadinessTest.values()), b),
                    c % 4 == 0 ? null : pick(List.of(ReadinessAnswer.values()), c), text);
            case 2 -> new SetReadinessNote(pick(List.of(ReadinessTest.values()), b), text);
            case 3 -> c % 2 == 0 ? AddObjective.named(d, text)
                    : new AddObjective(new Objective(objective(d, b), "Objective", text, "", phase));
            case 4 -> objectiveEdit(d, text, phase);
            case 5 -> c % 2 == 0 ? MoveObjective.by(d, objective(d, b), c % 3 - 1) : new RemoveObjective(objective(d, b));
            case 6 -> obstacleEdit(d, text);
            case 7 -> c % 2 == 0 ? AddTool.named(d, text, pick(List.of(ToolCategory.values()), b))
                    : new AddTool(new Tool(tool, "Tool", pick(List.of(ToolCategory.values()), c), Layer.PLATFORM,
                            value, List.of(capability)));
            case 8 -> toolEdit(d, tool, text);
            case 9 -> c % 3 == 0 ? MoveTool.by(d, tool, c % 2 == 0 ? 1 : -1) : new RemoveTool(tool, c % 3 == 1);
            case 10 -> new SetNeedsTool(capability, c % 2 == 0);
            case 11 -> new DeployTool(sid, new StackEntry(tool, Stacks.region(region), c % 3 == 0 ? null : node, phase, phase2));
            case 12 -> deploymentEdit(s, sid, node, phase, phase2, region);
            case 13 -> s.stack().isEmpty() ? new RemoveDeployment(sid, tool, region)
                    : new RemoveDeployment(sid, pick(s.stack(), b).tool(), pick(s.stack(), b).region());
            case 14 -> new SetStaffing(sid, role, pick(List.of(Staffing.values()), c));
            case 15 -> new SetPerson(sid, role, c % 3 == 0 ? null : c % 3 == 1 ? "Ada" : "x".repeat(201));
            case 16 -> new SetCost(sid, role, c % 4 == 0 ? null : value);
            case 17 -> fteEdit(s, role, phase, phase2);
            case 18 -> new AddLetter(sid, holder, capability, pick(List.of(Raci.values()), c), phase, phase2);
            case 19 -> letterEdit(s, holder, capability, phase, phase2);
            case 20 -> c % 2 == 0 ? new SetExecutiveResponsibility(sid, nodeId(s, b, Executive.class), capability,
                    c % 3 == 0 ? null : Raci.A) : new SetResponsibility(sid, role, capability, c % 3 == 0 ? null : Raci.R);
            case 21 -> c % 3 == 0 ? new LeaveTeam(sid, holder, team) : new ServeOnTeam(sid, holder, team);
            case 22 -> new SetTeamKind(sid, c % 4 == 0 ? node : team, pick(List.of(TeamKind.values()), b));
            case 23 -> settingsEdit(d, phase, text);
            case 24 -> new DeleteNodes(sid, Set.of(c % 2 == 0 ? node : team));
            case 25 -> phaseEdit(d, phase);
            case 26 -> c % 3 == 0 ? AddRegion.named(d, "Region " + b) : new RemoveRegion(declaredRegion(d, b), c % 2 == 0);
            case 27 -> c % 3 == 0 ? AddCapability.named(d, "Capability " + b, Layer.EXPRESSION, Scope.PER_REGION,
                    Archetype.MARKETER) : new RemoveCapability(capability, c % 2 == 0);
            case 28 -> c % 2 == 0 ? new SetPhases(sid, node, phase, phase2) : new SetTeam(sid, role, c % 3 == 0 ? null : team);
            default -> pasteEdit(d, s, node, team);
        };
    }

    private EditCommand objectiveEdit(Design d, String text, String phase) {
        String id = objective(d, b);
        return switch (Math.floorMod(c, 4)) {
            case 0 -> new SetObjectiveText(id, text);
            case 1 -> new SetObjectiveMeasure(id, text);
            case 2 -> new SetObjectiveTarget(id, text);
            default -> new SetObjectivePhase(id, phase);
        };
    }

    private EditCommand obstacleEdit(Design d, String text) {
        List<String> ids = d.charter().obstacles().stream().map(Obstacle::id).toList();
        String id = ids.isEmpty() || b % 5 == 4 ? "b9" : pick(ids, b);
        return switch (Math.floorMod(c, 6)) {
            case 0 -> AddObstacle.named(d, pick(List.of(ObstacleKind.values()), b), text);
            case 1 -> new SetObstacleKind(id, pick(List.of(ObstacleKind.values()), c));
            case 2 -> new SetObstacleText(id, text);
            case 3 -> new SetObstacleStrategy(id, text);
            case 4 -> MoveObstacle.by(d, ids.isEmpty() ? "b9" : id, b % 3 - 1);
            default -> new RemoveObstacle(id);
        };
    }

    private EditCommand toolEdit(Design d, String tool, String text) {
        String capability = capability(d, a);
        return switch (Math.floorMod(c, 5)) {
            case 0 -> new RenameTool(tool, text);
            case 1 -> new SetToolCategory(tool, pick(List.of(ToolCategory.values()), b));
            case 2 -> new SetToolLayer(tool, pick(List.of(Layer.values()), b));
            case 3 -> new SetToolCost(tool, value);
            default -> new SetToolServes(tool, capability, a % 2 == 0);
        };
    }

    private EditCommand deploymentEdit(Scenario s, String sid, String node, String phase, String phase2,
            String region) {
        StackEntry entry = s.stack().isEmpty() ? StackEntry.of("ghost") : pick(s.stack(), b);
        return switch (Math.floorMod(c, 3)) {
            case 0 -> new SetDeploymentRegion(sid, entry.tool(), entry.region(), region);
            case 1 -> new SetDeploymentOwner(sid, entry.tool(), entry.region(), c % 4 == 0 ? null : node);
            default -> new SetDeploymentPhases(sid, entry.tool(), entry.region(), phase, phase2);
        };
    }

    /** An FTE change edit, mostly of a change the role has. */
    private EditCommand fteEdit(Scenario s, String role, String phase, String phase2) {
        String sid = s.id();
        String changed = phase == null ? "p1" : phase;
        if (s.node(role).orElse(null) instanceof Role r && !r.fteChanges().isEmpty() && a % 4 != 0) {
            changed = pick(r.fteChanges(), a).phase();
        }
        return switch (Math.floorMod(c, 3)) {
            case 0 -> new SetFteChange(sid, role, phase == null ? "p1" : phase, value);
            case 1 -> new MoveFteChange(sid, role, changed, phase2 == null ? "p2" : phase2);
            default -> new RemoveFteChange(sid, role, changed);
        };
    }

    /** An edit of one letter, mostly of a letter the holder has. */
    private EditCommand letterEdit(Scenario s, String holder, String capability, String phase, String phase2) {
        String sid = s.id();
        String on = capability;
        int occurrence = c % 3;
        Node card = s.node(holder).orElse(null);
        if (card != null && Holders.isHolder(card) && !Holders.letters(card).isEmpty() && a % 4 != 0) {
            List<Responsibility> letters = Holders.letters(card);
            int at = Math.floorMod(a, letters.size());
            on = letters.get(at).capability();
            occurrence = 0;
            for (int i = 0; i < at; i++) {
                occurrence += letters.get(i).capability().equals(on) ? 1 : 0;
            }
        }
        return c % 2 == 0 ? new SetLetterSpan(sid, holder, on, occurrence, phase, phase2)
                : new SetLetter(sid, holder, on, occurrence, c % 5 == 0 ? null : pick(List.of(Raci.values()), c));
    }

    private EditCommand settingsEdit(Design d, String phase, String text) {
        return switch (Math.floorMod(c, 3)) {
            case 0 -> new SetPhaseGoal(phase == null ? d.phases().get(0).id() : phase, text);
            case 1 -> new SetCurrency(CURRENCIES[Math.floorMod(b, CURRENCIES.length)]);
            default -> new SetCostPerFte(pick(List.of(Archetype.values()), b), value);
        };
    }

    private EditCommand phaseEdit(Design d, String phase) {
        String id = phase == null ? d.phases().get(0).id() : phase;
        return switch (Math.floorMod(c, 4)) {
            case 0 -> AddPhase.after(d, c % 8 == 0 ? null : d.phases().get(Math.floorMod(b, d.phases().size())).id(),
                    "Phase " + b);
            case 1 -> MovePhase.by(d, d.phases().get(Math.floorMod(b, d.phases().size())).id(), b % 3 - 1);
            default -> new RemovePhase(id, c % 2 == 0);
        };
    }

    private EditCommand pasteEdit(Design d, Scenario s, String node, String team) {
        List<String> ids = new ArrayList<>();
        for (String id : new String[] {node, team}) {
            if (s.indexOfNode(id) >= 0 && !ids.contains(id)) {
                ids.add(id);
            }
        }
        return switch (Math.floorMod(c, 3)) {
            case 0 -> Clip.duplicate(d, s.id(), ids, 10, 10);
            case 1 -> Clip.copy(s, ids).paste(d, pick(d.scenarios(), c).id(), 0, 0);
            default -> DuplicateScenario.of(d, s.id(), "Copy");
        };
    }

    private static String nodeId(Scenario s, int index, Class<? extends Node> kind) {
        List<Node> nodes = s.nodes().stream().filter(kind::isInstance).toList();
        return nodes.isEmpty() || index % 7 == 6 ? "ghost" : pick(nodes, index).id();
    }

    private static String phase(Design d, int index) {
        if (index % 6 == 5) {
            return "p9";
        }
        return index % 3 == 0 ? null : pick(d.phases(), index).id();
    }

    private static String capability(Design d, int index) {
        return d.capabilities().isEmpty() || index % 5 == 4 ? "seo" : pick(d.capabilities(), index).id();
    }

    private static String tool(Design d, int index) {
        return d.tools().isEmpty() || index % 5 == 4 ? "ghost" : pick(d.tools(), index).id();
    }

    private static String objective(Design d, int index) {
        return d.charter().objectives().isEmpty() || index % 5 == 4 ? "o9"
                : pick(d.charter().objectives(), index).id();
    }

    /** global, none (global too, for a deployment), a declared region, or one that is not there. */
    private static String region(Design d, int index) {
        return switch (Math.floorMod(index, 4)) {
            case 0 -> Region.GLOBAL;
            case 1 -> null;
            case 2 -> "mars";
            default -> d.regions().isEmpty() ? Region.GLOBAL : pick(d.regions(), index).id();
        };
    }

    private static String declaredRegion(Design d, int index) {
        return d.regions().isEmpty() || index % 5 == 4 ? "mars" : pick(d.regions(), index).id();
    }

    private static <T> T pick(List<T> list, int index) {
        return list.get(Math.floorMod(index, list.size()));
    }
}
