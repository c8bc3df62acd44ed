package org.modesign.ui.shell;

import static org.modesign.ui.action.EditorAction.RESPONSIBILITIES;

import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import org.modesign.model.Executive;
import org.modesign.model.Role;
import org.modesign.ui.base.EditorContext;
import org.modesign.ui.canvas.ChartView;
import org.modesign.ui.inspector.InspectorKeys;
import org.modesign.ui.inspector.InspectorView;

/**
 * The chart and the inspector from the keyboard: Enter on the chart goes to the inspector's first
 * field, Escape there comes back to the chart (the selection kept), and Edit ▸ Responsibilities
 * goes to the selected role's or executive's responsibilities.
 */
final class InspectorLink {

    private InspectorLink() {
    }

    static void link(EditorContext context, ChartView chart, Node inspector) {
        if (!(inspector instanceof InspectorView view)) {
            return; // a window without an inspector (some tests)
        }
        InspectorKeys keys = new InspectorKeys(view);
        keys.onEscape(chart::requestFocus);
        chart.keys().setToInspector(keys::focusFirstField);
        context.actions().register(RESPONSIBILITIES, keys::focusResponsibilities, Bindings.createBooleanBinding(
                () -> context.selection().nodes().size() == 1 && context.document().scenario()
                        .node(context.selection().nodes().iterator().next())
                        .filter(n -> n instanceof Role || n instanceof Executive).isPresent(),
                context.selection().nodes(), context.document().designProperty()));
    }
}
