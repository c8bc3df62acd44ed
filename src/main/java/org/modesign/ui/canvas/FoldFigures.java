package org.modesign.ui.canvas;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.modesign.analysis.Finding;
import org.modesign.analysis.RollUps;
import org.modesign.analysis.ScenarioIndex;
import org.modesign.layout.Folding;
import org.modesign.model.Design;
import org.modesign.model.Scenario;
import org.modesign.export.FoldedChart;
import org.modesign.render.RollUpFacts;

/**
 * The roll-ups of the chart's collapsed cards ({@link RollUps}: roles, FTE and archetypes in the
 * phase shown, findings by severity), kept per card while the design, the phase and the findings
 * stay the same: a collapsed card's roll-up holds its whole branch, whatever else is folded, so a
 * fold works out only the roll-ups of the cards it collapsed, not those of every collapsed card.
 * The scenario's index is kept while the design is the same.
 */
final class FoldFigures {


    private Design design;
    private Scenario scenario;
    private int phase;
    private List<Finding> findings;
    private ScenarioIndex index;
    private final Map<Integer, RollUpFacts> known = new HashMap<>();

    /**
     * The roll-ups of the collapsed cards {@code shown} of {@code folded}, a fold of
     * {@code scenario} of {@code design}, in phase {@code phase} (-1: all) with {@code findings}.
     */
    RollUpFacts[] of(Design design, Scenario scenario, int phase, List<Finding> findings, Folding.Folded folded,
            int[] shown) {
        if (design != this.design || scenario != this.scenario) {
            index = null;
            known.clear();
        } else if (phase != this.phase || findings != this.findings) {
            known.clear();
        }
        this.design = design;
        this.scenario = scenario;
        this.phase = phase;
        this.findings = findings;
        List<Integer> missing = new ArrayList<>();
        for (int card : shown) {
            if (!known.containsKey(card)) {
                missing.add(card);
            }
        }
        if (!missing.isEmpty()) {
            if (index == null) {
                index = ScenarioIndex.of(design, scenario);
            }
            boolean[] wanted = new boolean[index.size()];
            for (int card : missing) {
                wanted[card] = true;
            }
            RollUps rollUps = RollUps.of(index, phase, v -> {
                int owner = folded.owner(v);
                return owner >= 0 && wanted[owner] ? owner : -1;
            }, findings);
            for (int card : missing) {
                known.put(card, FoldedChart.facts(rollUps.of(card)));
            }
        }
        RollUpFacts[] facts = new RollUpFacts[shown.length];
        for (int k = 0; k < shown.length; k++) {
            facts[k] = known.get(shown[k]);
        }
        return facts;
    }
}
