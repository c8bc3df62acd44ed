package org.modesign.importer;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.modesign.model.Node;

/**
 * Finds each row's manager. A value names, in this order: a row of the file by its id, a row by its
 * title, a card of the scenario by its id, a card by its title or name (executives included), and
 * last a team that the import makes from the team column. A title two rows (or two cards) share is
 * ambiguous; a value nothing matches is not found; a row cannot report to itself. A row whose
 * manager's row cannot be imported cannot be either, and so on down the chain. Reporting cycles
 * among the rows are allowed: they are sound for the file, and the validator reports them.
 * O(rows + cards).
 */
final class Managers {

    private final ImportTarget target;
    private final Problems problems;
    private final Map<String, Draft> rowsById = new HashMap<>();
    private final Map<String, List<Draft>> rowsByTitle = new HashMap<>();
    private final Map<String, String> newTeams = new HashMap<>();

    Managers(ImportTarget target, Problems problems) {
        this.target = target;
        this.problems = problems;
    }

    void resolve(List<Draft> drafts) {
        index(drafts);
        for (Draft draft : drafts) {
            if (!draft.rejected && !draft.manager.isEmpty()) {
                find(draft);
            }
        }
        rejectBelowRejected(drafts);
    }

    private void index(List<Draft> drafts) {
        for (Draft draft : drafts) {
            if (!draft.givenId.isEmpty()) {
                rowsById.putIfAbsent(draft.givenId, draft);
            }
            if (!draft.title.isEmpty()) {
                rowsByTitle.computeIfAbsent(Keys.name(draft.title), k -> new ArrayList<>(1)).add(draft);
            }
            if (!draft.rejected && !draft.team.isEmpty() && target.team(draft.team) == null) {
                newTeams.putIfAbsent(Keys.name(draft.team), draft.team);
            }
        }
    }

    private void find(Draft draft) {
        String value = draft.manager;
        Draft row = rowsById.get(value);
        List<Draft> titled = rowsByTitle.getOrDefault(Keys.name(value), List.of());
        if (row == null && titled.size() > 1) {
            problems.add(draft, ImportMessage.MANAGER_AMBIGUOUS_ROWS, Keys.shown(value), lines(titled));
            return;
        }
        row = row != null ? row : titled.isEmpty() ? null : titled.get(0);
        if (row == draft) {
            problems.add(draft, ImportMessage.MANAGER_SELF);
        } else if (row != null) {
            draft.managerRow = row;
        } else {
            findCard(draft, value);
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
                    problems.add(report, ImportMessage.MANAGER_REJECTED, Keys.shown(report.manager), manager.line);
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
