package org.modesign.ui.outline;

import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseDragEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.modesign.model.Node;
import org.modesign.model.Role;
import org.modesign.render.ArchetypeGlyph;
import org.modesign.render.CardStyle;
import org.modesign.render.ChartTheme;
import org.modesign.render.Rgb;
import org.modesign.ui.analysis.AnalysisResult;
import org.modesign.ui.base.SeverityIcon;
import org.modesign.ui.fx.FxSurface;

/**
 * A row of the outline: the archetype's glyph in its colour, the whole title, its details (kind,
 * FTE, region, and for a branch its roles and FTE), and the findings badge. Rows of cards not
 * active in the phase shown are muted, as the chart ghosts their cards; second entries (a dotted
 * line, a team served on) are muted and in italics. A row can be dragged onto another (the pane
 * moves its card there), and renamed in place (F2).
 */
final class OutlineCell extends TreeCell<OutlineRow> {

    private static final double GLYPH = 16;
    /** Room a row's level takes on the left, its disclosure arrow and the row's own padding with the scroll bar. */
    private static final double INDENT = 17;
    private static final double DISCLOSURE = 26;
    private static final double ROW_PADDING = 30;

    private final OutlinePane pane;
    private final Canvas glyph = new Canvas(GLYPH, GLYPH);
    private final FxSurface surface;
    private final Label title = new Label();
    private final Label details = new Label();
    private final Label badge = new Label();
    private final HBox graphic;
    private final Tooltip tooltip = new Tooltip();
    private TextField editor;

    OutlineCell(OutlinePane pane) {
        this.pane = pane;
        surface = new FxSurface(glyph.getGraphicsContext2D());
        title.getStyleClass().add("outline-title");
        // The whole title, wrapped onto a second line when the outline is narrow.
        title.setWrapText(true);
        title.setTextOverrun(OverrunStyle.ELLIPSIS);
        title.setMinWidth(0);
        title.setMinHeight(Label.USE_PREF_SIZE);
        details.getStyleClass().add("outline-details");
        // Whole too ("Department · Global · 2 roles below, 4 FTE"), on a second line when narrow.
        details.setWrapText(true);
        details.setTextOverrun(OverrunStyle.ELLIPSIS);
        details.setMinWidth(0);
        details.setMinHeight(Label.USE_PREF_SIZE);
        badge.getStyleClass().add("outline-badge");
        badge.setMinWidth(HBox.USE_PREF_SIZE);
        VBox words = new VBox(title, details);
        words.setMinWidth(0);
        HBox.setHgrow(words, Priority.ALWAYS);
        graphic = new HBox(6, glyph, words, badge);
        graphic.setAlignment(Pos.CENTER_LEFT);
        graphic.setMinWidth(0);
        getStyleClass().add("outline-cell");
        // As wide as the tree, never wider: a long title wraps (the tooltip names it too).
        setPrefWidth(0);
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(420);
        installDrag();
    }

    private OutlineState state() {
        return getTreeItem() instanceof OutlineItem item ? item.state() : null;
    }

    @Override
    protected void updateItem(OutlineRow row, boolean empty) {
        super.updateItem(row, empty);
        getStyleClass().removeAll("outline-ghost", "outline-second");
        OutlineState state = state();
        if (empty || row == null || state == null) {
            setText(null);
            setGraphic(null);
            setTooltip(null);
            setAccessibleText(null);
            return;
        }
        if (isEditing() && editor != null) {
            setGraphic(editor);
            return;
        }
        show(state, row);
    }

    private void show(OutlineState state, OutlineRow row) {
        int v = row.card();
        Node node = state.tree().node(v);
        title.setText(node.label());
        details.setText(OutlineWords.details(state, v));
        AnalysisResult.Badge found = state.badge(v);
        badge.getStyleClass().removeIf(c -> c.startsWith("outline-badge-"));
        if (found == null || found.count() == 0) {
            badge.setGraphic(null);
            badge.setText(null);
            badge.setVisible(false);
            badge.setManaged(false);
        } else {
            badge.setGraphic(SeverityIcon.of(found.worst()));
            badge.setText(Integer.toString(found.count()));
            badge.getStyleClass().add(OutlineWords.severityClass(found.worst()));
            badge.setVisible(true);
            badge.setManaged(true);
        }
        fitTitle(found != null && found.count() > 0);
        paintGlyph(node, pane.theme());
        if (!state.figures().active(v)) {
            getStyleClass().add("outline-ghost");
        }
        if (row.second()) {
            getStyleClass().add("outline-second");
        }
        String spoken = OutlineWords.spoken(state, row);
        tooltip.setText(spoken);
        setTooltip(tooltip);
        setAccessibleText(spoken);
        setText(null);
        setGraphic(graphic);
    }

    /**
     * Gives the title the width left in the row, so that a long title wraps onto as many lines as
     * it needs (a wrapping label is otherwise measured as one line and cut).
     */
    private void fitTitle(boolean withBadge) {
        int level = Math.max(1, getTreeView().getTreeItemLevel(getTreeItem()));
        double used = INDENT * (level - 1) + DISCLOSURE + GLYPH + 6 + ROW_PADDING
                + (withBadge ? badge.prefWidth(-1) + 6 : 0);
        double width = Math.max(60, getTreeView().getWidth() - used);
        title.setPrefWidth(width);
        title.setMaxWidth(width);
        details.setPrefWidth(width);
        details.setMaxWidth(width);
    }

    private void paintGlyph(Node node, ChartTheme theme) {
        GraphicsContext gc = glyph.getGraphicsContext2D();
        gc.clearRect(0, 0, GLYPH, GLYPH);
        Rgb accent = CardStyle.accentOf(theme, node);
        surface.drawOn(gc);
        if (node instanceof Role role) {
            ArchetypeGlyph.paint(surface, role.archetype(), GLYPH / 2, GLYPH / 2, GLYPH - 2, accent);
        } else {
            surface.setFill(accent);
            surface.fillRoundRect(2, 3, GLYPH - 4, GLYPH - 6, 3);
        }
    }

    @Override
    public void startEdit() {
        OutlineRow row = getItem();
        if (row == null || row.second() || state() == null || !pane.renaming()) {
            return;
        }
        super.startEdit();
        if (!isEditing()) {
            return;
        }
        editor = new TextField(state().tree().node(row.card()).label());
        // Named by a label: Windows would read an accessible text on an edit as its value, not its name.
        org.modesign.ui.a11y.AccessibleNames.name(editor, org.modesign.ui.i18n.I18n.tr("outline.rename"));
        editor.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                String name = editor.getText();
                cancelEdit();
                pane.rename(row.card(), name);
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                cancelEdit();
                e.consume();
            }
        });
        setGraphic(editor);
        editor.selectAll();
        editor.requestFocus();
    }

    @Override
    public void cancelEdit() {
        super.cancelEdit();
        editor = null;
        OutlineState state = state();
        if (getItem() != null && state != null) {
            show(state, getItem());
        }
        getTreeView().requestFocus();
    }

    /** Dragging a row onto another: a full press-drag-release gesture that the pane turns into a move. */
    private void installDrag() {
        setOnDragDetected(e -> {
            if (e.getButton() == MouseButton.PRIMARY && getItem() != null && !getItem().second() && !isEditing()) {
                pane.startDrag(getItem().card());
                startFullDrag();
            }
            e.consume();
        });
        addEventHandler(MouseDragEvent.MOUSE_DRAG_ENTERED, e -> {
            if (getItem() != null && pane.canDrop(getItem().card())) {
                getStyleClass().add("outline-drop");
            }
        });
        addEventHandler(MouseDragEvent.MOUSE_DRAG_EXITED, e -> getStyleClass().remove("outline-drop"));
        addEventHandler(MouseDragEvent.MOUSE_DRAG_RELEASED, e -> {
            getStyleClass().remove("outline-drop");
            if (getItem() != null) {
                pane.drop(getItem().card());
            }
            e.consume();
        });
        addEventHandler(MouseEvent.MOUSE_RELEASED, e -> pane.endDrag());
    }
}
