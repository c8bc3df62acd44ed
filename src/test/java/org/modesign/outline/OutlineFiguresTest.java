package org.modesign.outline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.modesign.analysis.Finding;
import org.modesign.analysis.RollUp;
import org.modesign.analysis.RollUps;
import org.modesign.analysis.ScenarioIndex;
import org.modesign.analysis.Validator;
import org.modesign.generator.DesignGenerator;
import org.modesign.generator.GeneratorSpec;
import org.modesign.layout.Folding;
import org.modesign.model.Design;
import org.modesign.model.Scenario;

class OutlineFiguresTest {

    private static final Design DESIGN = DesignGenerator.generate(new GeneratorSpec(1_500, 3, 3, 22, 1, 11));

    /** Each branch shows what the chart's roll-up card of that branch shows when it alone is collapsed. */
    @Test
    void aBranchHoldsWhatItsRollUpCardHoldsOnTheChart() {
        Scenario scenario = DESIGN.scenarios().get(0);
        ScenarioIndex index = ScenarioIndex.of(DESIGN, scenario);
        List<Finding> findings = Validator.validate(DESIGN, index);
        OutlineTree tree = OutlineTree.of(scenario);
        Folding folding = Folding.of(scenario);
        int checked = 0;
        for (int phase = -1; phase < DESIGN.phases().size(); phase++) {
            OutlineFigures figures = OutlineFigures.of(DESIGN, tree, phase, findings);
            for (int v = 0; v < tree.size(); v += 7) {
                if (!folding.foldable(v)) {
                    continue;
                }
                Folding.Folded folded = folding.fold(Set.of(folding.id(v)));
                RollUp chart = RollUps.of(index, phase, folded::owner, findings).of(v);
                assertEquals(chart.roles(), figures.branchRoles(v), tree.id(v) + " in phase " + phase);
                assertEquals(chart.fte(), figures.branchFte(v), 1e-6, tree.id(v) + " in phase " + phase);
                checked++;
            }
        }
        assertTrue(checked > 100, "checked " + checked);
    }

    @Test
    void aCardOutsideThePhaseIsInactiveAndCountsNoFte() {
        Scenario scenario = DESIGN.scenarios().get(0);
        ScenarioIndex index = ScenarioIndex.of(DESIGN, scenario);
        OutlineTree tree = OutlineTree.of(scenario);
        OutlineFigures all = OutlineFigures.of(DESIGN, tree, -1, List.of());
        boolean sawInactive = false;
        for (int phase = 0; phase < DESIGN.phases().size(); phase++) {
            OutlineFigures figures = OutlineFigures.of(DESIGN, tree, phase, List.of());
            for (int v = 0; v < tree.size(); v++) {
                assertEquals(index.isActive(v, phase), figures.active(v));
                assertTrue(all.active(v));
                if (!figures.active(v) && index.isRole(v)) {
                    sawInactive = true;
                    assertEquals(0, figures.fte(v));
                }
            }
        }
        assertTrue(sawInactive, "the generated design has roles that start or end in a phase");
        assertFalse(tree.size() == 0);
    }
}
