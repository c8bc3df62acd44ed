package org.modesign.analysis;

import java.util.ArrayList;
import java.util.List;
import org.modesign.model.Design;
import org.modesign.model.Readiness;
import org.modesign.model.ReadinessAnswer;

/**
 * {@code not-ready} (format-v2.md §4, §7): one finding per readiness test of the charter answered
 * {@code no}, once per file, in the charter's order; no scenario, phase, capability, region or
 * tool, no nodes and no tools.
 */
final class ReadinessRule {

    private ReadinessRule() {
    }

    static List<Finding> check(Design design) {
        List<Finding> findings = new ArrayList<>();
        for (Readiness r : design.charter().readiness()) {
            if (r.answer() == ReadinessAnswer.NO) {
                findings.add(new Finding(Rule.NOT_READY, null, null, null, null, List.of(), text(r)));
            }
        }
        return findings;
    }

    private static FindingText text(Readiness r) {
        FindingText test = FindingText.of(switch (r.test()) {
            case NEED -> FindingKey.READINESS_NEED;
            case TECHNOLOGY -> FindingKey.READINESS_TECHNOLOGY;
            case REVENUE -> FindingKey.READINESS_REVENUE;
        });
        return r.note().isEmpty() ? FindingText.of(FindingKey.NOT_READY, test)
                : FindingText.of(FindingKey.NOT_READY_NOTE, test, r.note());
    }
}
