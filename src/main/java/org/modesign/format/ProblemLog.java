package org.modesign.format;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.modesign.model.Problem;

/**
 * The problems found while reading one file, in the order found, and the paths they were
 * reported at, so that a later check does not report the same spot again.
 */
final class ProblemLog {

    private final List<Problem> problems = new ArrayList<>();
    private final Set<String> reported = new HashSet<>();

    void add(JsonPath path, String message) {
        String where = path.toString();
        problems.add(new Problem(where, message));
        reported.add(where);
    }

    /**
     * Adds the problems of a later check (e.g. the integrity rules run on the best-effort design),
     * leaving out those at or inside a path already reported: they only echo a stand-in value.
     */
    void addUnlessCovered(List<Problem> more) {
        for (Problem problem : more) {
            if (!covered(problem.path())) {
                problems.add(problem);
            }
        }
    }

    private boolean covered(String path) {
        if (reported.contains(path)) {
            return true;
        }
        for (int i = 1; i < path.length(); i++) {
            char c = path.charAt(i);
            if ((c == '.' || c == '[') && reported.contains(path.substring(0, i))) {
                return true;
            }
        }
        return false;
    }

    boolean isEmpty() {
        return problems.isEmpty();
    }

    List<Problem> problems() {
        return List.copyOf(problems);
    }
}
