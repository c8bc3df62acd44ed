package org.modesign.ui.outline;

import java.util.Collection;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import org.modesign.ui.action.EditorAction;
import org.modesign.ui.base.EditorContext;
import org.modesign.ui.canvas.ChartView;

/**
 * Puts the outline beside the centre of the window: View ▸ Outline (Shortcut+Shift+O) shows it at
 * the left of the chart and gives it the keyboard, and hides it again. The outline is made the
 * first time it is shown.
 */
public final class OutlineDock {

    /** The outline's width when it is shown, in pixels (at most a third of the centre). */
    static final double WIDTH = 330;

    private final EditorContext context;
    private final ChartView chart;
    private final SplitPane split = new SplitPane();
    private OutlinePane outline;

    public OutlineDock(EditorContext context, ChartView chart, Node centre) {
        this.context = context;
        this.chart = chart;
        split.getItems().add(centre);
        split.getStyleClass().add("outline-dock");
        context.actions().register(EditorAction.SHOW_OUTLINE, this::toggle);
    }

    /** The centre with the outline beside it when shown. */
    public SplitPane node() {
        return split;
    }

    /** The outline, made at the first call. */
    public OutlinePane outline() {
        if (outline == null) {
            outline = new OutlinePane(context, new ChartLink() {
                @Override
                public void reveal(Collection<String> ids) {
                    chart.folds().reveal(ids);
                }

                @Override
                public void scrollTo(String id) {
                    chart.centerOnIfHidden(id);
                }
            });
            SplitPane.setResizableWithParent(outline, false);
        }
        return outline;
    }

    /** Whether the outline is shown. */
    public boolean isShown() {
        return outline != null && split.getItems().contains(outline);
    }

    /** Shows the outline and gives it the keyboard, or hides it and gives the chart the keyboard. */
    public void toggle() {
        if (isShown()) {
            split.getItems().remove(outline);
            chart.requestFocus();
        } else {
            split.getItems().add(0, outline());
            double width = split.getWidth();
            split.setDividerPositions(width <= 0 ? 0.3 : Math.min(1.0 / 3, WIDTH / width));
            outline.tree().requestFocus();
        }
    }
}
