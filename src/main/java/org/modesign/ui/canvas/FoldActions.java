package org.modesign.ui.canvas;

import static org.modesign.ui.action.EditorAction.COLLAPSE;
import static org.modesign.ui.action.EditorAction.COLLAPSE_ALL_BELOW;
import static org.modesign.ui.action.EditorAction.EXPAND;
import static org.modesign.ui.action.EditorAction.EXPAND_ALL;

import java.util.ArrayList;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import org.modesign.ui.action.ActionRegistry;
import org.modesign.ui.base.EditorContext;

/** View ▸ Collapse (Ctrl+[), Expand (Ctrl+]), Collapse All Below (Ctrl+Shift+[) and Expand All (Ctrl+Shift+]). */
final class FoldActions {

    private final EditorContext context;
    private final ChartFolds folds;

    FoldActions(EditorContext context, ChartFolds folds) {
        this.context = context;
        this.folds = folds;
    }

    void register(ActionRegistry actions) {
        BooleanBinding hasCards = Bindings.createBooleanBinding(() -> !context.selection().nodes().isEmpty(),
                context.selection().nodes());
        actions.register(COLLAPSE, () -> folds.collapse(new ArrayList<>(context.selection().nodes())), hasCards);
        actions.register(EXPAND, () -> folds.expand(new ArrayList<>(context.selection().nodes())), hasCards);
        actions.register(COLLAPSE_ALL_BELOW, () -> folds.collapseAllBelow(new ArrayList<>(context.selection().nodes())));
        actions.register(EXPAND_ALL, folds::expandAll);
    }
}
