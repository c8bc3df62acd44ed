package org.modesign.analysis;

import java.util.ArrayList;
import java.util.List;
import org.modesign.model.Design;
import org.modesign.model.Scenario;

/**
 * Runs the eight rules of format.md §3 and returns their findings in the order it prescribes.
 * Each scenario takes O((nodes + lines + responsibilities) × phases), plus the findings.
 */
public final class Validator {

    private Validator() {
    }

    /** The findings of every scenario of the design, sorted. */
    public static List<Finding> validate(Design design) {
        DesignIndex designIndex = DesignIndex.of(design);
        List<Finding> all = new ArrayList<>();
        for (Scenario scenario : design.scenarios()) {
            all.addAll(check(ScenarioIndex.of(designIndex, scenario)));
        }
        return List.copyOf(all);
    }

    /** The findings of one scenario of the design, sorted. */
    public static List<Finding> validate(Design design, Scenario scenario) {
        return validate(design, ScenarioIndex.of(design, scenario));
    }

    /** The findings of the scenario the index was built for (from {@code design}), sorted. */
    public static List<Finding> validate(Design design, ScenarioIndex index) {
        return List.copyOf(check(index));
    }

    private static List<Finding> check(ScenarioIndex index) {
        Findings out = new Findings(index);
        SlotRules.check(out);
        OverlapRule.check(out);
        ReportingRules.check(out);
        PathToCeoRule.check(out);
        SpanRule.check(out);
        ArchetypeRule.check(out);
        return out.sorted();
    }
}
