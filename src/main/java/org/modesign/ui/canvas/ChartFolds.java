package org.modesign.ui.canvas;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.modesign.analysis.Finding;
import org.modesign.layout.Folding;
import org.modesign.layout.Spacing;
import org.modesign.model.Design;
import org.modesign.model.Node;
import org.modesign.model.Scenario;
import org.modesign.render.ChartScene;
import org.modesign.render.RollUpFacts;
import org.modesign.render.SceneFolds;
import org.modesign.ui.analysis.AnalysisResult;
import org.modesign.ui.base.EditorContext;

/**
 * Which branches of the chart are collapsed: a view setting per design file and scenario, kept in
 * the user's preferences ({@link FoldMemory}), never in the file. A design of more than
 * {@link #SCREENFUL} cards that was never folded opens with the levels below its first few folded
 * ({@link Folding#opening}). Gives the chart its {@link SceneFolds}: hidden cards, chevrons, and
 * each roll-up's roles, FTE and archetypes in the phase shown with its findings
 * ({@link FoldFigures}). The actions the menus, keys, chevrons and context menus call are the public
 * methods; each folds or unfolds at once and repaints.
 */
public final class ChartFolds {

    /** About the cards a screen shows at a legible zoom: a larger design opens folded. */
    static final int SCREENFUL = 60;
    /** How many cards a folded design opens with at most (its top levels; see {@link Folding#opening}). */
    static final int OPENING_CARDS = 30;

    private final EditorContext context;
    private final Runnable changed;
    private FoldMemory memory = FoldMemory.forUser();
    private final Map<String, Set<String>> collapsed = new HashMap<>();
    private Folding folding;
    private Scenario foldingOf;
    /** The last arranged view: of which scenario, with which collapsed cards, and its scene. */
    private Scenario arrangedOf;
    private Set<String> arrangedWith;
    private ChartScene arranged;
    private List<org.modesign.model.Region> arrangedRegions;
    private boolean showsArranged;
    /** The scene at the file's places of {@link #fileSceneOf}, for when the last branch is expanded again. */
    private ChartScene fileScene;
    private Scenario fileSceneOf;
    private boolean[] foldable;
    private boolean anyFoldable;
    private Folding foldableOf;
    private final FoldFigures figures = new FoldFigures();
    private String anchor;

    ChartFolds(EditorContext context, Runnable changed) {
        this.context = context;
        this.changed = changed;
    }

    /** Remembers folds in {@code other} from now on (tests use a node of their own). */
    public void useMemory(FoldMemory other) {
        memory = other;
        collapsed.clear();
        changed.run();
    }

    /**
     * The chart of {@code scenario} folded: {@code base} (its scene as the file places it) with the
     * folds; but a design of more than {@link #SCREENFUL} cards with a collapsed branch is shown
     * arranged (its shown cards laid out compactly, each roll-up in place of its branch), since its
     * folded branches would leave holes the size of their cards. The file's positions are not
     * changed; they show again when every branch is expanded.
     *
     * <p>A fold of an arranged chart touches only what it changed: the scene is
     * {@link ChartScene#rearranged rearranged} from the last one (the lines at the cards that
     * moved, were folded away or came back routed again; the rest shared), and the roll-ups of the
     * collapsed cards already shown are kept ({@link FoldFigures}). The scene of the file's places
     * is kept too, for when the last branch is expanded again.
     */
    ChartScene apply(Supplier<ChartScene> base, Design design, Scenario scenario) {
        Set<String> ids = collapsedOf(design, scenario);
        Folding f = folding(scenario);
        Folding.Folded folded = f.fold(ids);
        boolean[] hidden = folded.any() ? hiddenOf(f, folded) : null;
        SceneFolds sceneFolds = sceneFolds(design, scenario, f, folded, hidden);
        boolean wasArranged = showsArranged;
        showsArranged = scenario.nodes().size() > SCREENFUL && sceneFolds.count() > 0;
        if (!showsArranged) {
            if (wasArranged && fileScene != null && fileSceneOf.id().equals(scenario.id())) {
                fileScene = fileSceneOf == scenario ? fileScene : fileScene.updatedTo(design, scenario);
            } else {
                fileScene = base.get();
            }
            fileSceneOf = scenario;
            return fileScene.withFolds(sceneFolds);
        }
        if (arranged == null || arrangedOf != scenario || !ids.equals(arrangedWith)) {
            double[][] xy = f.arranged(folded, Spacing.CARDS, Spacing.CARDS.verticalGap());
            if (arranged != null && arrangedOf == scenario && design.regions().equals(arrangedRegions)) {
                arranged = arranged.rearranged(xy[0], xy[1], hidden);
            } else {
                List<Node> nodes = new ArrayList<>(scenario.nodes().size());
                for (int v = 0; v < scenario.nodes().size(); v++) {
                    nodes.add(scenario.nodes().get(v).withPosition(xy[0][v], xy[1][v]));
                }
                arranged = ChartScene.of(design, scenario.withNodes(nodes), hidden);
                arrangedOf = scenario;
                arrangedRegions = design.regions();
            }
            arrangedWith = Set.copyOf(ids);
        }
        return arranged.withFolds(sceneFolds);
    }

    /** Whether the chart shows a folded large design arranged, not at its cards' own places (cards do not move then). */
    public boolean showsArranged() {
        return showsArranged;
    }

    /** The folds of {@code scenario} of {@code design} as the chart shows them in the phase shown. */
    SceneFolds sceneFolds(Design design, Scenario scenario) {
        Folding f = folding(scenario);
        Folding.Folded folded = f.fold(collapsedOf(design, scenario));
        return sceneFolds(design, scenario, f, folded, folded.any() ? hiddenOf(f, folded) : null);
    }

    private static boolean[] hiddenOf(Folding f, Folding.Folded folded) {
        boolean[] hidden = new boolean[f.size()];
        for (int v = 0; v < hidden.length; v++) {
            hidden[v] = folded.hidden(v);
        }
        return hidden;
    }

    private SceneFolds sceneFolds(Design design, Scenario scenario, Folding f, Folding.Folded folded, boolean[] hidden) {
        boolean[] foldable = foldable(f);
        if (!folded.any()) {
            return anyFoldable ? new SceneFolds(new boolean[0], foldable, new int[0], new RollUpFacts[0]) : SceneFolds.NONE;
        }
        int[] shown = folded.collapsed();
        RollUpFacts[] facts = figures.of(design, scenario, phase(design), findings(scenario), folded, shown);
        return new SceneFolds(hidden, foldable, shown, facts);
    }

    /** Per card, whether it has reports or members: worked out once per scenario. */
    private boolean[] foldable(Folding f) {
        if (foldableOf != f) {
            boolean[] foldable = new boolean[f.size()];
            boolean any = false;
            for (int v = 0; v < foldable.length; v++) {
                foldable[v] = f.foldable(v);
                any |= foldable[v];
            }
            this.foldable = foldable;
            anyFoldable = any;
            foldableOf = f;
        }
        return foldable;
    }

    private int phase(Design design) {
        String id = context.document().phaseIdProperty().get();
        return id == null ? -1 : design.phaseIndex(id);
    }

    /** The findings of the phase shown, when the live analysis has worked this scenario out. */
    private List<Finding> findings(Scenario scenario) {
        AnalysisResult result = context.analysis().resultProperty().get();
        if (result == null || !scenario.id().equals(result.scenario())) {
            return List.of();
        }
        return result.forPhase(context.document().phaseIdProperty().get()).findings();
    }

    private Folding folding(Scenario scenario) {
        if (scenario != foldingOf) {
            folding = Folding.of(scenario);
            foldingOf = scenario;
        }
        return folding;
    }

    private String designKey(Design design) {
        Path file = context.document().fileProperty().get();
        return file != null ? file.toAbsolutePath().normalize().toString() : "unsaved:" + design.title();
    }

    /** The collapsed cards of the scenario: remembered, else those a large design opens with. */
    private Set<String> collapsedOf(Design design, Scenario scenario) {
        String key = designKey(design) + "\u0000" + scenario.id();
        return collapsed.computeIfAbsent(key, k -> {
            Set<String> remembered = memory.recall(designKey(design), scenario.id());
            if (remembered != null) {
                return remembered;
            }
            return scenario.nodes().size() > SCREENFUL ? folding(scenario).opening(OPENING_CARDS) : new LinkedHashSet<>();
        });
    }

    private Set<String> current() {
        return collapsedOf(context.document().design(), context.document().scenario());
    }

    private Folding currentFolding() {
        return folding(context.document().scenario());
    }

    private void store(Set<String> next) {
        store(next, null);
    }

    /** The card the last fold or unfold was made at, which the chart keeps in place on screen; or null. */
    String anchor() {
        return anchor;
    }

    private void store(Set<String> next, String at) {
        anchor = at;
        Design design = context.document().design();
        Scenario scenario = context.document().scenario();
        collapsed.put(designKey(design) + "\u0000" + scenario.id(), next);
        memory.remember(designKey(design), scenario.id(), next);
        changed.run();
    }

    /** Whether card {@code id} has reports or members, so that it can be collapsed. */
    public boolean canFold(String id) {
        int v = currentFolding().indexOf(id);
        return v >= 0 && currentFolding().foldable(v);
    }

    /** Whether card {@code id} is collapsed. */
    public boolean isCollapsed(String id) {
        return current().contains(id);
    }

    /** The ids of the collapsed cards of the scenario shown. */
    public Set<String> collapsedIds() {
        return Set.copyOf(current());
    }

    /** Collapses the cards of {@code ids} that have reports or members. */
    public void collapse(Collection<String> ids) {
        Set<String> next = new LinkedHashSet<>(current());
        for (String id : ids) {
            if (canFold(id)) {
                next.add(id);
            }
        }
        store(next);
    }

    /** Expands the cards of {@code ids}. */
    public void expand(Collection<String> ids) {
        Set<String> next = new LinkedHashSet<>(current());
        next.removeAll(ids);
        store(next);
    }

    /**
     * Collapses card {@code id} when it is expanded, else expands it (the chevron, a click on a
     * roll-up) by one level: when its branch holds more than a {@link #SCREENFUL} of cards, its
     * reports that have reports of their own come collapsed. The card stays where it is on screen.
     */
    public void toggle(String id) {
        Set<String> next = new LinkedHashSet<>(current());
        if (next.remove(id)) {
            Folding f = currentFolding();
            int v = f.indexOf(id);
            if (v >= 0 && f.branchSize(v) > SCREENFUL) {
                next.addAll(f.foldableReports(id));
            }
        } else if (canFold(id)) {
            next.add(id);
        }
        store(next, id);
    }

    /**
     * Shows the cards of {@code ids} expanded with each of their reports collapsed; with no ids, the
     * roots so (the top of the organisation).
     */
    public void collapseAllBelow(Collection<String> ids) {
        Folding f = currentFolding();
        List<String> tops = new ArrayList<>(ids);
        if (tops.isEmpty()) {
            for (int v = 0; v < f.size(); v++) {
                if (f.parent(v) < 0) {
                    tops.add(f.id(v));
                }
            }
        }
        Set<String> next = new LinkedHashSet<>(current());
        next.removeAll(tops);
        for (String id : tops) {
            next.addAll(f.foldableReports(id));
        }
        store(next);
    }

    /** Expands every branch of the scenario shown. */
    public void expandAll() {
        store(new LinkedHashSet<>());
    }

    /** Expands the cards above {@code id}, so that it shows (for find); nothing when it shows already. */
    public void reveal(String id) {
        reveal(List.of(id));
    }

    /**
     * Expands the cards above each of {@code ids}, so that they show (find, the outline's
     * selection), with one repaint; nothing when they show already. As a click on a chevron does,
     * a card opened on the way whose branch holds more than a {@link #SCREENFUL} of cards shows its
     * other reports collapsed, and so does a card revealed with such a branch below it: the chart
     * shows the way down to the cards, not the thousands of cards beside it.
     */
    public void reveal(Collection<String> ids) {
        Folding f = currentFolding();
        Set<String> now = current();
        Set<String> next = new LinkedHashSet<>(now);
        Set<String> ancestors = new java.util.HashSet<>();
        List<String> revealed = new ArrayList<>();
        for (String id : ids) {
            List<String> above = f.above(id);
            int top = -1;
            for (int k = 0; k < above.size(); k++) {
                if (now.contains(above.get(k))) {
                    top = k;
                }
            }
            if (top < 0) {
                continue;
            }
            revealed.add(id);
            ancestors.addAll(above);
            for (int k = top; k >= 0; k--) {
                String card = above.get(k);
                if (f.branchSize(f.indexOf(card)) > SCREENFUL) {
                    next.addAll(f.foldableReports(card));
                }
            }
        }
        for (String id : revealed) {
            int v = f.indexOf(id);
            if (v >= 0 && f.foldable(v) && f.branchSize(v) > SCREENFUL) {
                next.add(id);
            } else if (!now.contains(id)) {
                next.remove(id);
            }
        }
        next.removeAll(ancestors);
        if (!next.equals(now)) {
            store(next);
        }
    }
}
