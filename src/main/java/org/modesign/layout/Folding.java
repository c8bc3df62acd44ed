package org.modesign.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.modesign.model.Scenario;

/**
 * Which cards a chart folds away when branches are collapsed. The branches are those of the
 * reporting tree the layout follows ({@link Forest}: a card's reports and, for a team, its members
 * without a solid line of their own); a card with reports or members can be collapsed. Collapsing a
 * card hides every card below it; a hidden card belongs to the roll-up of the highest collapsed card
 * above it that is itself shown. Built in O(cards + lines); {@link #fold} is O(cards).
 */
public final class Folding {

    private final Forest forest;
    private final Map<String, Integer> index;
    private final int[] first;
    private final int[] kids;
    private final int[] branchSizes;

    private Folding(Forest forest) {
        this.forest = forest;
        int n = forest.size();
        index = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            index.putIfAbsent(forest.node(i).id(), i);
        }
        first = new int[n + 1];
        kids = new int[n];
        for (int v = 0; v < n; v++) {
            if (forest.parent(v) >= 0) {
                first[forest.parent(v) + 1]++;
            }
        }
        for (int v = 0; v < n; v++) {
            first[v + 1] += first[v];
        }
        int[] fill = Arrays.copyOf(first, n);
        for (int v = 0; v < n; v++) {
            int p = forest.parent(v);
            if (p >= 0) {
                kids[fill[p]++] = v;
            }
        }
        branchSizes = branchSizes();
    }

    /** The last one made, and of which scenario: the chart and the outline of one scenario share it. */
    private static Folding last;
    private static Scenario lastOf;

    /**
     * The branches of {@code scenario}'s chart. The last one made is kept and given again for the
     * very same scenario (scenarios are immutable): the chart's folds and the outline both need it
     * after each edit, and it takes some tens of milliseconds at 50,000 cards.
     */
    public static Folding of(Scenario scenario) {
        synchronized (Folding.class) {
            if (lastOf == scenario) {
                return last;
            }
        }
        Folding made = new Folding(Forest.of(scenario));
        synchronized (Folding.class) {
            last = made;
            lastOf = scenario;
        }
        return made;
    }

    public int size() {
        return forest.size();
    }

    /** The card's number (scenario order), or -1. */
    public int indexOf(String id) {
        Integer i = index.get(id);
        return i == null ? -1 : i;
    }

    public String id(int v) {
        return forest.node(v).id();
    }

    /** Whether the card has reports or members, so that it can be collapsed. */
    public boolean foldable(int v) {
        return first[v + 1] > first[v];
    }

    /** How many cards lie below {@code v} (its reports, theirs, and so on); all are worked out with the branches, O(cards). */
    public int branchSize(int v) {
        return branchSizes[v];
    }

    private int[] branchSizes() {
        {
            int[] sizes = new int[size()];
            int[] order = topDown();
            for (int k = order.length - 1; k >= 0; k--) {
                int u = order[k];
                if (parent(u) >= 0) {
                    sizes[parent(u)] += sizes[u] + 1;
                }
            }
            return sizes;
        }
    }

    /** The card above {@code v} in the reporting tree, or -1. */
    public int parent(int v) {
        return forest.parent(v);
    }

    /**
     * The chart with the cards of {@code collapsed} folded (ids that name no foldable card are
     * ignored): which cards are hidden, and for each the shown card whose roll-up holds it.
     */
    public Folded fold(Collection<String> collapsed) {
        int n = size();
        boolean[] isCollapsed = new boolean[n];
        for (String id : collapsed) {
            int v = indexOf(id);
            if (v >= 0 && foldable(v)) {
                isCollapsed[v] = true;
            }
        }
        int[] owner = new int[n];
        Arrays.fill(owner, -1);
        List<Integer> shownCollapsed = new ArrayList<>();
        for (int v : topDown()) {
            int p = parent(v);
            if (p >= 0 && owner[p] >= 0) {
                owner[v] = owner[p];
            } else if (p >= 0 && isCollapsed[p]) {
                owner[v] = p;
            } else if (isCollapsed[v]) {
                shownCollapsed.add(v);
            }
        }
        return new Folded(owner, shownCollapsed.stream().mapToInt(Integer::intValue).toArray());
    }

    /** Every card, parents before their reports. */
    private int[] topDown() {
        int n = size();
        int[] order = new int[n];
        int tail = 0;
        for (int v = 0; v < n; v++) {
            if (parent(v) < 0) {
                order[tail++] = v;
            }
        }
        for (int head = 0; head < tail; head++) {
            int v = order[head];
            for (int k = first[v]; k < first[v + 1]; k++) {
                order[tail++] = kids[k];
            }
        }
        return order;
    }

    /** The ids of the foldable cards directly below {@code id}: what "collapse all below" folds. */
    public List<String> foldableReports(String id) {
        int v = indexOf(id);
        List<String> ids = new ArrayList<>();
        if (v >= 0) {
            for (int k = first[v]; k < first[v + 1]; k++) {
                if (foldable(kids[k])) {
                    ids.add(id(kids[k]));
                }
            }
        }
        return ids;
    }

    /** The cards above {@code id}, nearest first: to expand so that the card shows. */
    public List<String> above(String id) {
        List<String> ids = new ArrayList<>();
        int v = indexOf(id);
        for (int p = v < 0 ? -1 : parent(v); p >= 0; p = parent(p)) {
            ids.add(id(p));
        }
        return ids;
    }

    /**
     * What a chart of more than {@code most} cards opens with: as many levels from the top as hold
     * at most {@code most} cards together (the roots' level at least) are shown, and the foldable
     * cards of the lowest of them are collapsed, so that each shows its roll-up. Empty (nothing
     * folded) when the whole chart has at most {@code most} cards.
     */
    public Set<String> opening(int most) {
        Set<String> collapsed = new LinkedHashSet<>();
        if (size() <= most) {
            return collapsed;
        }
        int[] order = topDown();
        int[] depth = new int[size()];
        for (int v : order) {
            depth[v] = parent(v) < 0 ? 0 : depth[parent(v)] + 1;
        }
        int[] perDepth = new int[size() + 1];
        for (int v : order) {
            perDepth[depth[v]]++;
        }
        int shown = 0;
        int keep = 0;
        while (keep < perDepth.length && perDepth[keep] > 0 && shown + perDepth[keep] <= most) {
            shown += perDepth[keep];
            keep++;
        }
        int fold = Math.max(0, keep - 1);
        for (int v : order) {
            if (depth[v] == fold && foldable(v)) {
                collapsed.add(id(v));
            }
        }
        return collapsed;
    }

    /**
     * The shown cards of {@code folded} arranged as the compact layout arranges a chart (see
     * {@link TreeLayout}), each collapsed card with room below it for its roll-up card (one card of
     * {@code spacing}'s size, {@code rollUpGap} below it): x and y per card number, the hidden cards
     * at their own {@code x}, {@code y} from the scenario. The top-left shown card is at (0, 0). O(cards).
     */
    public double[][] arranged(Folded folded, Spacing spacing, double rollUpGap) {
        int n = size();
        int[] slot = new int[n];
        int shown = 0;
        for (int v = 0; v < n; v++) {
            slot[v] = folded.hidden(v) ? -1 : shown++;
        }
        int[] collapsedCards = folded.collapsed;
        int[] parent = new int[shown + collapsedCards.length];
        for (int v = 0; v < n; v++) {
            if (slot[v] >= 0) {
                parent[slot[v]] = parent(v) < 0 ? -1 : slot[parent(v)];
            }
        }
        for (int k = 0; k < collapsedCards.length; k++) {
            parent[shown + k] = slot[collapsedCards[k]];
        }
        Spacing roomy = new Spacing(spacing.cardWidth(), spacing.cardHeight(), spacing.horizontalGap(),
                Math.max(spacing.verticalGap(), rollUpGap), spacing.stackGap(), spacing.stackIndent());
        BlockLayout blocks = new BlockLayout(parent, roomy).place();
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int v = 0; v < n; v++) {
            xs[v] = slot[v] >= 0 ? blocks.x[slot[v]] : forest.node(v).x();
            ys[v] = slot[v] >= 0 ? blocks.y[slot[v]] : forest.node(v).y();
        }
        return new double[][] {xs, ys};
    }

    /** A chart's folded state: which cards are hidden, and in whose roll-up. */
    public static final class Folded {

        private final int[] owner;
        private final int[] collapsed;

        Folded(int[] owner, int[] collapsed) {
            this.owner = owner;
            this.collapsed = collapsed;
        }

        /** Whether card {@code v} is folded away. */
        public boolean hidden(int v) {
            return owner[v] >= 0;
        }

        /** The shown, collapsed card whose roll-up holds {@code v}, or -1 when {@code v} is shown. */
        public int owner(int v) {
            return owner[v];
        }

        /** The collapsed cards that are shown (each with a roll-up), in top-down order. */
        public int[] collapsed() {
            return collapsed.clone();
        }

        /** Whether anything is folded. */
        public boolean any() {
            return collapsed.length > 0;
        }
    }
}
