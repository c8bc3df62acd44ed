package org.modesign.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.modesign.analysis.Finding;
import org.modesign.analysis.RollUp;
import org.modesign.analysis.RollUps;
import org.modesign.analysis.ScenarioIndex;
import org.modesign.analysis.Severity;
import org.modesign.analysis.Validator;
import org.modesign.layout.Folding;
import org.modesign.layout.Spacing;
import org.modesign.model.Archetype;
import org.modesign.model.Design;
import org.modesign.model.Node;
import org.modesign.model.Phase;
import org.modesign.model.Scenario;
import org.modesign.render.ChartScene;
import org.modesign.render.RollUpFacts;
import org.modesign.render.SceneFolds;

/**
 * The chart an export draws, with its folded branches as the editor shows them: the cards of a
 * collapsed branch left out and a roll-up card under the collapsed card (its roles and FTE in the
 * phase exported, its archetype mix, its findings by severity, as {@link RollUps} counts them),
 * the shown cards arranged compactly when the editor shows them so. Branches are those of the
 * whole scenario (as on screen); the phase and the chosen cards then keep what they keep, as
 * {@link ChartSubset} says. The roll-ups carry no chevrons: paper cannot be clicked. O(cards + lines
 * + findings), plus the validator's run when anything is folded.
 */
public final class FoldedChart {

    private static final Archetype[] ARCHETYPES = Archetype.values();

    private FoldedChart() {
    }

    /** The scene of {@code request}'s chart: {@link ChartSubset} of its scenario, folded as its {@link ExportFolds} say. */
    public static ChartScene scene(ExportRequest request) {
        return scene(request.design(), request.scenario(), request.phase(), request.nodeIds(), request.folds(), null);
    }

    /**
     * The chart of {@code scenario} at {@code phase} (null: all phases), only {@code nodeIds} (null:
     * all), folded as {@code folds} say; the roll-ups count {@code findings} (the scenario's, of
     * every phase; null: the validator's).
     */
    public static ChartScene scene(Design design, Scenario scenario, Phase phase, Set<String> nodeIds,
            ExportFolds folds, List<Finding> findings) {
        if (!folds.any()) {
            return ChartScene.of(design, ChartSubset.of(design, scenario, phase, nodeIds));
        }
        Folding folding = Folding.of(scenario);
        Folding.Folded folded = folding.fold(folds.collapsed());
        if (!folded.any()) {
            return ChartScene.of(design, ChartSubset.of(design, scenario, phase, nodeIds));
        }
        Scenario placed = folds.arranged() ? arranged(scenario, folding, folded) : scenario;
        Scenario shown = ChartSubset.of(design, placed, phase, nodeIds);
        ChartScene scene = ChartScene.of(design, shown);
        List<Finding> all = findings != null ? findings : validated(design, scenario);
        return scene.withFolds(sceneFolds(design, scenario, phase, folding, folded, scene, inPhase(all, phase)));
    }

    /** {@code scenario} with its shown cards placed as the editor's arranged view of a folded chart places them. */
    private static Scenario arranged(Scenario scenario, Folding folding, Folding.Folded folded) {
        double[][] xy = folding.arranged(folded, Spacing.CARDS, Spacing.CARDS.verticalGap());
        List<Node> nodes = new ArrayList<>(scenario.nodes().size());
        for (int v = 0; v < scenario.nodes().size(); v++) {
            nodes.add(scenario.nodes().get(v).withPosition(xy[0][v], xy[1][v]));
        }
        return scenario.withNodes(nodes);
    }

    /** The folds of {@code scene} (numbered as the subset is), worked out on the whole scenario. */
    private static SceneFolds sceneFolds(Design design, Scenario scenario, Phase phase, Folding folding,
            Folding.Folded folded, ChartScene scene, List<Finding> findings) {
        int n = scene.nodeCount();
        boolean[] hidden = new boolean[n];
        List<Integer> shownCollapsed = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int v = folding.indexOf(scene.node(i).id());
            hidden[i] = v >= 0 && folded.hidden(v);
        }
        int p = phase == null ? -1 : design.phaseIndex(phase.id());
        RollUps rollUps = RollUps.of(ScenarioIndex.of(design, scenario), p, folded::owner, findings);
        List<RollUpFacts> facts = new ArrayList<>();
        for (int v : folded.collapsed()) {
            int i = scene.indexOf(folding.id(v));
            if (i >= 0) {
                shownCollapsed.add(i);
                facts.add(facts(rollUps.of(v)));
            }
        }
        return new SceneFolds(hidden, new boolean[0], shownCollapsed.stream().mapToInt(Integer::intValue).toArray(),
                facts.toArray(RollUpFacts[]::new));
    }

    /** The findings of the file and the scenario, as the validator words them. */
    private static List<Finding> validated(Design design, Scenario scenario) {
        List<Finding> all = new ArrayList<>(Validator.fileFindings(design));
        all.addAll(Validator.validate(design, scenario));
        return all;
    }

    /** Of {@code all}, those of {@code phase} (tied to it or to no phase); all of them when it is null. */
    private static List<Finding> inPhase(List<Finding> all, Phase phase) {
        if (phase == null) {
            return all;
        }
        List<Finding> inPhase = new ArrayList<>(all.size());
        for (Finding f : all) {
            if (f.phase() == null || f.phase().equals(phase.id())) {
                inPhase.add(f);
            }
        }
        return inPhase;
    }

    /** What the roll-up card of a folded branch shows, from the branch's {@code rollUp} (the editor's chart too). */
    public static RollUpFacts facts(RollUp rollUp) {
        List<Integer> mix = new ArrayList<>(ARCHETYPES.length);
        for (Archetype a : ARCHETYPES) {
            mix.add(rollUp.archetype(a));
        }
        return new RollUpFacts(rollUp.roles(), rollUp.fte(), mix, rollUp.findings(Severity.ERROR),
                rollUp.findings(Severity.WARNING), rollUp.findings(Severity.INFO));
    }
}
