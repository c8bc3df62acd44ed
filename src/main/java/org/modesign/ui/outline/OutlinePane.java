package org.modesign.ui.outline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.collections.ListChangeListener;
import javafx.collections.SetChangeListener;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.textfield.TextFields;
import org.modesign.edit.DeleteNodes;
import org.modesign.edit.MoveUnder;
import org.modesign.edit.Rename;
import org.modesign.outline.OutlineTree;
import org.modesign.render.ChartTheme;
import org.modesign.ui.base.EditorContext;
import org.modesign.ui.i18n.I18n;

/**
 * The outline: the scenario as a tree beside the chart (executives, their reports, teams and their
 * members, second entries muted), with a filter field above it. Its selection and the chart's
 * follow each other; a row dragged onto another moves its card there ("Move … under …"); F2
 * renames and Delete deletes, each one undoable step. Rows are made only when their branch is
 * opened, so that 50,000 cards cost what is shown. It follows the design only while it is shown.
 */
public final class OutlinePane extends VBox {

    /** How many of the chart's chosen cards the outline opens its branches for at most (Select All of 50,000). */
    static final int MOST_SHOWN = 200;
    /** Up to how many cards a scenario opens with every branch open. */
    static final int OPEN_ALL = 150;
    /** Up to how many matches the filter opens every branch that leads to one. */
    static final int OPEN_MATCHES = 200;

    private final EditorContext context;
    private final ChartLink chart;
    private final TextField filter = TextFields.createClearableTextField();
    private final Label matches = new Label();
    private final TreeView<OutlineRow> tree = new TreeView<>();
    private OutlineState state;
    private boolean stale = true;
    private boolean syncing;
    private int dragging = -1;
    /** Whether F2 asked for the edit that is starting (a click on a chosen row starts none). */
    private boolean renaming;

    /** The outline of {@code context}'s design, showing its selection on the chart through {@code chart}. */
    public OutlinePane(EditorContext context, ChartLink chart) {
        this.context = context;
        this.chart = chart;
        getStyleClass().add("outline-pane");
        getStylesheets().add(OutlinePane.class.getResource("Outline.css").toExternalForm());
        Label heading = new Label(I18n.tr("outline.title"));
        heading.getStyleClass().add("outline-heading");
        // The theme's own text-field look (ControlsFX's style sheet looks up Modena's colours).
        filter.getStyleClass().remove("custom-text-field");
        filter.setPromptText(I18n.tr("outline.filter.prompt"));
        filter.setAccessibleText(I18n.tr("outline.filter.name"));
        filter.setId("outline-filter");
        heading.setLabelFor(filter);
        matches.getStyleClass().add("outline-matches");
        tree.setId("outline-tree");
        tree.setShowRoot(false);
        tree.setEditable(true);
        tree.setAccessibleText(I18n.tr("outline.title"));
        tree.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        tree.setCellFactory(t -> new OutlineCell(this));
        MenuItem expandAll = new MenuItem(I18n.tr("outline.expandAll"));
        expandAll.setOnAction(e -> expandAll());
        MenuItem collapseAll = new MenuItem(I18n.tr("outline.collapseAll"));
        collapseAll.setOnAction(e -> {
            if (state != null) {
                show(Set.of());
            }
        });
        tree.setContextMenu(new ContextMenu(expandAll, collapseAll));
        VBox.setVgrow(tree, Priority.ALWAYS);
        getChildren().addAll(heading, filter, matches, tree);
        filter.textProperty().addListener((obs, old, text) -> applyFilter(text));
        tree.getSelectionModel().getSelectedItems().addListener((ListChangeListener<TreeItem<OutlineRow>>) c -> toChart());
        tree.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
        context.selection().nodes().addListener((SetChangeListener<String>) c -> fromChart());
        context.document().designProperty().addListener((obs, old, d) -> changed());
        context.document().scenarioIdProperty().addListener((obs, old, d) -> changed());
        context.document().phaseIdProperty().addListener((obs, old, d) -> changed());
        context.analysis().resultProperty().addListener((obs, old, d) -> changed());
        context.look().chartThemeProperty().addListener((obs, old, d) -> tree.refresh());
        tree.widthProperty().addListener((obs, old, w) -> tree.refresh());
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null && stale) {
                refresh();
            }
        });
    }

    /** The tree (for focus and tests). */
    public TreeView<OutlineRow> tree() {
        return tree;
    }

    /** The filter field. */
    public TextField filterField() {
        return filter;
    }

    ChartTheme theme() {
        return context.look().chartTheme();
    }

    private void changed() {
        stale = true;
        if (getScene() != null) {
            refresh();
        }
    }

    /** Shows the design as it is now, keeping the open branches and the selection. */
    void refresh() {
        stale = false;
        Set<Integer> open = openCards();
        OutlineTree before = state == null ? null : state.tree();
        state = OutlineState.of(context.document().design(), context.document().scenario(),
                context.document().phaseIdProperty().get(), context.analysis().resultProperty().get(),
                filter.getText(), state);
        Set<String> openIds = new HashSet<>();
        if (before != null) {
            for (int v : open) {
                openIds.add(before.id(v));
            }
        }
        int top = firstShownCard();
        show(before == null ? null : openIds);
        String topId = before == null || top < 0 ? null : before.id(top);
        if (context.selection().nodes().isEmpty() && topId != null && state.tree().indexOf(topId) >= 0) {
            TreeItem<OutlineRow> item = reveal(state.tree().indexOf(topId));
            if (item != null) {
                tree.scrollTo(tree.getRow(item));
            }
        }
    }

    /** The card of the first row on screen, or -1: the outline stays there when the design changes. */
    private int firstShownCard() {
        if (tree.lookup(".virtual-flow") instanceof VirtualFlow<?> flow && flow.getFirstVisibleCell() != null
                && flow.getFirstVisibleCell() instanceof OutlineCell cell && cell.getItem() != null) {
            return cell.getItem().card();
        }
        return -1;
    }

    private void applyFilter(String text) {
        if (state == null) {
            return;
        }
        state = state.filtered(text);
        show(null);
    }

    /**
     * Puts the rows of {@link #state} in the tree, opening the branches of {@code openIds} (null:
     * the top two levels, or with a filter of few matches every branch leading to one).
     */
    private void show(Set<String> openIds) {
        syncing = true;
        try {
            OutlineItem root = OutlineItem.root(state);
            tree.setRoot(root);
            OutlineTree t = state.tree();
            if (openIds != null) {
                open(root, openIds);
            } else if (!state.filter().isEmpty() && state.filter().matchCount() <= OPEN_MATCHES) {
                for (int v = 0; v < t.size(); v++) {
                    if (state.filter().matches(v)) {
                        reveal(v);
                    }
                }
            } else if (state.filter().isEmpty() && t.size() <= OPEN_ALL) {
                expand(root);
            } else {
                for (TreeItem<OutlineRow> top : root.getChildren()) {
                    top.setExpanded(true);
                    for (TreeItem<OutlineRow> below : top.getChildren()) {
                        below.setExpanded(!below.isLeaf());
                    }
                }
            }
            matches.setText(state.filter().isEmpty() ? I18n.tr("outline.count", t.size())
                    : I18n.tr("outline.matches", state.filter().matchCount(), t.size()));
        } finally {
            syncing = false;
        }
        fromChart();
    }

    private void open(TreeItem<OutlineRow> item, Set<String> openIds) {
        for (TreeItem<OutlineRow> child : item.getChildren()) {
            OutlineRow row = child.getValue();
            if (!row.second() && openIds.contains(state.tree().id(row.card()))) {
                child.setExpanded(true);
                open(child, openIds);
            }
        }
    }

    /** The cards of the open rows. */
    private Set<Integer> openCards() {
        Set<Integer> open = new HashSet<>();
        if (tree.getRoot() != null) {
            collectOpen(tree.getRoot(), open);
        }
        return open;
    }

    private static void collectOpen(TreeItem<OutlineRow> item, Set<Integer> open) {
        for (TreeItem<OutlineRow> child : item.getChildren()) {
            if (child.isExpanded() && !child.isLeaf()) {
                open.add(child.getValue().card());
                collectOpen(child, open);
            }
        }
    }

    /** Opens the branches down to card {@code v}'s own row and gives it; null when the filter hides it. */
    private TreeItem<OutlineRow> reveal(int v) {
        if (!state.filter().shows(v)) {
            return null;
        }
        OutlineItem item = (OutlineItem) tree.getRoot();
        for (int u : state.tree().path(v)) {
            item.setExpanded(true);
            item = item.childOf(u);
            if (item == null) {
                return null;
            }
        }
        return item;
    }

    /** Opens every branch (View ▸ Outline's "expand all"; also for tests). */
    public void expandAll() {
        syncing = true;
        try {
            expand(tree.getRoot());
        } finally {
            syncing = false;
        }
    }

    private static void expand(TreeItem<OutlineRow> item) {
        if (item == null || item.isLeaf()) {
            return;
        }
        item.setExpanded(true);
        for (TreeItem<OutlineRow> child : item.getChildren()) {
            expand(child);
        }
    }

    /** The chart's selection shown in the outline: its rows chosen and the first one scrolled to. */
    private void fromChart() {
        if (syncing || state == null || tree.getRoot() == null) {
            return;
        }
        syncing = true;
        try {
            List<TreeItem<OutlineRow>> items = new ArrayList<>();
            for (String id : context.selection().nodes()) {
                if (items.size() == MOST_SHOWN) {
                    break;
                }
                int v = state.tree().indexOf(id);
                TreeItem<OutlineRow> item = v < 0 ? null : reveal(v);
                if (item != null) {
                    items.add(item);
                }
            }
            var model = tree.getSelectionModel();
            if (items.size() == model.getSelectedItems().size() && model.getSelectedItems().containsAll(items)) {
                return;
            }
            model.clearSelection();
            for (TreeItem<OutlineRow> item : items) {
                model.select(item);
            }
            if (!items.isEmpty()) {
                int row = tree.getRow(items.get(0));
                tree.getFocusModel().focus(row);
                tree.scrollTo(Math.max(0, row - 3));
            }
        } finally {
            syncing = false;
        }
    }

    /** The outline's selection shown on the chart: folded branches opened, the card scrolled into view. */
    private void toChart() {
        if (syncing || state == null) {
            return;
        }
        Set<String> ids = new LinkedHashSet<>();
        for (TreeItem<OutlineRow> item : tree.getSelectionModel().getSelectedItems()) {
            if (item != null && item.getValue() != null) {
                ids.add(state.tree().id(item.getValue().card()));
            }
        }
        if (ids.isEmpty() || ids.equals(context.selection().nodes())) {
            return;
        }
        syncing = true;
        try {
            chart.reveal(ids);
            context.selection().selectNodes(ids);
            chart.scrollTo(ids.iterator().next());
        } finally {
            syncing = false;
        }
    }

    private void keyPressed(KeyEvent e) {
        if (tree.getEditingItem() != null) {
            return;
        }
        if (e.getCode() == KeyCode.F2 && !e.isShortcutDown()) {
            TreeItem<OutlineRow> item = tree.getFocusModel().getFocusedItem();
            if (item != null && !item.getValue().second()) {
                renaming = true;
                tree.edit(item);
                renaming = false;
            }
            e.consume();
        } else if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
            deleteSelected();
            e.consume();
        }
    }

    /** Deletes the cards of the chosen rows: one undoable step. */
    void deleteSelected() {
        Set<String> ids = new LinkedHashSet<>();
        for (TreeItem<OutlineRow> item : tree.getSelectionModel().getSelectedItems()) {
            if (item != null && item.getValue() != null) {
                ids.add(state.tree().id(item.getValue().card()));
            }
        }
        if (!ids.isEmpty()) {
            context.edit(new DeleteNodes(context.document().scenario().id(), ids));
        }
    }

    /** Renames card {@code v}: one undoable step (refused, with the reason shown, when blank). */
    void rename(int v, String name) {
        String id = state.tree().id(v);
        if (!name.equals(state.tree().node(v).label())) {
            context.edit(new Rename(context.document().scenario().id(), id, name));
        }
        tree.requestFocus();
    }

    /** Whether a row may start being renamed in place now: only when F2 asked. */
    boolean renaming() {
        return renaming;
    }

    void startDrag(int v) {
        dragging = v;
    }

    void endDrag() {
        dragging = -1;
    }

    /** Whether the row being dragged may be dropped on card {@code target}. */
    boolean canDrop(int target) {
        return dragging >= 0 && state.tree().canMoveUnder(dragging, target);
    }

    /** Drops the row being dragged on card {@code target}: its card moves under it, one undoable step. */
    void drop(int target) {
        if (canDrop(target)) {
            moveUnder(state.tree().id(dragging), state.tree().id(target));
        }
        dragging = -1;
    }

    /** Puts card {@code id} under card {@code target} ("Move … under …"); false when refused. */
    public boolean moveUnder(String id, String target) {
        return context.edit(MoveUnder.of(context.document().scenario(), id, target));
    }
}
