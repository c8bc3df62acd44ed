package org.modesign.ui.matrix;

import java.util.List;
import java.util.Set;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.animation.AnimationTimer;
import javafx.collections.SetChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.modesign.analysis.Finding;
import org.modesign.analysis.RaciGrid;
import org.modesign.analysis.RaciGrid.Grouping;
import org.modesign.analysis.ScenarioIndex;
import org.modesign.analysis.SlotStatuses;
import org.modesign.edit.SetResponsibility;
import org.modesign.model.Design;
import org.modesign.model.Phase;
import org.modesign.model.Raci;
import org.modesign.model.Scenario;
import org.modesign.ui.base.EditorContext;
import org.modesign.ui.i18n.I18n;
import org.modesign.ui.analysis.AnalysisResult;
import org.modesign.ui.document.DocumentModel;

/**
 * The RACI matrix of the current scenario (Ctrl+2): capabilities by layer down the side, the
 * roles active in the current phase across the top (grouped by team or region), each cell the
 * letter the role holds, each row the status of its capability's slots in colour and words.
 * Letters are typed in place and every change is an undoable edit; the matrix follows the
 * scenario, the phase and every edit, keeping its scroll position. Large designs stay smooth:
 * only what is in view is painted (see {@link MatrixCanvas}), and nothing is rebuilt while the
 * matrix is hidden.
 */
public final class RaciMatrixView extends Region {

    /** A row's tooltip lists at most this many of its findings. */
    private static final int MAX_FINDINGS_SHOWN = 8;

    private final EditorContext context;
    private final MatrixCanvas canvas = new MatrixCanvas();
    private final MatrixBar bar;
    private final Label cell = new Label();
    private final Label size = new Label();
    private final BorderPane layout = new BorderPane();
    private Grouping grouping = Grouping.TEAM;
    private boolean stale = true;
    private boolean statusesStale = true;
    private boolean selectionStale = true;
    /** A role selected elsewhere (the chart) waits to take the cursor. */
    private boolean followSelection = true;
    /** The matrix itself is selecting a role (its selection is no news to it). */
    private boolean selecting;
    private SlotStatuses statuses;
    /** The design version the statuses were found in. */
    /** A capability to reveal, waiting until the matrix is laid out (null for none). */
    private String toReveal;
    private long lastPaintNanos;

    public RaciMatrixView(EditorContext context) {
        this.context = context;
        canvas.useColours(MatrixColours.of(context.look().chartTheme()));
        context.look().chartThemeProperty().addListener((obs, old, theme) ->
                canvas.useColours(MatrixColours.of(theme)));
        getStyleClass().add("raci-matrix");
        setId("raci-matrix");
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.PARENT);
        setAccessibleRoleDescription(I18n.tr("a11y.matrix.role"));
        bar = new MatrixBar(this::setGrouping);
        layout.setTop(bar);
        layout.setCenter(canvas);
        layout.setBottom(infoLine());
        getChildren().add(layout);
        follow();
        focusedProperty().addListener((obs, old, f) -> canvas.showFocus(f));
        new MatrixInput(this, canvas).install();
        paintWhileShown();
    }

    /** The line under the matrix: the cursor's cell in words, and the matrix's size. */
    private HBox infoLine() {
        cell.setId("matrix-cell");
        cell.setMinWidth(0);
        cell.setMaxWidth(Double.MAX_VALUE);
        // Whole at any width and text size: the cell's words wrap, the size never gives way.
        cell.setWrapText(true);
        cell.setMinHeight(Region.USE_PREF_SIZE);
        size.setId("matrix-size");
        size.setMinWidth(Region.USE_PREF_SIZE);
        HBox info = new HBox(16, cell, size);
        info.setAlignment(javafx.geometry.Pos.BASELINE_LEFT);
        HBox.setHgrow(cell, Priority.ALWAYS);
        info.setPadding(new Insets(4, 10, 4, 10));
        info.getStyleClass().add("matrix-info");
        return info;
    }

    /** Takes note of every change the matrix shows (design, scenario, phase, analysis, selection). */
    private void follow() {
        DocumentModel document = context.document();
        document.designProperty().addListener((obs, old, d) -> rebuildLater());
        document.scenarioIdProperty().addListener((obs, old, id) -> rebuildLater());
        document.phaseIdProperty().addListener((obs, old, id) -> rebuildLater());
        context.analysis().resultProperty().addListener((obs, old, r) -> {
            statusesStale = true;
            canvas.repaint();
        });
        context.selection().nodes().addListener((SetChangeListener<String>) c -> {
            selectionStale = true;
            followSelection |= !selecting;
            canvas.repaint();
        });
    }

    /** Paints at most once a pulse, and only while the matrix is in a window: hidden, it costs nothing. */
    private void paintWhileShown() {
        AnimationTimer timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (stale || statusesStale || selectionStale || toReveal != null || canvas.isDirty()) {
                    paint();
                }
            }
        };
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene == null) {
                timer.stop();
            } else {
                timer.start();
            }
        });
    }

    @Override
    protected void layoutChildren() {
        layout.resizeRelocate(0, 0, getWidth(), getHeight());
    }

    private void rebuildLater() {
        stale = true;
        canvas.repaint();
    }

    /** Groups the roles by team or by region. */
    public void setGrouping(Grouping value) {
        if (value != grouping) {
            grouping = value;
            rebuildLater();
        }
    }

    /**
     * Scrolls to the row of capability {@code capabilityId}, puts the cursor on it and highlights
     * it until the cursor leaves it; nothing happens when there is no such capability.
     */
    public void revealCapability(String capabilityId) {
        toReveal = capabilityId;
        refresh();
        canvas.repaint();
    }

    /** Reveals the capability asked for, once the matrix has a size to centre it in. */
    private void revealWhenSized() {
        if (toReveal != null && canvas.cellsHeight() > 0) {
            int row = canvas.content().grid().rowOf(toReveal);
            toReveal = null;
            if (row >= 0) {
                canvas.reveal(row);
            }
        }
    }

    /**
     * Brings the matrix up to date and paints it now, as the next pulse would (public for
     * benchmarks; the view paints itself).
     */
    public void paint() {
        long start = System.nanoTime();
        refresh();
        canvas.paint();
        describeCursor();
        lastPaintNanos = System.nanoTime() - start;
    }

    /** How long the last {@link #paint()} took, in nanoseconds (for benchmarks). */
    public long lastPaintNanos() {
        return lastPaintNanos;
    }

    /** Scrolls the cells by ({@code dx}, {@code dy}) pixels (for benchmarks; users scroll with the wheel). */
    public void scrollBy(double dx, double dy) {
        refresh();
        canvas.scrollBy(dx, dy);
    }

    private void refresh() {
        if (stale) {
            rebuild();
        }
        if (statusesStale) {
            useStatuses();
        }
        if (selectionStale) {
            followSelection();
        }
        revealWhenSized();
    }

    private void rebuild() {
        stale = false;
        DocumentModel document = context.document();
        Design design = document.design();
        Scenario scenario = document.scenario();
        Phase phase = document.phase();
        String phaseId = phase == null ? null : phase.id();
        RaciGrid grid = RaciGrid.of(ScenarioIndex.of(design, scenario), phaseId, grouping);
        canvas.setContent(new MatrixContent(grid, design, phase == null, canvas.painter()));
        canvas.setHeadings(I18n.tr(grouping == Grouping.TEAM ? "matrix.header.byTeam" : "matrix.header.byRegion"),
                phase == null ? I18n.tr("matrix.header.statusAll") : I18n.tr("matrix.header.status", phase.name()));
        bar.show(scenario.name(), phase == null ? I18n.tr("matrix.phase.all") : phase.name());
        size.setText(I18n.tr("matrix.size", grid.rowCount(), grid.columnCount()));
        statusesStale = true;
        selectionStale = true;
    }

    /** Reads the statuses from the newest analysis, when it is of the scenario shown. */
    private void useStatuses() {
        statusesStale = false;
        AnalysisResult result = context.analysis().resultProperty().get();
        String scenario = context.document().scenario().id();
        Phase phase = context.document().phase();
        statuses = result == null || !result.scenario().equals(scenario) ? null
                : SlotStatuses.of(result.design(), result.findings(), scenario, phase == null ? null : phase.id());
        canvas.content().useStatuses(statuses);
        canvas.changed();
    }

    /**
     * Marks the columns of the selected roles; a single role selected elsewhere (on the chart)
     * takes the cursor.
     */
    private void followSelection() {
        selectionStale = false;
        Set<String> selected = context.selection().nodes();
        RaciGrid grid = canvas.content().grid();
        canvas.setSelected(c -> selected.contains(grid.role(c).id()));
        if (followSelection && selected.size() == 1) {
            int column = grid.columnOf(selected.iterator().next());
            if (column >= 0 && column != canvas.cursorColumn()) {
                canvas.moveCursorTo(Math.max(canvas.cursorRow(), 0), column);
            }
        }
        followSelection = false;
    }

    /**
     * Puts the cursor on a cell (clamped to the matrix, scrolled into view) and selects its role,
     * so that the inspector shows it.
     */
    void select(int row, int column) {
        canvas.moveCursorTo(row, column);
        if (canvas.cursorColumn() >= 0) {
            selecting = true;
            try {
                context.selection().selectNodes(List.of(canvas.content().grid().role(canvas.cursorColumn()).id()));
            } finally {
                selecting = false;
            }
        }
    }

    /** Sets the letter of the cursor's cell, or clears it ({@code letter} null), as one undoable edit. */
    void setLetter(Raci letter) {
        refresh();
        RaciGrid grid = canvas.content().grid();
        int row = canvas.cursorRow();
        int column = canvas.cursorColumn();
        if (row < 0 || column < 0) {
            context.showStatus(I18n.tr("matrix.noCell"));
            return;
        }
        context.edit(new SetResponsibility(context.document().scenario().id(), grid.role(column).id(),
                grid.capability(row).id(), letter));
    }

    /** What the tooltip says about a point of the matrix, or null for nothing. */
    String describe(MatrixCanvas.Hit hit) {
        RaciGrid grid = canvas.content() == null ? null : canvas.content().grid();
        return switch (hit.area()) {
            case CELL -> MatrixTexts.cell(grid, hit.row(), hit.column());
            case GROUP_HEADER -> canvas.content().groupLabel(grid.columnGroupOf(hit.column()));
            case COLUMN_HEADER -> MatrixTexts.role(grid, hit.column());
            case ROW_HEADER -> describeRow(hit.row());
            default -> null;
        };
    }

    private String describeRow(int row) {
        MatrixContent content = canvas.content();
        String id = content.grid().capability(row).id();
        StringBuilder text = new StringBuilder(content.grid().capability(row).name()).append('\n')
                .append(content.statusText(row));
        List<Finding> findings = statuses == null ? List.of() : statuses.findings(id);
        for (Finding f : findings.subList(0, Math.min(findings.size(), MAX_FINDINGS_SHOWN))) {
            text.append('\n').append("\u2022 ").append(f.text().localized(I18n.bundle()));
        }
        if (findings.size() > MAX_FINDINGS_SHOWN) {
            text.append('\n').append(I18n.tr("matrix.moreFindings", findings.size() - MAX_FINDINGS_SHOWN));
        }
        return text.toString();
    }

    private void describeCursor() {
        int row = canvas.cursorRow();
        int column = canvas.cursorColumn();
        RaciGrid grid = canvas.content() == null ? null : canvas.content().grid();
        String text = grid == null || row < 0 || column < 0 ? I18n.tr("matrix.noCell")
                : MatrixTexts.cellInFull(grid, row, column);
        if (!text.equals(cell.getText())) {
            cell.setText(text);
        }
        String spoken = grid == null || row < 0 || column < 0 ? text : MatrixTexts.spoken(grid, row, column);
        if (!spoken.equals(getAccessibleText())) {
            setAccessibleText(spoken);
            notifyAccessibleAttributeChanged(AccessibleAttribute.TEXT);
            if (isFocused()) {
                notifyAccessibleAttributeChanged(AccessibleAttribute.FOCUS_ITEM);
            }
        }
    }

    /** The matrix is its own focus item: a reader told that it changed reads the cursor's cell out again. */
    @Override
    public Object queryAccessibleAttribute(AccessibleAttribute attribute, Object... parameters) {
        if (attribute == AccessibleAttribute.FOCUS_ITEM && isFocused()) {
            return this;
        }
        return super.queryAccessibleAttribute(attribute, parameters);
    }

    /** The words of the status column for capability {@code capabilityId} (for tests). */
    String statusText(String capabilityId) {
        refresh();
        int row = canvas.content().grid().rowOf(capabilityId);
        return row < 0 ? null : canvas.content().statusText(row);
    }

    /** The role and capability ids under the cursor, or nulls (for tests). */
    String[] cursor() {
        refresh();
        RaciGrid grid = canvas.content().grid();
        return new String[] {
            canvas.cursorRow() < 0 ? null : grid.capability(canvas.cursorRow()).id(),
            canvas.cursorColumn() < 0 ? null : grid.role(canvas.cursorColumn()).id()
        };
    }

    MatrixCanvas canvas() {
        return canvas;
    }
}
