package org.modesign.ui.canvas;

import javafx.scene.input.MouseDragEvent;
import org.modesign.edit.SetDeploymentOwner;
import org.modesign.model.Node;
import org.modesign.ui.base.EditorContext;
import org.modesign.ui.i18n.I18n;
import org.modesign.ui.palette.ToolDrag;

/**
 * Lets the user drop a deployment from the palette's tools on a card of the chart: the card under
 * the pointer is outlined while the chip is dragged over it, and the drop makes that card the
 * deployment's owner, one undoable edit. A drop beside every card changes nothing.
 */
public final class ToolDrops {

    private final ChartView view;
    private final EditorContext context;
    private ToolDrag drag;

    public ToolDrops(ChartView view, EditorContext context) {
        this.view = view;
        this.context = context;
        view.addEventHandler(MouseDragEvent.MOUSE_DRAG_OVER, e -> {
            if (drag != null) {
                target(cardAt(e.getX(), e.getY()));
            }
        });
        view.addEventHandler(MouseDragEvent.MOUSE_DRAG_EXITED, e -> target(-1));
        view.addEventHandler(MouseDragEvent.MOUSE_DRAG_RELEASED, e -> {
            if (drag != null) {
                ToolDrag dropped = drag;
                drag = null;
                target(-1);
                drop(dropped, cardAt(e.getX(), e.getY()));
                view.requestFocus();
                e.consume();
            }
        });
    }

    /** The deployment being dragged, or null when the drag ended. */
    public void setDrag(ToolDrag dragged) {
        drag = dragged;
        if (dragged == null) {
            target(-1);
        }
    }

    /** Makes card {@code index} (-1: none, nothing happens) the owner of {@code dropped}. */
    void drop(ToolDrag dropped, int index) {
        if (index < 0) {
            return;
        }
        Node card = view.scene().node(index);
        String scenario = view.scenario().id();
        if (context.edit(new SetDeploymentOwner(scenario, dropped.tool(), dropped.region(), card.id()))) {
            context.showStatus(I18n.tr("palette.tools.owned", card.label(), dropped.toolName(),
                    dropped.regionName()));
        }
    }

    private int cardAt(double x, double y) {
        return view.scene().nodeAt(view.toWorldX(x), view.toWorldY(y));
    }

    private void target(int index) {
        if (view.overlay().target() != index) {
            view.overlay().setTarget(index);
            view.repaint();
        }
    }
}
