package org.modesign.render;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import org.modesign.model.Design;
import org.modesign.model.Line;
import org.modesign.model.Node;
import org.modesign.model.Region;
import org.modesign.model.Scenario;

/**
 * The geometry of one scenario's chart: a card per node, a routed line per reporting line and per
 * implicit team membership, and spatial grids over both for culling and hit-testing. Immutable;
 * built in O(nodes + lines) by {@link #of}.
 *
 * <p>Nodes are numbered as in {@link Scenario#nodes()}; that number is also the z-order (a later
 * node is painted over an earlier one). Lines {@code 0 .. modelLineCount()-1} are the scenario's
 * lines in file order; the {@link LineKind#MEMBER} connectors follow.
 *
 * <p>During a drag, call {@link #withMovedNodes} on the scene from the start of the drag for every
 * pointer event: it routes only the lines at the moved nodes and puts the moved cards and those
 * lines on a short list beside the grids instead of rebuilding them; what is left in O(nodes) is
 * a few plain array copies (about 0.4 ms at 10,000 roles). After an edit is committed, take the
 * new design in with {@link #updatedTo}: it shares what the edit left as it was, and builds the
 * scene afresh ({@link #of}) only when a card's content, a line or a region changed.
 */
public final class ChartScene {

    private final List<Node> nodes;
    /** The scenario's lines and the design's regions the scene was built from (see {@link #updatedTo}). */
    private final List<Line> modelLines;
    private final List<Region> regions;
    private final Map<String, Integer> indexById;
    private final CardFacts facts;
    private static final int[] NONE = new int[0];
    private final SpatialGrid cards;
    private final SceneLines lines;
    private final SpatialGrid segments;
    private final Rect bounds;
    /** Shared by the scenes that paint alike (see {@link #looksLike}). */
    private final Object look;
    /** The folded branches: hidden cards, chevrons, roll-ups. */
    private final SceneFolds folds;

    /** No card left off: the chart of {@link #of(Design, Scenario)}. */
    static final boolean[] NO_CARDS = new boolean[0];

    /** Per card number, whether it is left off the chart (folded away): no line goes around it, a line at it has no route. */
    private final boolean[] absent;

    ChartScene(List<Node> nodes, List<Line> modelLines, List<Region> regions, Map<String, Integer> indexById,
            CardFacts facts, SpatialGrid cards, SceneLines lines, SpatialGrid segments, boolean[] absent) {
        this(nodes, modelLines, regions, indexById, facts, cards, lines, segments, new Object(), SceneFolds.NONE,
                absent);
    }

    private ChartScene(List<Node> nodes, List<Line> modelLines, List<Region> regions, Map<String, Integer> indexById,
            CardFacts facts, SpatialGrid cards, SceneLines lines, SpatialGrid segments, Object look,
            SceneFolds folds, boolean[] absent) {
        this.look = look;
        this.folds = folds;
        this.nodes = nodes;
        this.modelLines = modelLines;
        this.regions = regions;
        this.indexById = indexById;
        this.facts = facts;
        this.cards = cards;
        this.lines = lines;
        this.segments = segments;
        this.absent = absent;
        this.bounds = cardBounds(cards, nodes.size(), folds);
    }

    /** Whether card {@code index} is marked in {@code absent} (shorter arrays: the rest present). */
    static boolean absent(boolean[] absent, int index) {
        return index >= 0 && index < absent.length && absent[index];
    }

    /**
     * This chart with {@code newFolds} folded (the same when they are what it has): O(cards) for
     * the bounds, nothing rebuilt.
     */
    public ChartScene withFolds(SceneFolds newFolds) {
        if (newFolds.equals(folds)) {
            return this;
        }
        return new ChartScene(nodes, modelLines, regions, indexById, facts, cards, lines, segments, new Object(),
                newFolds, absent);
    }

    public SceneFolds folds() {
        return folds;
    }

    /** Whether card {@code index} is folded away (in a collapsed branch). */
    public boolean hidden(int index) {
        return folds.hidden(index);
    }

    /** The roll-up card of the {@code k}-th shown collapsed card ({@link SceneFolds#collapsed}): just below it. */
    public Rect rollUpCard(int k) {
        return RollUpPainter.cardUnder(card(folds.collapsed(k)));
    }

    /** The collapsed card whose roll-up card holds the point, or -1. */
    public int rollUpAt(double x, double y) {
        for (int k = folds.count() - 1; k >= 0; k--) {
            if (rollUpCard(k).contains(x, y)) {
                return folds.collapsed(k);
            }
        }
        return -1;
    }

    /** The shown, foldable card whose chevron (collapse or expand) holds the point, or -1. */
    public int chevronAt(double x, double y) {
        double r = RollUpPainter.CHEVRON_RADIUS + 2;
        int[] found = {-1};
        cards.query(x - 2 * r, y - 2 * r, x + 2 * r, y + 2 * r, i -> {
            if (!folds.hidden(i) && folds.foldable(i)) {
                double[] c = RollUpPainter.chevronCentre(card(i));
                if (Math.hypot(x - c[0], y - c[1]) <= r) {
                    found[0] = Math.max(found[0], i);
                }
            }
        });
        return found[0];
    }

    /**
     * Whether this scene paints exactly as {@code other} does: {@link #updatedTo} keeps the look
     * when an edit changed nothing a card or line shows (a RACI letter, a phase), so that the
     * picture already painted can stay.
     */
    public boolean looksLike(ChartScene other) {
        return other != null && other.look == look;
    }

    /** The chart of {@code scenario}, a scenario of {@code design} (which names its regions). */
    public static ChartScene of(Design design, Scenario scenario) {
        return new SceneBuilder(design, scenario).build();
    }

    /**
     * The chart of {@code scenario} with the cards of {@code absent} left off, as a folded chart
     * shows it (with {@link #withFolds} of the same cards hidden): no line goes around a card left
     * off, and a line at one has no route. Such a scene is made again after another fold with
     * {@link #rearranged}, which routes only what the fold changed.
     *
     * @param absent per card number, whether it is left off (kept, not copied: do not change it)
     */
    public static ChartScene of(Design design, Scenario scenario, boolean[] absent) {
        return new SceneBuilder(design, scenario, absent).build();
    }

    /**
     * This chart with its cards at new places and another set of cards left off (see
     * {@link #of(Design, Scenario, boolean[])}): card {@code i} is put with its top-left corner at
     * ({@code xs[i]}, {@code ys[i]}) unless it is left off (then it stays where it was). Only the
     * lines at the cards that moved, came back or were left off are routed again, and those that
     * run through or beside their places (as {@link #withMovedNodes} does); the rest is shared. So
     * folding a branch of a large chart costs what the branch and the cards that moved cost, not a
     * rebuild. The folds are kept: give the new ones with {@link #withFolds}.
     *
     * @param newAbsent per card number, whether it is left off now (kept, not copied)
     */
    public ChartScene rearranged(double[] xs, double[] ys, boolean[] newAbsent) {
        int n = nodes.size();
        if (xs.length < n || ys.length < n) {
            throw new IllegalArgumentException("one x and one y are needed per card");
        }
        IntCollector moved = new IntCollector();
        IntCollector changed = new IntCollector();
        for (int i = 0; i < n; i++) {
            boolean was = absent(absent, i);
            boolean now = absent(newAbsent, i);
            if (now) {
                if (!was) {
                    changed.accept(i);
                }
            } else if (was || xs[i] != cards.minX(i) || ys[i] != cards.minY(i)) {
                // A card shown again is put back in the grid even where it was: a scene built with
                // it left off has it in no cell.
                moved.accept(i);
                changed.accept(i);
            }
        }
        int[] movedCards = moved.unsorted();
        int[] changedCards = changed.unsorted();
        if (changedCards.length == 0) {
            return this;
        }
        double[] boxes = cardBoxes(movedCards, k -> xs[movedCards[k]], k -> ys[movedCards[k]]);
        SpatialGrid newCards = movedCards.length == 0 ? cards : cards.withMoved(movedCards, boxes);
        java.util.BitSet found = new java.util.BitSet(lines.count());
        for (int line : lines.linesAt(changedCards)) {
            found.set(line);
        }
        double margin = LineRouter.CLEARANCE + 1;
        Map<Long, double[]> areas = new java.util.HashMap<>();
        for (int i : changedCards) {
            if (!absent(absent, i)) {
                addToArea(areas, cards.minX(i) - margin, cards.minY(i) - margin, cards.maxX(i) + margin,
                        cards.maxY(i) + margin);
            }
            if (!absent(newAbsent, i)) {
                addToArea(areas, newCards.minX(i), newCards.minY(i), newCards.maxX(i), newCards.maxY(i));
            }
        }
        IntConsumer add = slot -> found.set(slot / LineRoute.MAX_SEGMENTS);
        for (double[] area : areas.values()) {
            segments.query(area[0], area[1], area[2], area[3], add);
        }
        return routedAgain(found.stream().toArray(), newCards, newAbsent);
    }

    /** Side of the squares in which {@link #rearranged} gathers the places of changed cards into one query. */
    private static final double AREA = 1024;

    /**
     * Adds a box to the area of its square: a branch of a thousand cards is then looked up with a
     * query per square it covers instead of two per card, which finds every line the cards' own
     * queries would (and a few more, routed again for nothing).
     */
    private static void addToArea(Map<Long, double[]> areas, double x0, double y0, double x1, double y1) {
        long key = (long) Math.floor(x0 / AREA) << 32 ^ ((long) Math.floor(y0 / AREA) & 0xffffffffL);
        double[] area = areas.get(key);
        if (area == null) {
            areas.put(key, new double[] {x0, y0, x1, y1});
        } else {
            area[0] = Math.min(area[0], x0);
            area[1] = Math.min(area[1], y0);
            area[2] = Math.max(area[2], x1);
            area[3] = Math.max(area[3], y1);
        }
    }

    /** This chart with {@code newCards}, {@code newAbsent} and the lines of {@code touched} routed again. */
    private ChartScene routedAgain(int[] touched, SpatialGrid newCards, boolean[] newAbsent) {
        LineRoute[] routes = new LineRoute[touched.length];
        int[] slots = new int[touched.length * LineRoute.MAX_SEGMENTS];
        double[] slotBoxes = new double[4 * slots.length];
        LineRouter router = new LineRouter(newCards, newAbsent);
        for (int k = 0; k < touched.length; k++) {
            int line = touched[k];
            int from = lines.from(line);
            int to = lines.to(line);
            routes[k] = from < 0 || to < 0 || from == to || absent(newAbsent, from) || absent(newAbsent, to)
                    ? LineRoute.NONE : router.route(from, to);
            routes[k].writeSegmentBoxes(slotBoxes, 4 * k * LineRoute.MAX_SEGMENTS);
            for (int s = 0; s < LineRoute.MAX_SEGMENTS; s++) {
                slots[k * LineRoute.MAX_SEGMENTS + s] = line * LineRoute.MAX_SEGMENTS + s;
            }
        }
        return new ChartScene(nodes, modelLines, regions, indexById, facts, newCards,
                lines.withRoutes(touched, routes), segments.withMoved(slots, slotBoxes), new Object(), folds,
                newAbsent);
    }

    public int nodeCount() {
        return nodes.size();
    }

    /** The model node; after {@link #withMovedNodes} its {@code x}, {@code y} may lag behind its card's. */
    public Node node(int index) {
        return nodes.get(index);
    }

    /** The number of the node with this id, or -1. */
    public int indexOf(String id) {
        Integer index = indexById.get(id);
        return index == null ? -1 : index;
    }

    /** The name of the node's declared region, or {@code null} for {@code global} and for executives. */
    public String regionName(int index) {
        return facts.regionNames()[index];
    }

    /** The members and FTE of the team cards and the tools each card owns, over all phases (each role at its own FTE). */
    public TeamFigures teamFigures() {
        return new TeamFigures() {
            @Override
            public int members(int index) {
                return ChartScene.this.members(index);
            }

            @Override
            public double fte(int index) {
                return memberFte(index);
            }

            @Override
            public int tools(int index) {
                return ownedTools(index);
            }
        };
    }

    /** How many tools of the stack card {@code index} owns, over all phases. */
    public int ownedTools(int index) {
        return facts.tools()[index];
    }

    /**
     * For a committee or squad card, the numbers of the cards serving on it (its roles, then those
     * that also serve on it); an empty array for other cards.
     */
    public int[] listedMembers(int index) {
        int[] listed = facts.listed()[index];
        return listed == null ? NONE : listed;
    }

    /** For a team card, how many roles are in the team or also serve on it; 0 for other cards. */
    public int members(int index) {
        return facts.members()[index];
    }

    /** For a team card, the FTE of the roles in the team or also serving on it; 0 for other cards. */
    public double memberFte(int index) {
        return facts.fte()[index];
    }

    public double cardX(int index) {
        return cards.minX(index);
    }

    public double cardY(int index) {
        return cards.minY(index);
    }

    public double cardWidth(int index) {
        return cards.maxX(index) - cards.minX(index);
    }

    public double cardHeight(int index) {
        return cards.maxY(index) - cards.minY(index);
    }

    public Rect card(int index) {
        return rect(cards, index);
    }

    /** The smallest rectangle holding every card (and so every line); {@link Rect#EMPTY} for an empty chart. */
    public Rect bounds() {
        return bounds;
    }

    /** Reports once, in no particular order, each node whose card shares a point with {@code area}. */
    public void forEachNodeIn(Rect area, IntConsumer action) {
        if (folds.count() == 0) {
            cards.query(area.x(), area.y(), area.maxX(), area.maxY(), action);
        } else {
            cards.query(area.x(), area.y(), area.maxX(), area.maxY(), i -> {
                if (!folds.hidden(i)) {
                    action.accept(i);
                }
            });
        }
    }

    /** The nodes whose cards share a point with {@code area}, in ascending (painting) order. */
    public int[] nodesIn(Rect area) {
        IntCollector found = new IntCollector();
        forEachNodeIn(area, found);
        return found.sorted();
    }

    /** The topmost node whose card holds the point, or -1. */
    public int nodeAt(double x, double y) {
        int[] top = {-1};
        forEachNodeIn(new Rect(x, y, 0, 0), i -> top[0] = Math.max(top[0], i));
        return top[0];
    }

    public int lineCount() {
        return lines.count();
    }

    /** How many of the lines are the scenario's own (the rest are member connectors). */
    public int modelLineCount() {
        return lines.modelCount();
    }

    /** The subordinate's node number, or -1 when the line's end is not in the scenario. */
    public int lineFrom(int line) {
        return lines.from(line);
    }

    /** The superior's node number, or -1 when the line's end is not in the scenario. */
    public int lineTo(int line) {
        return lines.to(line);
    }

    public LineKind lineKind(int line) {
        return lines.kind(line);
    }

    public LineRoute route(int line) {
        return lines.route(line);
    }

    /** Reports once, in no particular order, each line with a segment whose box shares a point with {@code area}. */
    public void forEachLineIn(Rect area, IntConsumer action) {
        double x0 = area.x();
        double y0 = area.y();
        double x1 = area.maxX();
        double y1 = area.maxY();
        segments.query(x0, y0, x1, y1, slot -> {
            int line = slot / LineRoute.MAX_SEGMENTS;
            for (int s = line * LineRoute.MAX_SEGMENTS; s < slot; s++) {
                if (segments.minX(s) <= x1 && segments.maxX(s) >= x0 && segments.minY(s) <= y1
                        && segments.maxY(s) >= y0) {
                    return;
                }
            }
            if (folds.count() == 0 || !folds.hidden(lines.from(line)) && !folds.hidden(lines.to(line))) {
                action.accept(line);
            }
        });
    }

    /**
     * The line nearest to the point within {@code tolerance} world units, or -1; of equally near
     * lines the last (painted on top).
     */
    public int lineAt(double x, double y, double tolerance) {
        double[] best = {Double.POSITIVE_INFINITY};
        int[] found = {-1};
        forEachLineIn(new Rect(x - tolerance, y - tolerance, 2 * tolerance, 2 * tolerance), line -> {
            double distance = route(line).distanceTo(x, y);
            if (distance <= tolerance && (distance < best[0] || distance == best[0] && line > found[0])) {
                best[0] = distance;
                found[0] = line;
            }
        });
        return found[0];
    }

    /**
     * The boxes {x0, y0, x1, y1, ...} of the cards of nodes {@code indices}, the {@code k}-th with its
     * top-left corner at ({@code left(k)}, {@code top(k)}).
     */
    private double[] cardBoxes(int[] indices, java.util.function.IntToDoubleFunction left,
            java.util.function.IntToDoubleFunction top) {
        double[] boxes = new double[4 * indices.length];
        for (int k = 0; k < indices.length; k++) {
            int i = indices[k];
            double x = left.applyAsDouble(k);
            double y = top.applyAsDouble(k);
            boxes[4 * k] = x;
            boxes[4 * k + 1] = y;
            boxes[4 * k + 2] = x + cardWidth(i);
            boxes[4 * k + 3] = y + cardHeight(i);
        }
        return boxes;
    }

    /**
     * This chart with the cards of nodes {@code indices} moved so that their top-left corners are
     * ({@code xs[k]}, {@code ys[k]}), and the lines at those nodes routed again.
     */
    public ChartScene withMovedNodes(int[] indices, double[] xs, double[] ys) {
        if (xs.length != indices.length || ys.length != indices.length) {
            throw new IllegalArgumentException("one x and one y are needed per moved node");
        }
        double[] boxes = cardBoxes(indices, k -> xs[k], k -> ys[k]);
        SpatialGrid movedCards = cards.withMoved(indices, boxes);
        return routedAgain(linesToRoute(indices, boxes), movedCards, absent);
    }

    /**
     * The lines to route again when the cards of {@code indices} move to {@code boxes}: those at
     * the cards, those that now run through a card's new place, and those that run beside a card's
     * old place (a detour around it may no longer be needed); each once, ascending.
     */
    private int[] linesToRoute(int[] indices, double[] boxes) {
        java.util.BitSet found = new java.util.BitSet(lines.count());
        for (int line : lines.linesAt(indices)) {
            found.set(line);
        }
        double margin = LineRouter.CLEARANCE + 1;
        IntConsumer add = slot -> found.set(slot / LineRoute.MAX_SEGMENTS);
        for (int k = 0; k < indices.length; k++) {
            int i = indices[k];
            segments.query(boxes[4 * k], boxes[4 * k + 1], boxes[4 * k + 2], boxes[4 * k + 3], add);
            segments.query(cards.minX(i) - margin, cards.minY(i) - margin, cards.maxX(i) + margin,
                    cards.maxY(i) + margin, add);
        }
        return found.stream().toArray();
    }

    /**
     * The chart of {@code scenario} in {@code design}, made from this one when the edit that led
     * there changed no card's content (see {@link CardContent}), no line and no region: the new
     * node objects are taken in, cards that moved are moved (as {@link #withMovedNodes} does), and
     * the rest is shared. So a change of a RACI letter, of phases or a move costs O(nodes) identity
     * checks instead of a rebuild. Otherwise the same as {@link #of}.
     */
    public ChartScene updatedTo(Design design, Scenario scenario) {
        List<Node> next = scenario.nodes();
        if (next.size() != nodes.size() || !design.regions().equals(regions) || !scenario.lines().equals(modelLines)) {
            return of(design, scenario);
        }
        IntCollector moved = new IntCollector();
        for (int i = 0; i < next.size(); i++) {
            Node before = nodes.get(i);
            Node after = next.get(i);
            if (before == after) {
                continue;
            }
            if (!CardContent.same(before, after)) {
                return of(design, scenario);
            }
            if (after.x() != cardX(i) || after.y() != cardY(i)) {
                moved.accept(i);
            }
        }
        int[] indices = moved.sorted();
        // The stack is not part of a card's content, but the tools a card owns are painted on it.
        int[] tools = OwnedTools.count(scenario.stack(), indexById, next.size());
        boolean toolsChanged = !Arrays.equals(tools, facts.tools());
        ChartScene taken = new ChartScene(next, scenario.lines(), design.regions(), indexById,
                toolsChanged ? facts.withTools(tools) : facts, cards, lines, segments,
                indices.length == 0 && !toolsChanged ? look : new Object(), folds, absent);
        if (indices.length == 0) {
            return taken;
        }
        double[] xs = new double[indices.length];
        double[] ys = new double[indices.length];
        for (int k = 0; k < indices.length; k++) {
            xs[k] = next.get(indices[k]).x();
            ys[k] = next.get(indices[k]).y();
        }
        return taken.withMovedNodes(indices, xs, ys);
    }

    static Rect rect(SpatialGrid grid, int index) {
        return new Rect(grid.minX(index), grid.minY(index), grid.maxX(index) - grid.minX(index),
                grid.maxY(index) - grid.minY(index));
    }

    private static Rect cardBounds(SpatialGrid cards, int count, SceneFolds folds) {
        if (count == 0) {
            return Rect.EMPTY;
        }
        if (folds.count() > 0) {
            return foldedBounds(cards, count, folds);
        }
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < count; i++) {
            minX = Math.min(minX, cards.minX(i));
            minY = Math.min(minY, cards.minY(i));
            maxX = Math.max(maxX, cards.maxX(i));
            maxY = Math.max(maxY, cards.maxY(i));
        }
        return new Rect(minX, minY, maxX - minX, maxY - minY);
    }

    /** The bounds of the shown cards and the roll-up cards. */
    private static Rect foldedBounds(SpatialGrid cards, int count, SceneFolds folds) {
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < count; i++) {
            if (!folds.hidden(i)) {
                minX = Math.min(minX, cards.minX(i));
                minY = Math.min(minY, cards.minY(i));
                maxX = Math.max(maxX, cards.maxX(i));
                maxY = Math.max(maxY, cards.maxY(i));
            }
        }
        Rect all = minX > maxX ? null : new Rect(minX, minY, maxX - minX, maxY - minY);
        for (int k = 0; k < folds.count(); k++) {
            all = union(all, RollUpPainter.cardUnder(rect(cards, folds.collapsed(k))));
        }
        return all == null ? Rect.EMPTY : all;
    }

    private static Rect union(Rect a, Rect b) {
        if (a == null) {
            return b;
        }
        double x = Math.min(a.x(), b.x());
        double y = Math.min(a.y(), b.y());
        return new Rect(x, y, Math.max(a.maxX(), b.maxX()) - x, Math.max(a.maxY(), b.maxY()) - y);
    }

    /** Collects ints into a growing array. */
    static final class IntCollector implements IntConsumer {
        private int[] values = new int[16];
        private int size;

        @Override
        public void accept(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        int[] unsorted() {
            return Arrays.copyOf(values, size);
        }

        int[] sorted() {
            int[] result = Arrays.copyOf(values, size);
            Arrays.sort(result);
            return result;
        }
    }
}
