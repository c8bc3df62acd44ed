package org.modesign.model;

import static org.modesign.model.Integrity.formatNumber;
import static org.modesign.model.Integrity.quote;

import java.util.List;
import java.util.Map;

/**
 * The rules for what roles and executives hold and serve on (format.md §1, format-v2.md §2 and
 * §7): the letters they hold and the spans of those letters, the teams they also serve on, and a
 * role's staffing, person, cost and FTE changes. A v1 role is checked as before: one letter per
 * capability, with the same message. As in {@link Integrity}, paths and names are built only for
 * a problem: this runs once per node of a design that may hold 200,000.
 */
final class HolderChecks {

    private final Integrity check;
    private final String scenarioPath;
    private final int index;
    /** "a role" or "an executive". */
    private final String kind;
    private final String label;
    /** The holder's own first and last phase (defaults applied), or -1 when its phases are unknown. */
    private final int spanFrom;
    private final int spanTo;

    private HolderChecks(Integrity check, String scenarioPath, int index, String kind, String label, int spanFrom,
            int spanTo) {
        this.check = check;
        this.scenarioPath = scenarioPath;
        this.index = index;
        this.kind = kind;
        this.label = label;
        this.spanFrom = spanFrom;
        this.spanTo = spanTo;
    }

    /** Checks a role's v2 fields and letters, in the order of its keys in the file. */
    static void role(Integrity check, String scenarioPath, int index, Role role, Map<String, Node> byId,
            Scenario scenario) {
        Integer from = role.from() == null ? Integer.valueOf(0) : check.phaseIndex(role.from());
        Integer to = role.to() == null ? Integer.valueOf(check.lastPhase()) : check.phaseIndex(role.to());
        boolean known = from != null && to != null && from <= to;
        HolderChecks holder = new HolderChecks(check, scenarioPath, index, "a role", role.title(),
                known ? from : -1, known ? to : -1);
        if (!role.alsoIn().isEmpty()) {
            holder.alsoIn(role.alsoIn(), role.team(), byId, scenario);
        }
        holder.position(role);
        if (!role.fteChanges().isEmpty()) {
            holder.fteChanges(role.fteChanges());
        }
        holder.responsibilities(role.responsibilities());
    }

    static void executive(Integrity check, String scenarioPath, int index, Executive executive,
            Map<String, Node> byId, Scenario scenario) {
        if (executive.responsibilities().isEmpty() && executive.alsoIn().isEmpty()) {
            return;
        }
        HolderChecks holder = new HolderChecks(check, scenarioPath, index, "an executive", executive.title(), 0,
                check.lastPhase());
        holder.responsibilities(executive.responsibilities());
        holder.alsoIn(executive.alsoIn(), null, byId, scenario);
    }

    /** The node's path, e.g. {@code scenarios[0].nodes[3]}. */
    private String path() {
        return Integrity.nodePath(scenarioPath, index);
    }

    /** "role \"Title\"", for messages. */
    private String holder() {
        return kind.substring(kind.indexOf(' ') + 1) + " " + quote(label);
    }

    /** Each letter names a capability and phases of the plan, and no two letters of one capability overlap. */
    private void responsibilities(List<Responsibility> held) {
        for (int j = 0; j < held.size(); j++) {
            Responsibility r = held.get(j);
            boolean known = check.knowsCapability(r.capability());
            if (!known) {
                check.add(letterPath(j) + ".capability", "no capability " + quote(r.capability()) + " in the catalogue");
            }
            if (known && (!r.hasSpan() || span(letterPath(j), r))) {
                overlap(held, j);
            }
        }
    }

    private String letterPath(int j) {
        return path() + ".responsibilities[" + j + "]";
    }

    /** Checks the phases of a letter's own span; true when they are sound. */
    private boolean span(String at, Responsibility r) {
        Integer from = phase(at + ".from", r.from());
        Integer to = phase(at + ".to", r.to());
        if ((r.from() != null && from == null) || (r.to() != null && to == null) || spanFrom < 0) {
            return false;
        }
        int first = from == null ? spanFrom : from;
        int last = to == null ? spanTo : to;
        if (first <= last) {
            return true;
        }
        if (r.from() != null && r.to() != null) {
            check.add(at + ".from", "phase " + quote(r.from()) + " comes after phase " + quote(r.to())
                    + "; \"from\" may not come after \"to\"");
        } else if (r.from() != null) {
            check.add(at + ".from", "phase " + quote(r.from()) + " comes after phase " + phaseName(spanTo)
                    + ", where " + holder() + " ends; \"from\" may not come after \"to\"");
        } else {
            check.add(at + ".to", "phase " + quote(r.to()) + " comes before phase " + phaseName(spanFrom)
                    + ", where " + holder() + " starts; \"from\" may not come after \"to\"");
        }
        return false;
    }

    /** Reports letter {@code j} when an earlier letter of the same capability shares a phase with it. */
    private void overlap(List<Responsibility> held, int j) {
        Responsibility r = held.get(j);
        for (int k = 0; k < j; k++) {
            Responsibility earlier = held.get(k);
            if (!earlier.capability().equals(r.capability())) {
                continue;
            }
            if (!r.hasSpan() && !earlier.hasSpan()) {
                check.add(letterPath(j) + ".capability", holder() + " names capability " + quote(r.capability())
                        + " twice; " + kind + " holds one letter per capability");
                return;
            }
            int first = Math.max(first(r), first(earlier));
            int last = Math.min(last(r), last(earlier));
            if (sound(earlier) && first <= last) {
                check.add(letterPath(j) + ".capability", holder() + " holds capability " + quote(r.capability())
                        + " twice in phase " + phaseName(first) + "; the spans of one capability's letters"
                        + " may not overlap");
                return;
            }
        }
    }

    /** Whether the span of {@code r} (defaults applied) names phases of the plan and is not empty. */
    private boolean sound(Responsibility r) {
        return spanFrom >= 0 && (r.from() == null || check.phaseIndex(r.from()) != null)
                && (r.to() == null || check.phaseIndex(r.to()) != null) && first(r) <= last(r);
    }

    private int first(Responsibility r) {
        Integer from = r.from() == null ? null : check.phaseIndex(r.from());
        return from == null ? spanFrom : from;
    }

    private int last(Responsibility r) {
        Integer to = r.to() == null ? null : check.phaseIndex(r.to());
        return to == null ? spanTo : to;
    }

    /** Each team served on besides one's own is a distinct team of the scenario, never one's own. */
    private void alsoIn(List<String> teams, String ownTeam, Map<String, Node> byId, Scenario scenario) {
        for (int j = 0; j < teams.size(); j++) {
            String team = teams.get(j);
            String at = path() + ".alsoIn[" + j + "]";
            Node node = byId.get(team);
            if (node == null) {
                check.add(at, "no team " + quote(team) + " in scenario " + quote(scenario.id()));
            } else if (!(node instanceof Team)) {
                check.add(at, quote(team) + " is " + (node.type() == NodeType.EXECUTIVE ? "an " : "a ")
                        + node.type().code() + ", not a team, in scenario " + quote(scenario.id()));
            } else if (team.equals(ownTeam)) {
                check.add(at, quote(team) + " is the role's own team; \"alsoIn\" names the teams it serves on"
                        + " besides it");
            } else if (teams.subList(0, j).contains(team)) {
                check.add(at, "team " + quote(team) + " is named twice");
            }
        }
    }

    /** A role's person fits the limit and the staffing, and its cost is a number of at least 0. */
    private void position(Role role) {
        String person = role.person();
        if (!person.isEmpty()) {
            int length = person.codePointCount(0, person.length());
            if (length > Role.MAX_PERSON_CHARS) {
                check.add(path() + ".person", "the person's name is " + length
                        + " characters long, more than the limit of " + Role.MAX_PERSON_CHARS);
            } else if (role.staffing().vacant()) {
                check.add(path() + ".person", holder() + " is " + quote(role.staffing().code())
                        + ", so nobody is in it yet, but it names the person " + quote(person)
                        + "; leave \"person\" out or make the role \"filled\"");
            }
        }
        if (role.cost() != null && !isCost(role.cost())) {
            check.add(path() + ".cost", notACost(role.cost()));
        }
    }

    /** FTE changes name distinct phases in phase order within the role's own span, each with a valid FTE. */
    private void fteChanges(List<FteChange> changes) {
        int previous = -1;
        for (int k = 0; k < changes.size(); k++) {
            FteChange change = changes.get(k);
            String at = path() + ".fteChanges[" + k + "]";
            Integer idx = phase(at + ".phase", change.phase());
            if (idx != null) {
                if (previous >= 0 && idx == previous) {
                    check.add(at + ".phase", "phase " + quote(change.phase())
                            + " has an FTE change already; each phase has at most one");
                } else if (previous >= 0 && idx < previous) {
                    check.add(at + ".phase", "phase " + quote(change.phase()) + " comes before phase "
                            + phaseName(previous) + " of the change before it; list FTE changes in phase order");
                } else if (spanFrom >= 0 && (idx < spanFrom || idx > spanTo)) {
                    check.add(at + ".phase", "phase " + quote(change.phase()) + " is outside the phases of "
                            + holder() + " (" + phaseName(spanFrom) + " to " + phaseName(spanTo) + ")");
                }
                previous = Math.max(previous, idx);
            }
            if (!(change.fte() > 0 && change.fte() <= Role.MAX_FTE)) {
                check.add(at + ".fte", "FTE must be more than 0 and at most 10,000, not " + formatNumber(change.fte()));
            }
        }
    }

    /** The position of a phase named at {@code at}; null, and reported, when there is no such phase. */
    private Integer phase(String at, String phase) {
        if (phase == null) {
            return null;
        }
        Integer idx = check.phaseIndex(phase);
        if (idx == null) {
            check.add(at, "no phase " + quote(phase) + " in the plan");
        }
        return idx;
    }

    private String phaseName(int index) {
        return quote(check.design().phases().get(index).id());
    }

    /** Whether {@code cost} is a finite number of at least 0. */
    static boolean isCost(double cost) {
        return cost >= 0 && !Double.isInfinite(cost);
    }

    static String notACost(double cost) {
        return "a cost must be a number of at least 0, not " + formatNumber(cost);
    }
}
