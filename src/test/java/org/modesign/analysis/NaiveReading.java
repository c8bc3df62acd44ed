package org.modesign.analysis;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.modesign.model.Archetype;
import org.modesign.model.Capability;
import org.modesign.model.Design;
import org.modesign.model.Executive;
import org.modesign.model.Line;
import org.modesign.model.Node;
import org.modesign.model.Office;
import org.modesign.model.Raci;
import org.modesign.model.Region;
import org.modesign.model.Responsibility;
import org.modesign.model.Role;
import org.modesign.model.Scenario;
import org.modesign.model.Scope;
import org.modesign.model.Team;

/**
 * format.md §2-§4 read word by word, with no care for speed (quadratic and worse), to check the
 * real rules and metrics against on small designs. Findings are compared without messages.
 */
final class NaiveReading {

    private final Design design;
    private final Scenario scenario;
    private final Map<String, Node> byId;

    NaiveReading(Design design, Scenario scenario) {
        this.design = design;
        this.scenario = scenario;
        this.byId = scenario.nodesById();
    }

    /** A finding without its message. */
    static List<Object> key(Finding f) {
        return Arrays.asList(f.rule(), f.scenario(), f.phase(), f.capability(), f.region(), f.nodes());
    }

    boolean active(Node node, int p) {
        if (node instanceof Executive) {
            return true;
        }
        String from = node instanceof Role r ? r.from() : ((Team) node).from();
        String to = node instanceof Role r ? r.to() : ((Team) node).to();
        int lo = from == null ? 0 : design.phaseIndex(from);
        int hi = to == null ? design.phases().size() - 1 : design.phaseIndex(to);
        boolean own = lo <= p && p <= hi;
        return node instanceof Role r && r.team() != null ? own && active(byId.get(r.team()), p) : own;
    }

    String region(Role role) {
        if (role.region() != null) {
            return role.region();
        }
        return role.team() == null ? Region.GLOBAL : ((Team) byId.get(role.team())).effectiveRegion();
    }

    boolean covers(Role role, String region) {
        return region.equals(Region.GLOBAL) || region(role).equals(Region.GLOBAL) || region(role).equals(region);
    }

    List<String> slots(Capability c) {
        if (c.scope() == Scope.GLOBAL || design.regions().isEmpty()) {
            return List.of(Region.GLOBAL);
        }
        return design.regions().stream().map(Region::id).toList();
    }

    List<Node> up(Node node) {
        List<Node> ups = new ArrayList<>();
        for (Line line : scenario.lines()) {
            if (line.solid() && line.from().equals(node.id())) {
                ups.add(byId.get(line.to()));
            }
        }
        if (ups.isEmpty() && node instanceof Role r && r.team() != null) {
            ups.add(byId.get(r.team()));
        }
        return ups;
    }

    boolean isCeo(Node node) {
        return node instanceof Executive e && e.office() == Office.CEO;
    }

    List<Node> nodes() {
        return scenario.nodes();
    }

    List<Role> roles() {
        return scenario.nodes().stream().filter(n -> n instanceof Role).map(n -> (Role) n).toList();
    }

    /** The roles active in p holding one of the letters on c and covering region r. */
    List<Role> holders(int p, Capability c, String r, Set<Raci> letters) {
        return roles().stream().filter(role -> active(role, p) && covers(role, r)
                && role.raciFor(c.id()).filter(letters::contains).isPresent()).toList();
    }

    static List<String> ids(List<? extends Node> nodes) {
        return nodes.stream().map(Node::id).sorted(CodePointOrder.STRINGS).toList();
    }

    List<Object> finding(Rule rule, Integer p, String capability, String region, List<String> nodes) {
        return Arrays.asList(rule, scenario.id(), p == null ? null : design.phases().get(p).id(), capability,
                region, nodes);
    }

    Set<List<Object>> findings() {
        Set<List<Object>> found = new LinkedHashSet<>();
        for (int p = 0; p < design.phases().size(); p++) {
            slotFindings(p, found);
            pathAndSpanFindings(p, found);
        }
        for (Node node : scenario.nodes()) {
            long solid = scenario.lines().stream().filter(l -> l.solid() && l.from().equals(node.id())).count();
            if (solid > 1) {
                found.add(finding(Rule.MULTIPLE_MANAGERS, null, null, null, List.of(node.id())));
            }
            List<String> cycle = scenario.nodes().stream()
                    .filter(other -> reaches(node, other) && reaches(other, node)).map(Node::id).toList();
            if (cycle.size() >= 2) {
                found.add(finding(Rule.REPORTING_CYCLE, null, null, null,
                        cycle.stream().sorted(CodePointOrder.STRINGS).toList()));
            }
        }
        return found;
    }

    private void slotFindings(int p, Set<List<Object>> found) {
        for (Capability c : design.capabilities()) {
            boolean required = design.phases().get(p).requires().contains(c.id());
            for (String r : slots(c)) {
                List<Role> staff = holders(p, c, r, Set.of(Raci.R, Raci.A));
                List<Role> accountable = holders(p, c, r, Set.of(Raci.A));
                if (required && staff.isEmpty()) {
                    found.add(finding(Rule.UNSTAFFED_CAPABILITY, p, c.id(), r, List.of()));
                } else if (required && accountable.isEmpty()) {
                    found.add(finding(Rule.MISSING_ACCOUNTABLE, p, c.id(), r, ids(staff)));
                }
                if (accountable.size() >= 2) {
                    found.add(finding(Rule.OVERLAPPING_RESPONSIBILITY, p, c.id(), r, ids(accountable)));
                }
            }
            for (Role role : roles()) {
                if (active(role, p) && role.archetype() != Archetype.LEADER && role.archetype() != c.archetype()
                        && role.raciFor(c.id()).orElse(null) == Raci.A) {
                    found.add(finding(Rule.ARCHETYPE_MISMATCH, p, c.id(), null, List.of(role.id())));
                }
            }
        }
    }

    private void pathAndSpanFindings(int p, Set<List<Object>> found) {
        for (Node node : scenario.nodes()) {
            if (!active(node, p)) {
                continue;
            }
            if (!isCeo(node) && !reachesCeo(node, p)) {
                found.add(finding(Rule.NO_PATH_TO_CEO, p, null, null, List.of(node.id())));
            }
            if (activeReports(node, p) > design.settings().spanOfControlMax()) {
                found.add(finding(Rule.SPAN_OF_CONTROL, p, null, null, List.of(node.id())));
            }
        }
    }

    long activeReports(Node node, int p) {
        return scenario.nodes().stream().filter(n -> active(n, p) && up(n).contains(node)).count();
    }

    /** Whether {@code to} can be reached from {@code from} by one or more up edges. */
    boolean reaches(Node from, Node to) {
        Set<Node> seen = new HashSet<>();
        Deque<Node> todo = new ArrayDeque<>(up(from));
        while (!todo.isEmpty()) {
            Node n = todo.pop();
            if (n == to) {
                return true;
            }
            if (seen.add(n)) {
                todo.addAll(up(n));
            }
        }
        return false;
    }

    boolean reachesCeo(Node from, int p) {
        Set<Node> seen = new HashSet<>();
        Deque<Node> todo = new ArrayDeque<>(List.of(from));
        while (!todo.isEmpty()) {
            Node n = todo.pop();
            if (isCeo(n)) {
                return true;
            }
            if (seen.add(n)) {
                up(n).stream().filter(u -> active(u, p)).forEach(todo::push);
            }
        }
        return false;
    }

    /** The chain of format.md §2: the node, then first up edges until none or a repeat. */
    List<Node> chain(Node node) {
        List<Node> chain = new ArrayList<>();
        Node n = node;
        while (n != null && !chain.contains(n)) {
            chain.add(n);
            List<Node> ups = up(n);
            n = ups.isEmpty() ? null : ups.get(0);
        }
        return chain;
    }

    String office(Role role) {
        return chain(role).stream().filter(n -> n instanceof Executive).findFirst()
                .map(e -> ((Executive) e).office().code()).orElse("none");
    }

    /** Edges from the role to the first CEO of its chain when all nodes up to it are active, else -1. */
    int layers(Role role, int p) {
        List<Node> chain = chain(role);
        for (int k = 0; k < chain.size(); k++) {
            if (!active(chain.get(k), p)) {
                return -1;
            }
            if (isCeo(chain.get(k))) {
                return k;
            }
        }
        return -1;
    }
}
