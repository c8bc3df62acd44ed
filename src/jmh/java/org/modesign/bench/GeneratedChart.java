package org.modesign.bench;

import java.util.List;
import org.modesign.analysis.Finding;
import org.modesign.analysis.ScenarioIndex;
import org.modesign.analysis.Validator;
import org.modesign.generator.DesignGenerator;
import org.modesign.generator.GeneratorSpec;
import org.modesign.model.Design;
import org.modesign.model.Scenario;

/**
 * The chart the benchmarks of the chart's core share: {@code generate --roles N} with 3 regions,
 * 3 phases, 22 capabilities and one scenario, that scenario, and its findings (as the editor's
 * analysis finds them before a fold, an outline or a sentence is asked for).
 */
record GeneratedChart(Design design, Scenario scenario, List<Finding> findings) {

    /** The design of {@code roles} roles, before any analysis. */
    static Design design(int roles) {
        return DesignGenerator.generate(new GeneratorSpec(roles, 3, 3, 22, 1, 1));
    }

    /** The chart of {@code roles} roles, its findings found. */
    static GeneratedChart of(int roles) {
        Design design = design(roles);
        Scenario scenario = design.scenarios().get(0);
        return new GeneratedChart(design, scenario, Validator.validate(design, ScenarioIndex.of(design, scenario)));
    }

    /** The last phase: the one with the most of the design active. */
    int lastPhase() {
        return design.phases().size() - 1;
    }
}
