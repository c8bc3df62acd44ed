package org.modesign.ui.planview;

import javafx.scene.Node;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.modesign.ui.fx.GraphicCells;
import org.modesign.ui.i18n.I18n;

/**
 * One row of the plan list, drawn by its kind: a phase's name and goal in large type, a group's
 * heading, a change with its details muted after it (wrapped onto more lines when narrow, never
 * cut short), the "show all" line, the findings. The rows of the phase the views show carry
 * {@code plan-current}. Cells are reused as the list scrolls: only visible rows have nodes.
 */
final class PlanCell extends ListCell<PlanRow> {

    private static final String[] KINDS = {"plan-heading", "plan-group", "plan-entry", "plan-more", "plan-findings",
        "plan-nochange", "plan-mission", PlanList.CURRENT};

    private final PlanList list;

    PlanCell(PlanList list) {
        this.list = list;
        // The graphic is the whole row, as wide as the cell: its height is worked out for that width
        // and its text wraps there. A cell wants no width of its own, so the list never scrolls sideways.
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        setPrefWidth(0);
        setOnMouseClicked(e -> {
            if (getItem() != null && !isEmpty()) {
                list.clicked(getItem(), e.getClickCount());
            }
        });
    }

    /** The row's height at {@code width}: its graphic's, all its lines ({@link GraphicCells}). */
    @Override
    protected double computePrefHeight(double width) {
        double height = GraphicCells.prefHeight(this, width);
        return Double.isNaN(height) ? super.computePrefHeight(width) : height;
    }

    @Override
    protected void updateItem(PlanRow row, boolean empty) {
        PlanRow before = getItem();
        boolean wasEmpty = isEmpty();
        super.updateItem(row, empty);
        setText(null);
        if (empty || row == null) {
            getStyleClass().removeAll(KINDS);
            setGraphic(null);
            setAccessibleText(null);
            return;
        }
        // After an edit most rows read as before: keep their nodes, which costs no new layout.
        if (wasEmpty || !row.equals(before) || getGraphic() == null) {
            getStyleClass().removeAll(KINDS);
            setGraphic(graphic(row));
            setAccessibleText(org.modesign.ui.a11y.AccessibleNames.readOut(getGraphic()));
        }
        // A change of style class styles the cell anew: only when it changes.
        boolean current = row.phase().equals(list.currentPhase());
        if (current != getStyleClass().contains(PlanList.CURRENT)) {
            if (current) {
                getStyleClass().add(PlanList.CURRENT);
            } else {
                getStyleClass().remove(PlanList.CURRENT);
            }
        }
    }

    private Node graphic(PlanRow row) {
        if (row instanceof PlanRow.PhaseHeading h) {
            return heading(h);
        }
        if (row instanceof PlanRow.GroupHeading g) {
            return label(I18n.tr(g.group().key(), g.count()), "plan-group");
        }
        if (row instanceof PlanRow.Entry e) {
            return entry(e);
        }
        if (row instanceof PlanRow.More m) {
            return label(m.expanded() ? I18n.tr("planview.fewer") : I18n.tr("planview.more", m.hidden()), "plan-more");
        }
        if (row instanceof PlanRow.Mission m) {
            return label(I18n.tr("planview.mission", m.text()), "plan-mission");
        }
        if (row instanceof PlanRow.Findings f) {
            return label(I18n.tr("planview.findings", f.added(), f.resolved()), "plan-findings");
        }
        return label(I18n.tr("planview.noChange"), "plan-nochange");
    }

    private Node heading(PlanRow.PhaseHeading h) {
        getStyleClass().add("plan-heading");
        Label name = wrapping(h.name(), "plan-phase-name");
        Label goal = wrapping(h.goal().isEmpty() ? I18n.tr("planview.noGoal") : I18n.tr("planview.goal", h.goal()),
                h.goal().isEmpty() ? "plan-muted" : "plan-goal");
        return new VBox(2, name, goal);
    }

    private Node entry(PlanRow.Entry e) {
        getStyleClass().add("plan-entry");
        Text text = new Text(e.text());
        text.getStyleClass().add("plan-entry-text");
        TextFlow flow = new TextFlow(text);
        if (!e.detail().isEmpty()) {
            Text detail = new Text(PlanWords.DOT + e.detail());
            detail.getStyleClass().add("plan-entry-detail");
            flow.getChildren().add(detail);
        }
        return flow;
    }

    private Label label(String text, String kind) {
        getStyleClass().add(kind);
        return wrapping(text, kind + "-text");
    }

    private Label wrapping(String text, String style) {
        Label label = new Label(text);
        label.getStyleClass().add(style);
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }
}
