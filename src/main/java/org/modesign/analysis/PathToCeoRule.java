package org.modesign.analysis;

/**
 * {@code no-path-to-ceo} (format.md §3): in every phase, an active node other than a {@code ceo}
 * executive that reaches no {@code ceo} executive by any up edges through active nodes. Found by
 * a search from the {@code ceo} executives down the direct reports, in O(nodes + edges) a phase.
 */
final class PathToCeoRule {

    private PathToCeoRule() {
    }

    static void check(Findings out) {
        ScenarioIndex index = out.index();
        int n = index.size();
        int[] seen = new int[n];
        int[] queue = new int[n];
        for (int p = 0; p < index.designIndex().phaseCount(); p++) {
            int mark = p + 1;
            reach(index, p, mark, seen, queue);
            for (int v = 0; v < n; v++) {
                if (seen[v] != mark && index.isActive(v, p) && !index.isCeo(v)) {
                    out.add(Rule.NO_PATH_TO_CEO, p, -1, -1, new int[] {v},
                            FindingText.of(FindingKey.NO_PATH_TO_CEO, out.subject(v), out.phase(p)));
                }
            }
        }
    }

    /** Marks with {@code mark} every node reaching a CEO executive through nodes active in p. */
    private static void reach(ScenarioIndex index, int p, int mark, int[] seen, int[] queue) {
        int tail = 0;
        for (int v = 0; v < index.size(); v++) {
            if (index.isCeo(v)) {
                seen[v] = mark;
                queue[tail++] = v;
            }
        }
        for (int head = 0; head < tail; head++) {
            int v = queue[head];
            for (int k = 0; k < index.directReportCount(v); k++) {
                int w = index.directReport(v, k);
                if (seen[w] != mark && index.isActive(w, p)) {
                    seen[w] = mark;
                    queue[tail++] = w;
                }
            }
        }
    }
}
