package org.modesign.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.modesign.model.Capability;
import org.modesign.model.Layer;
import org.modesign.model.Raci;
import org.modesign.model.Role;
import org.modesign.model.Team;

/**
 * The RACI matrix of one scenario in one phase (or over all phases): rows are the capabilities,
 * grouped by layer (platform, expression, governance; catalogue order within a layer); columns are
 * the roles active in the phase (every role over all phases), grouped by team (teams in file
 * order, then the roles without a team) or by region ({@code global} first, then the declared
 * regions); roles keep their file order within a group. Each cell holds the letter the column's
 * role holds on the row's capability in the phase (format-v2.md §3: a letter with a span of its
 * own is held only in it), or over all phases the first letter it lists on the capability, or none.
 *
 * <p>Built in O(nodes + capabilities + responsibilities × log); the letters are stored per row,
 * sorted by column, so that a window of the matrix is read without looking at empty cells.
 */
public final class RaciGrid {

    private static final Raci[] LETTERS = Raci.values();

    /** How the columns are grouped. */
    public enum Grouping {
        /** By team; roles without a team come last. */
        TEAM,
        /** By effective region; {@code global} first. */
        REGION
    }

    /**
     * A run of columns that share a team or a region.
     *
     * @param id    the team's or region's id; null for the roles without a team
     * @param name  the team's or region's name ({@code global} for the implicit region); null for
     *              the roles without a team
     * @param start the first column of the run
     * @param size  the number of columns, at least 1
     */
    public record ColumnGroup(String id, String name, int start, int size) {
    }

    /** A run of rows of one layer, at least one row long. */
    public record LayerGroup(Layer layer, int start, int size) {
    }

    private final ScenarioIndex index;
    private final Grouping grouping;
    private final int[] columnNode;
    private final int[] nodeColumn;
    private final int[] columnGroup;
    private final List<ColumnGroup> columnGroups;
    private final int[] rowCapability;
    private final int[] capabilityRow;
    private final int[] rowGroup;
    private final List<LayerGroup> layerGroups;
    private final long[][] cells;

    private RaciGrid(ScenarioIndex index, int phase, Grouping grouping) {
        this.index = index;
        this.grouping = grouping;
        DesignIndex design = index.designIndex();
        nodeColumn = new int[index.size()];
        Arrays.fill(nodeColumn, -1);
        columnNode = activeRoles(index, phase);
        List<ColumnGroup> groups = new ArrayList<>();
        columnGroup = groupColumns(groups);
        columnGroups = List.copyOf(groups);
        int capabilities = design.capabilityCount();
        rowCapability = new int[capabilities];
        capabilityRow = new int[capabilities];
        rowGroup = new int[capabilities];
        layerGroups = groupRows(design);
        cells = new long[capabilities][];
        for (int row = 0; row < capabilities; row++) {
            cells[row] = cellsOf(rowCapability[row], phase);
        }
    }

    /**
     * The matrix of the scenario of {@code index} in phase {@code phase} (null, or an id the design
     * lacks: over all phases), its columns grouped by {@code grouping}.
     */
    public static RaciGrid of(ScenarioIndex index, String phase, Grouping grouping) {
        return new RaciGrid(index, index.designIndex().phaseIndex(phase), grouping);
    }

    private static int[] activeRoles(ScenarioIndex index, int phase) {
        int[] roles = new int[index.size()];
        int count = 0;
        for (int i = 0; i < index.size(); i++) {
            if (index.isRole(i) && (phase < 0 || index.isActive(i, phase))) {
                roles[count++] = i;
            }
        }
        return Arrays.copyOf(roles, count);
    }

    /** The group key of a role: its team's node index (the node count for none), or its region index. */
    private int key(int node) {
        if (grouping == Grouping.REGION) {
            return index.regionIndex(node);
        }
        int team = index.team(node);
        return team >= 0 ? team : index.size();
    }

    /** Sorts the columns by group key (stable: file order within a group), lists the groups. */
    private int[] groupColumns(List<ColumnGroup> groups) {
        int keys = grouping == Grouping.REGION ? index.designIndex().regionCount() : index.size() + 1;
        int[] start = new int[keys + 1];
        for (int node : columnNode) {
            start[key(node) + 1]++;
        }
        for (int k = 0; k < keys; k++) {
            start[k + 1] += start[k];
        }
        int[] sorted = new int[columnNode.length];
        int[] next = Arrays.copyOf(start, keys);
        for (int node : columnNode) {
            sorted[next[key(node)]++] = node;
        }
        System.arraycopy(sorted, 0, columnNode, 0, sorted.length);
        int[] groupOf = new int[columnNode.length];
        for (int k = 0; k < keys; k++) {
            int size = start[k + 1] - start[k];
            if (size > 0) {
                Arrays.fill(groupOf, start[k], start[k + 1], groups.size());
                groups.add(group(k, start[k], size));
            }
        }
        for (int column = 0; column < columnNode.length; column++) {
            nodeColumn[columnNode[column]] = column;
        }
        return groupOf;
    }

    private ColumnGroup group(int key, int start, int size) {
        if (grouping == Grouping.REGION) {
            DesignIndex design = index.designIndex();
            return new ColumnGroup(design.regionId(key), design.regionName(key), start, size);
        }
        if (key == index.size()) {
            return new ColumnGroup(null, null, start, size);
        }
        return new ColumnGroup(index.id(key), ((Team) index.node(key)).name(), start, size);
    }

    /** Orders the capabilities by layer, keeping catalogue order within one. */
    private List<LayerGroup> groupRows(DesignIndex design) {
        List<LayerGroup> groups = new ArrayList<>();
        int row = 0;
        for (Layer layer : Layer.values()) {
            int start = row;
            for (int c = 0; c < design.capabilityCount(); c++) {
                if (design.capability(c).layer() == layer) {
                    rowCapability[row] = c;
                    capabilityRow[c] = row;
                    rowGroup[row++] = groups.size();
                }
            }
            if (row > start) {
                groups.add(new LayerGroup(layer, start, row - start));
            }
        }
        return List.copyOf(groups);
    }

    /**
     * The columns holding a letter on capability {@code c}, each packed with its letter, by column:
     * in a phase, the letter held in it (format-v2.md §3); over all phases, a role's first letter
     * on the capability.
     */
    private long[] cellsOf(int c, int phase) {
        HeldLetters letters = index.letters();
        long[] packed = new long[letters.count(c)];
        int count = 0;
        int previous = -1;
        for (int k = 0; k < packed.length; k++) {
            int holder = letters.holder(c, k);
            int column = nodeColumn[holder];
            boolean shown = phase < 0 ? holder != previous : letters.isHeld(c, k, phase);
            previous = holder;
            if (column >= 0 && shown) {
                packed[count++] = (long) column << 8 | letters.letter(c, k).ordinal();
            }
        }
        packed = Arrays.copyOf(packed, count);
        Arrays.sort(packed);
        return packed;
    }

    /** The index the matrix was built from. */
    public ScenarioIndex index() {
        return index;
    }

    public Grouping grouping() {
        return grouping;
    }

    public int columnCount() {
        return columnNode.length;
    }

    public int rowCount() {
        return rowCapability.length;
    }

    /** The role of column {@code column}. */
    public Role role(int column) {
        return index.role(columnNode[column]);
    }

    /** The node index (in {@link #index()}) of the role of column {@code column}. */
    public int node(int column) {
        return columnNode[column];
    }

    /** The column of the role with id {@code roleId}, or -1 when it is not a column. */
    public int columnOf(String roleId) {
        int node = index.indexOf(roleId);
        return node < 0 ? -1 : nodeColumn[node];
    }

    public List<ColumnGroup> columnGroups() {
        return columnGroups;
    }

    /** The position in {@link #columnGroups()} of the group of column {@code column}. */
    public int columnGroupOf(int column) {
        return columnGroup[column];
    }

    /** The capability of row {@code row}. */
    public Capability capability(int row) {
        return index.designIndex().capability(rowCapability[row]);
    }

    /** The row of the capability with id {@code capabilityId}, or -1 when there is none. */
    public int rowOf(String capabilityId) {
        int c = index.designIndex().capabilityIndex(capabilityId);
        return c < 0 ? -1 : capabilityRow[c];
    }

    public List<LayerGroup> layerGroups() {
        return layerGroups;
    }

    /** The position in {@link #layerGroups()} of the group of row {@code row}. */
    public int layerGroupOf(int row) {
        return rowGroup[row];
    }

    /** The letter of the cell, or null when the role holds none on the capability. */
    public Raci letter(int row, int column) {
        int k = cellFrom(row, column);
        return k < cellCount(row) && cellColumn(row, k) == column ? cellLetter(row, k) : null;
    }

    /** How many cells of row {@code row} hold a letter. */
    public int cellCount(int row) {
        return cells[row].length;
    }

    /** The column of the {@code k}-th lettered cell of the row; columns increase with {@code k}. */
    public int cellColumn(int row, int k) {
        return (int) (cells[row][k] >>> 8);
    }

    /** The letter of the {@code k}-th lettered cell of the row. */
    public Raci cellLetter(int row, int k) {
        return LETTERS[(int) (cells[row][k] & 0xFF)];
    }

    /** The first {@code k} whose lettered cell lies in column {@code column} or after ({@link #cellCount} when none). */
    public int cellFrom(int row, int column) {
        long[] packed = cells[row];
        int k = Arrays.binarySearch(packed, (long) column << 8);
        return k >= 0 ? k : -k - 1;
    }
}
