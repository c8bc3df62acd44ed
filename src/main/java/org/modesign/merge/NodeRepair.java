package org.modesign.merge;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import org.modesign.model.Design;
import org.modesign.model.Executive;
import org.modesign.model.FteChange;
import org.modesign.model.Node;
import org.modesign.model.Problem;
import org.modesign.model.Responsibility;
import org.modesign.model.Role;
import org.modesign.model.Team;

/** The fixes of one round for one node of a merged design (see {@link Repairs}). */
final class NodeRepair {

    private final ScenarioRepair scenario;
    private final Node node;
    /** Whether the node was fixed in an earlier round: then any problem puts it back as ours has it. */
    private final boolean fixedBefore;
    private boolean revert;
    private boolean noTeam;
    private boolean noRegion;
    private boolean noFrom;
    private boolean noTo;
    private boolean cleanFte;
    private final Set<String> leaveTeams = new HashSet<>();
    private final Set<Integer> dropLetters = new HashSet<>();

    NodeRepair(ScenarioRepair scenario, Node node, boolean fixedBefore) {
        this.scenario = scenario;
        this.node = node;
        this.fixedBefore = fixedBefore;
    }

    /** Takes in a problem whose path starts {@code scenarios[i].nodes[j]}. */
    void add(ProblemPath path, Problem p) {
        String field = path.name(2);
        if (fixedBefore || revert) {
            revert(p);
            return;
        }
        if (field.equals("team") && path.size() == 3 && node instanceof Role) {
            noTeam = true;
            report(p, "the role belongs to no team now");
        } else if (path.isElement(2, "alsoIn") && path.size() == 3) {
            String team = alsoIn().get(path.index(2));
            leaveTeams.add(team);
            report(p, "it no longer serves on " + Values.quote(team) + " besides its own team");
        } else if (field.equals("region") && path.size() == 3 && !(node instanceof Executive)) {
            noRegion = true;
            report(p, "its region was left out: it has its team's region, or global");
        } else if ((field.equals("from") || field.equals("to")) && path.size() == 3 && !(node instanceof Executive)) {
            if (field.equals("from")) {
                noFrom = true;
                report(p, "it starts in the first phase now");
            } else {
                noTo = true;
                report(p, "it lasts until the last phase now");
            }
        } else if (field.equals("fteChanges") && node instanceof Role) {
            cleanFte = true;
            report(p, "its FTE changes were put in phase order, leaving out those outside its phases");
        } else if (path.isElement(2, "responsibilities") && path.index(2) < letters().size()) {
            dropLetters.add(path.index(2));
            report(p, "its letter " + Values.text(letters().get(path.index(2))) + " was dropped");
        } else {
            revert(p);
        }
    }

    private void report(Problem p, String resolution) {
        scenario.repairs().out().unsound(p.path(), where(), p.message(), resolution);
    }

    private void revert(Problem p) {
        if (revert) {
            return;
        }
        revert = true;
        boolean inOurs = scenario.oursNode(node.id()) != null;
        report(p, inOurs ? "the " + node.type().code() + " was put back as ours has it"
                : "the " + node.type().code() + " was dropped, as ours has none");
    }

    private String where() {
        return node.type().code() + " " + Values.quote(node.id()) + " (" + Values.quote(node.label()) + ")"
                + scenario.inScenario();
    }

    private List<String> alsoIn() {
        return node instanceof Role r ? r.alsoIn() : node instanceof Executive e ? e.alsoIn() : List.of();
    }

    private List<Responsibility> letters() {
        return node instanceof Role r ? r.responsibilities()
                : node instanceof Executive e ? e.responsibilities() : List.of();
    }

    /** The node with this round's fixes; null when it is to be dropped. */
    Node apply(Node n) {
        String key = scenario.scenario().id() + "/" + n.id();
        if (revert) {
            scenario.repairs().reverted.add(key);
            return scenario.oursNode(n.id());
        }
        scenario.repairs().fixed.add(key);
        if (n instanceof Role r) {
            return role(r);
        }
        if (n instanceof Team t) {
            return t.withRegion(noRegion ? null : t.region()).withPhases(noFrom ? null : t.from(), noTo ? null : t.to());
        }
        Executive e = (Executive) n;
        return e.withAlsoIn(remaining(e.alsoIn())).withResponsibilities(keptLetters(e.responsibilities()));
    }

    private Role role(Role r) {
        Role fixed = r.withTeam(noTeam ? null : r.team()).withRegion(noRegion ? null : r.region())
                .withPhases(noFrom ? null : r.from(), noTo ? null : r.to())
                .withAlsoIn(remaining(r.alsoIn())).withResponsibilities(keptLetters(r.responsibilities()));
        return cleanFte ? fixed.withFteChanges(inOrder(fixed, scenario.current())) : fixed;
    }

    private List<String> remaining(List<String> teams) {
        if (leaveTeams.isEmpty()) {
            return teams;
        }
        List<String> kept = new ArrayList<>(teams);
        kept.removeAll(leaveTeams);
        return kept;
    }

    private List<Responsibility> keptLetters(List<Responsibility> letters) {
        if (dropLetters.isEmpty()) {
            return letters;
        }
        List<Responsibility> kept = new ArrayList<>(letters.size());
        for (int k = 0; k < letters.size(); k++) {
            if (!dropLetters.contains(k)) {
                kept.add(letters.get(k));
            }
        }
        return kept;
    }

    /** The role's FTE changes in phase order, one per phase, only those within its phases. */
    static List<FteChange> inOrder(Role role, Design design) {
        int last = design.phases().size() - 1;
        int from = role.from() == null ? 0 : Math.max(0, design.phaseIndex(role.from()));
        int to = role.to() == null || design.phaseIndex(role.to()) < 0 ? last : design.phaseIndex(role.to());
        TreeMap<Integer, FteChange> byPhase = new TreeMap<>();
        for (FteChange change : role.fteChanges()) {
            int at = design.phaseIndex(change.phase());
            if (at >= from && at <= to) {
                byPhase.putIfAbsent(at, change);
            }
        }
        return new ArrayList<>(byPhase.values());
    }
}
