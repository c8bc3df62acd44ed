package org.modesign.analysis;

/**
 * {@code span-of-control} (format.md §3): in every phase, an active node with more direct reports
 * active in that phase than the design's {@code spanOfControlMax}.
 */
final class SpanRule {

    private SpanRule() {
    }

    static void check(Findings out) {
        ScenarioIndex index = out.index();
        int max = index.design().settings().spanOfControlMax();
        for (int p = 0; p < index.designIndex().phaseCount(); p++) {
            for (int v = 0; v < index.size(); v++) {
                if (index.isActive(v, p) && index.directReportCount(v) > max) {
                    int span = index.activeDirectReportCount(v, p);
                    if (span > max) {
                        out.add(Rule.SPAN_OF_CONTROL, p, -1, -1, new int[] {v},
                                FindingText.of(FindingKey.SPAN_OF_CONTROL, out.subject(v), span, out.phase(p), max));
                    }
                }
            }
        }
    }
}
