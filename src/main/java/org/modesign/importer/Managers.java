package org.modesign.importer;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.modesign.model.Node;

/**
 * Finds each row's manager. A manager id names a row by its role or employee id. A manager names,
 * in this order: a row of the file ({@link RowIndex#find}: by id, employee id, person, then title), a
 * card of the scenario by its id, a card by its title or name (executives included), and last a team
 * that the import makes from the team column. A person or title two rows (or two cards) share is
 * ambiguous; a row cannot report to itself. In a file that names people (an HR export), a manager
 * nothing matches is outside the file (the CEO of the whole company), and a row that names itself is
 * the top of the file: both are left for {@link Roots}; in other files they are row problems. A row
 * whose manager's row cannot be imported cannot be either, and so on down the chain. Reporting
 * cycles among the rows are allowed: they are sound for the file, and the validator reports them.
 * O(rows + cards).
 */
final class Managers {

    private final ImportTarget target;
    private final Problems problems;
    private final boolean people;
    private final Map<String, String> newTeams = new HashMap<>();
    private final Set<String> outside = new LinkedHashSet<>();
    private RowIndex rows;

    Managers(ImportTarget target, Problems problems, boolean people) {
        this.target = target;
        this.problems = problems;
        this.people = people;
    }

    void resolve(List<Draft> drafts) {
        rows = new RowIndex(drafts);
        for (Draft draft : drafts) {
            draft.team = withoutPerson(draft.team);
            if (!draft.rejected && !draft.team.isEmpty() && target.team(draft.team) == null) {
                newTeams.putIfAbsent(Keys.name(draft.team), draft.team);
            }
        }
        for (Draft draft : drafts) {
            if (draft.rejected) {
                continue;
            }
            if (!draft.managerId.isEmpty() && byId(draft)) {
                continue;
            }
            if (!draft.manager.isEmpty()) {
                find(draft, draft.manager);
            } else if (!draft.managerId.isEmpty()) {
                notFound(draft, draft.managerId);
            }
        }
        rejectBelowRejected(drafts);
    }

    /**
     * A team as Workday names a supervisory organization, "Marketing Operations (Ann Lee)", without the
     * person in brackets when that is a person of the file.
     */
    private String withoutPerson(String team) {
        int open = team.lastIndexOf('(');
        if (open > 0 && team.endsWith(")") && rows.isPerson(team.substring(open + 1, team.length() - 1).strip())) {
            return team.substring(0, open).strip();
        }
        return team;
    }

    /** The managers named that are outside the file, in order of first mention. */
    List<String> outside() {
        return List.copyOf(outside);
    }

    /** Whether the manager id names a row (then the manager is set, or the row refused). */
    private boolean byId(Draft draft) {
        RowIndex.Found found = rows.byIdOnly(draft.managerId);
        if (found.row() == null) {
            return false;
        }
        link(draft, found.row());
        return true;
    }

    private void find(Draft draft, String value) {
        RowIndex.Found found = rows.find(value);
        if (found.isAmbiguous()) {
            problems.add(draft, ImportMessage.MANAGER_AMBIGUOUS_ROWS, Keys.shown(value), lines(found.ambiguous()));
        } else if (found.row() != null) {
            link(draft, found.row());
        } else {
            findCard(draft, value);
        }
    }

    private void link(Draft draft, Draft row) {
        if (row != draft) {
            draft.managerRow = row;
        } else if (!people) {
            problems.add(draft, ImportMessage.MANAGER_SELF);
        }
    }

    private void findCard(Draft draft, String value) {
        Node card = target.node(value);
        List<Node> named = target.named(value);
        if (card == null && named.size() > 1) {
            String ids = named.stream().map(Node::id).collect(Collectors.joining(", "));
            problems.add(draft, ImportMessage.MANAGER_AMBIGUOUS_CARDS, Keys.shown(value), named.size(), ids);
        } else if (card != null || !named.isEmpty()) {
            draft.managerCard = card != null ? card : named.get(0);
        } else if (newTeams.containsKey(Keys.name(value))) {
            draft.managerTeam = newTeams.get(Keys.name(value));
        } else {
            notFound(draft, value);
        }
    }

    private void notFound(Draft draft, String value) {
        if (people) {
            outside.add(Keys.shown(value));
        } else {
            problems.add(draft, ImportMessage.MANAGER_NOT_FOUND, Keys.shown(value));
        }
    }

    /** Refuses, transitively, every row whose manager is a row that cannot be imported. O(rows). */
    private void rejectBelowRejected(List<Draft> drafts) {
        Map<Draft, List<Draft>> reports = new IdentityHashMap<>();
        Deque<Draft> refused = new ArrayDeque<>();
        for (Draft draft : drafts) {
            if (draft.managerRow != null) {
                reports.computeIfAbsent(draft.managerRow, k -> new ArrayList<>()).add(draft);
            }
            if (draft.rejected) {
                refused.add(draft);
            }
        }
        while (!refused.isEmpty()) {
            Draft manager = refused.poll();
            for (Draft report : reports.getOrDefault(manager, List.of())) {
                if (!report.rejected) {
                    String named = report.manager.isEmpty() ? report.managerId : report.manager;
                    problems.add(report, ImportMessage.MANAGER_REJECTED, Keys.shown(named), manager.line);
                    refused.add(report);
                }
            }
        }
    }

    /** "4, 9, 12". */
    private static String lines(List<Draft> rows) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < rows.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(rows.get(i).line);
        }
        return sb.toString();
    }
}
