package org.modesign.render;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * What a {@link ChartPainter} shows besides the chart itself. The painter reads the collections
 * while it paints and keeps none of them.
 *
 * @param selectedNodes ids of the selected nodes, outlined in the selection colour
 * @param selectedLine  number of the selected line in the {@link ChartScene} (the scenario's line
 *                      index), or -1
 * @param active        which node numbers are active in the phase shown; the others are ghosted,
 *                      and so is every line that meets one of them (the caller works activity out
 *                      with the analysis package; {@code i -> true} shows every phase at once)
 * @param badges        finding badges by node id
 * @param detail        the level of detail, or {@code null} to choose it from the scale
 * @param grid          whether to draw a light background grid
 * @param wholeTitles   whether every title is shown whole at full detail, set smaller where it
 *                      must be (exports, which have no tooltip); else a title gets two lines on
 *                      its card (more where the card has room) and what does not fit is cut with "…"
 * @param teams         the members and FTE the team cards show (those of the phase shown), or
 *                      {@code null} for the scene's own (over all phases)
 * @param changes       what changed from another design: added and changed cards marked, removed
 *                      ones drawn as ghosts ({@link ChangeMarks#NONE}: nothing)
 */
public record PaintOptions(
        Set<String> selectedNodes,
        int selectedLine,
        IntPredicate active,
        Map<String, Badge> badges,
        LevelOfDetail detail,
        boolean grid,
        boolean wholeTitles,
        TeamFigures teams,
        ChangeMarks changes) {

    /** Nothing selected, everything active, no badges, detail by scale, no grid, titles cut where they must be. */
    public static final PaintOptions DEFAULT = new PaintOptions(Set.of(), -1, i -> true, Map.of(), null, false);

    /** Options that mark no changes. */
    public PaintOptions(Set<String> selectedNodes, int selectedLine, IntPredicate active, Map<String, Badge> badges,
            LevelOfDetail detail, boolean grid, boolean wholeTitles, TeamFigures teams) {
        this(selectedNodes, selectedLine, active, badges, detail, grid, wholeTitles, teams, ChangeMarks.NONE);
    }

    /** Options whose team cards count over all phases. */
    public PaintOptions(Set<String> selectedNodes, int selectedLine, IntPredicate active, Map<String, Badge> badges,
            LevelOfDetail detail, boolean grid, boolean wholeTitles) {
        this(selectedNodes, selectedLine, active, badges, detail, grid, wholeTitles, null);
    }

    public PaintOptions {
        Objects.requireNonNull(selectedNodes, "selectedNodes");
        Objects.requireNonNull(active, "active");
        Objects.requireNonNull(badges, "badges");
        Objects.requireNonNull(changes, "changes");
    }

    /** Options whose titles are cut where they must be (as on screen). */
    public PaintOptions(Set<String> selectedNodes, int selectedLine, IntPredicate active, Map<String, Badge> badges,
            LevelOfDetail detail, boolean grid) {
        this(selectedNodes, selectedLine, active, badges, detail, grid, false);
    }

    /** The level to paint at {@code scale}: {@link #detail} when set, else {@link LevelOfDetail#forScale}. */
    public LevelOfDetail detailFor(double scale) {
        return detail != null ? detail : LevelOfDetail.forScale(scale);
    }

    public PaintOptions withSelectedNodes(Set<String> ids) {
        return new PaintOptions(ids, selectedLine, active, badges, detail, grid, wholeTitles, teams, changes);
    }

    public PaintOptions withSelectedLine(int line) {
        return new PaintOptions(selectedNodes, line, active, badges, detail, grid, wholeTitles, teams, changes);
    }

    public PaintOptions withActive(IntPredicate newActive) {
        return new PaintOptions(selectedNodes, selectedLine, newActive, badges, detail, grid, wholeTitles, teams, changes);
    }

    public PaintOptions withBadges(Map<String, Badge> newBadges) {
        return new PaintOptions(selectedNodes, selectedLine, active, newBadges, detail, grid, wholeTitles, teams, changes);
    }

    public PaintOptions withDetail(LevelOfDetail newDetail) {
        return new PaintOptions(selectedNodes, selectedLine, active, badges, newDetail, grid, wholeTitles, teams, changes);
    }

    public PaintOptions withGrid(boolean newGrid) {
        return new PaintOptions(selectedNodes, selectedLine, active, badges, detail, newGrid, wholeTitles, teams, changes);
    }

    public PaintOptions withTeams(TeamFigures newTeams) {
        return new PaintOptions(selectedNodes, selectedLine, active, badges, detail, grid, wholeTitles, newTeams, changes);
    }

    public PaintOptions withChanges(ChangeMarks newChanges) {
        return new PaintOptions(selectedNodes, selectedLine, active, badges, detail, grid, wholeTitles, teams,
                newChanges);
    }

    public PaintOptions withWholeTitles(boolean whole) {
        return new PaintOptions(selectedNodes, selectedLine, active, badges, detail, grid, whole, teams, changes);
    }
}
