package org.modesign.report;

import java.util.ArrayList;
import java.util.List;
import org.modesign.analysis.Finding;
import org.modesign.analysis.PhaseMetrics;
import org.modesign.analysis.Severity;

/**
 * The key figures of a scenario in a phase, by name and as written: FTE, roles, layers, spans,
 * coverage, people and martech cost, vacant FTE, hires, and the errors and warnings found. One list
 * for a phase's figures and for the comparison of the scenarios.
 */
final class KeyFigures {

    /** The names of the figures, in their order. */
    static final List<ReportText> NAMES = List.of(ReportText.FTE, ReportText.ROLES, ReportText.LAYERS,
            ReportText.SPAN_MAX, ReportText.SPAN_MEAN, ReportText.COVERAGE, ReportText.OPEN_FTE, ReportText.HIRES,
            ReportText.PEOPLE, ReportText.TOOL_COST, ReportText.MARTECH_SHARE, ReportText.ERRORS, ReportText.WARNINGS);

    private KeyFigures() {
    }

    /** The values of {@link #NAMES} for phase {@code p} of the scenario. */
    static List<String> values(ScenarioFacts facts, int p, ReportWords words) {
        PhaseMetrics m = facts.metrics().phases().get(p);
        String phase = m.phase();
        List<String> values = new ArrayList<>(NAMES.size());
        values.add(words.number(m.fte()));
        values.add(words.number(m.roles()));
        values.add(words.number(m.layers()));
        values.add(words.number(m.spanMax()));
        values.add(words.number(Math.round(m.spanMean() * 10) / 10.0));
        values.add(words.percent(m.coverage()));
        values.add(words.number(m.openFte()));
        values.add(words.number(m.hires()));
        values.add(words.money(m.peopleCost()));
        values.add(words.money(m.toolCost()));
        values.add(words.percent(m.martechShare()));
        values.add(words.number(count(facts.findings(), phase, Severity.ERROR)));
        values.add(words.number(count(facts.findings(), phase, Severity.WARNING)));
        return values;
    }

    /** The findings of {@code severity} that hold in {@code phase}: its own and those of no phase. */
    static int count(List<Finding> findings, String phase, Severity severity) {
        int count = 0;
        for (Finding f : findings) {
            if (f.severity() == severity && inPhase(f, phase)) {
                count++;
            }
        }
        return count;
    }

    static boolean inPhase(Finding f, String phase) {
        return f.phase() == null || f.phase().equals(phase);
    }
}
