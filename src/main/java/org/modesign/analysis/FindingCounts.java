package org.modesign.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * How many findings of each severity a scenario has in one phase: the findings of that phase plus
 * the ones that are not phase-specific ({@code reporting-cycle}, {@code multiple-managers}),
 * which hold in every phase.
 */
public record FindingCounts(String phase, int errors, int warnings, int infos) {

    /** The counts for every phase of {@code design}, in phase order, from one scenario's findings. */
    public static List<FindingCounts> perPhase(DesignIndex design, List<Finding> scenarioFindings) {
        int phases = design.phaseCount();
        int[][] counts = new int[phases][Severity.values().length];
        int[] everyPhase = new int[Severity.values().length];
        for (Finding f : scenarioFindings) {
            int severity = f.severity().ordinal();
            if (f.phase() == null) {
                everyPhase[severity]++;
            } else {
                int p = design.phaseIndex(f.phase());
                if (p >= 0) {
                    counts[p][severity]++;
                }
            }
        }
        List<FindingCounts> list = new ArrayList<>(phases);
        for (int p = 0; p < phases; p++) {
            list.add(new FindingCounts(design.phase(p).id(), count(counts[p], everyPhase, Severity.ERROR),
                    count(counts[p], everyPhase, Severity.WARNING), count(counts[p], everyPhase, Severity.INFO)));
        }
        return list;
    }

    private static int count(int[] phase, int[] everyPhase, Severity severity) {
        return phase[severity.ordinal()] + everyPhase[severity.ordinal()];
    }
}
