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
                () -> holdsLetters(chart, context), context.selection().nodes(), context.document().designProperty()));
    }

    /** Whether the one card selected is a role or an executive (looked up by the chart's index: a key is O(1)). */
    private static boolean holdsLetters(ChartView chart, EditorContext context) {
        if (context.selection().nodes().size() != 1 || chart.scene() == null) {
            return false;
        }
        int i = chart.scene().indexOf(context.selection().nodes().iterator().next());
        return i >= 0 && (chart.scene().node(i) instanceof Role || chart.scene().node(i) instanceof Executive);
    }
}
