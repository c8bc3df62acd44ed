package org.modesign.analysis;

import java.util.ArrayList;
import java.util.List;
import org.modesign.model.Design;
import org.modesign.model.Scenario;

/**
 * Runs the rules of format.md §3 and format-v2.md §4 and returns their findings in the order they
 * prescribe. The findings about the whole file ({@code not-ready}, with no scenario) come first;
 * each scenario then takes O((nodes + lines + responsibilities + stack entries) × phases), plus
 * the findings.
 */
public final class Validator {

    private Validator() {
    }

    /** The findings of the design: those about the whole file, then those of every scenario, sorted. */
    public static List<Finding> validate(Design design) {
        DesignIndex designIndex = DesignIndex.of(design);
        List<Finding> all = new ArrayList<>(fileFindings(design));
        for (Scenario scenario : design.scenarios()) {
            all.addAll(check(ScenarioIndex.of(designIndex, scenario)));
        }
        return List.copyOf(all);
    }

    /**
     * The findings about the whole file, tied to no scenario ({@code not-ready}), in the charter's
     * order; they sort before every scenario's findings.
     */
    public static List<Finding> fileFindings(Design design) {
        return List.copyOf(ReadinessRule.check(design));
    }

    /** The findings of one scenario of the design, sorted (without those about the whole file). */
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
        StackRules.check(out, index.stack());
        return out.sorted();
    }
}
