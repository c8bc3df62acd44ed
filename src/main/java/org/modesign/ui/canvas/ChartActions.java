package org.modesign.ui.canvas;

import static org.modesign.ui.action.EditorAction.*;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.SetChangeListener;
import org.modesign.edit.AddNodes;
import org.modesign.edit.Clip;
import org.modesign.edit.CompoundCommand;
import org.modesign.edit.DeleteLines;
import org.modesign.edit.DeleteNodes;
import org.modesign.edit.EditKey;
import org.modesign.edit.EditText;
import org.modesign.edit.LineKey;
import org.modesign.edit.Position;
import org.modesign.edit.SetLineStyle;
import org.modesign.edit.SetPositions;
import org.modesign.layout.Spacing;
import org.modesign.layout.TreeLayout;
import org.modesign.model.Line;
import org.modesign.model.LineStyle;
import org.modesign.model.Node;
import org.modesign.model.Scenario;
import org.modesign.ui.base.EditorContext;
import org.modesign.ui.action.ActionRegistry;
import org.modesign.ui.document.DocumentModel;
import org.modesign.ui.document.Selection;

/**
 * The Edit, View and Arrange commands that work on the chart: undo/redo, clipboard, duplicate,
 * delete, select all, rename, line style, auto-layout and zoom.
 */
public final class ChartActions {

    /** How far pasted and duplicated cards land from their originals, in world units. */
    static final double PASTE_OFFSET = 30;

    private static final TreeLayout LAYOUT = new TreeLayout(Spacing.CARDS, true);

    private final EditorContext context;
    private final ChartView view;
    private final BooleanBinding hasCards;
    private final BooleanBinding hasSelection;
    private Clip clipboard;
    private int pasteCount;

    public ChartActions(EditorContext context, ChartView view) {
        this.context = context;
        this.view = view;
        Selection selection = context.selection();
        hasCards = Bindings.createBooleanBinding(() -> !selection.nodes().isEmpty(), selection.nodes());
        hasSelection = Bindings.createBooleanBinding(() -> !selection.isEmpty(), selection.nodes(),
                selection.lineProperty());
    }

    public void register() {
        ActionRegistry actions = context.actions();
        DocumentModel doc = context.document();
        actions.register(UNDO, doc::undo, doc.canUndoProperty(), doc.undoTextProperty());
        actions.register(REDO, doc::redo, doc.canRedoProperty(), doc.redoTextProperty());
        actions.register(CUT, this::cut, hasCards);
        actions.register(COPY, this::copy, hasCards);
        actions.register(PASTE, this::paste);
        actions.register(DUPLICATE, this::duplicate, hasCards);
        actions.register(DELETE, this::delete, hasSelection);
        actions.register(SELECT_ALL, this::selectAll);
        actions.register(RENAME, this::rename, Bindings.createBooleanBinding(
                () -> context.selection().nodes().size() == 1, context.selection().nodes()));
        actions.register(TOGGLE_LINE_STYLE, this::toggleLineStyle,
                context.selection().lineProperty().isNotNull());
        actions.register(ARRANGE, this::arrange);
        new FoldActions(context, view.folds()).register(actions);
        actions.register(ZOOM_IN, () -> view.zoomBy(1.25));
        actions.register(ZOOM_OUT, () -> view.zoomBy(0.8));
        actions.register(ZOOM_FIT, view::fitToWindow);
        actions.register(ZOOM_ACTUAL, view::zoomActual);
        context.selection().nodes().addListener((SetChangeListener<String>) c -> pasteCount = 0);
    }

    private String scenarioId() {
        return context.document().scenario().id();
    }

    private List<String> selected() {
        return new ArrayList<>(context.selection().nodes());
    }

    private void copy() {
        clipboard = Clip.copy(context.document().scenario(), selected());
        pasteCount = 0;
        context.showStatus(org.modesign.ui.i18n.I18n.tr("status.copied", clipboard.nodes().size()));
    }

    private void cut() {
        List<String> ids = selected();
        clipboard = Clip.copy(context.document().scenario(), ids);
        pasteCount = 0;
        context.edit(CompoundCommand.of(EditText.of(EditKey.CUT_CARDS, ids.size()),
                new DeleteNodes(scenarioId(), new HashSet<>(ids))));
    }

    private void paste() {
        if (clipboard == null || clipboard.nodes().isEmpty()) {
            return;
        }
        pasteCount++;
        AddNodes add = clipboard.paste(context.document().design(), scenarioId(), PASTE_OFFSET * pasteCount,
                PASTE_OFFSET * pasteCount);
        if (context.edit(add)) {
            context.selection().selectNodes(add.nodes().stream().map(Node::id).toList());
        }
    }

    private void duplicate() {
        AddNodes add = Clip.duplicate(context.document().design(), scenarioId(), selected(), PASTE_OFFSET,
                PASTE_OFFSET);
        if (context.edit(add)) {
            context.selection().selectNodes(add.nodes().stream().map(Node::id).toList());
        }
    }

    private void delete() {
        LineKey line = context.selection().line();
        if (line != null) {
            context.edit(new DeleteLines(scenarioId(), Set.of(line)));
        } else {
            context.edit(new DeleteNodes(scenarioId(), new HashSet<>(selected())));
        }
    }

    /** Selects every card shown (not those folded away, which a delete or move would then reach unseen). */
    private void selectAll() {
        var scene = view.scene();
        context.selection().selectNodes(context.document().scenario().nodes().stream().map(Node::id)
                .filter(id -> scene.indexOf(id) < 0 || !scene.hidden(scene.indexOf(id))).toList());
    }

    private void rename() {
        view.startRename(selected().get(0));
    }

    private void toggleLineStyle() {
        LineKey key = context.selection().line();
        Scenario scenario = context.document().scenario();
        for (Line line : scenario.lines()) {
            if (key.matches(line)) {
                LineStyle next = line.style() == LineStyle.SOLID ? LineStyle.DOTTED : LineStyle.SOLID;
                context.edit(new SetLineStyle(scenario.id(), key, next));
                return;
            }
        }
    }

    /** Lays the chart out as a tidy tree along solid lines: one undoable step. */
    private void arrange() {
        Scenario scenario = context.document().scenario();
        Map<String, Position> positions = LAYOUT.layout(scenario).positions(Position::new);
        if (context.edit(SetPositions.arrange(scenario.id(), positions))) {
            view.fitToWindow();
        }
    }
}
