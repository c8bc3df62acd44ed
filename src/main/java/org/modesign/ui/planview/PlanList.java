package org.modesign.ui.planview;

import java.util.List;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.input.KeyCode;

/**
 * The plan, phase by phase, as a virtual list (only the rows on screen have nodes). Choosing an
 * entry or a group's heading (click, arrow keys) selects its cards; a double click or Enter shows
 * them in the chart. A click on a phase's heading or its findings makes that phase the one the
 * views show; a click on "show all" shows a long group whole. The rows of the phase the views show
 * are highlighted.
 */
final class PlanList {

    /** The style class of the rows of the phase the views show. */
    static final String CURRENT = "plan-current";

    /** What the list asks of the view. */
    interface Handler {
        /** Selects these cards (the inspector shows them). */
        void select(List<String> cards);

        /** Selects these cards and shows them in the chart. */
        void show(List<String> cards);

        /** Makes this phase the one the views show. */
        void showPhase(String phase);

        /** Shows a long group whole, or short again. */
        void toggle(PlanRow.More more);
    }

    private final ListView<PlanRow> view = new ListView<>();
    private final Handler handler;
    private String currentPhase;
    /** True while the rows are replaced, so that re-choosing the chosen row selects nothing again. */
    private boolean replacing;

    PlanList(Handler handler) {
        this.handler = handler;
        view.setId("plan-list");
        org.modesign.ui.a11y.AccessibleNames.name(view, org.modesign.ui.i18n.I18n.tr("a11y.plan.list"));
        view.getStyleClass().add("plan-list");
        view.getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        view.setCellFactory(v -> new PlanCell(this));
        view.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (!replacing && row != null && !row.cards().isEmpty()) {
                handler.select(row.cards());
            }
        });
        view.setOnKeyPressed(e -> {
            PlanRow row = view.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && row != null) {
                activate(row);
                e.consume();
            }
        });
    }

    ListView<PlanRow> view() {
        return view;
    }

    /** Shows {@code rows}, keeping the scroll position and, when it is still there, the row chosen. */
    void setRows(List<PlanRow> rows) {
        PlanRow chosen = view.getSelectionModel().getSelectedItem();
        replacing = true;
        try {
            view.getItems().setAll(rows);
            if (chosen != null) {
                int at = rows.indexOf(chosen);
                if (at >= 0) {
                    view.getSelectionModel().select(at);
                }
            }
        } finally {
            replacing = false;
        }
    }

    String currentPhase() {
        return currentPhase;
    }

    /** Highlights the rows of {@code phase} (null: none) and, when it changed, scrolls to its heading. */
    void setCurrentPhase(String phase) {
        if (java.util.Objects.equals(phase, currentPhase)) {
            // refresh() would make every cell anew (nodes, styles, layout): after an edit the cells update themselves.
            return;
        }
        boolean changed = phase != null;
        currentPhase = phase;
        view.refresh();
        if (changed) {
            for (int i = 0; i < view.getItems().size(); i++) {
                if (view.getItems().get(i) instanceof PlanRow.PhaseHeading h && h.phase().equals(phase)) {
                    view.scrollTo(i);
                    break;
                }
            }
        }
    }

    /** A click on a row: {@code clicks} is 2 for a double click. */
    void clicked(PlanRow row, int clicks) {
        if (row instanceof PlanRow.More || row instanceof PlanRow.PhaseHeading || row instanceof PlanRow.Findings) {
            activate(row);
        } else if (clicks == 2 && !row.cards().isEmpty()) {
            handler.show(row.cards());
        }
    }

    private void activate(PlanRow row) {
        if (row instanceof PlanRow.More more) {
            handler.toggle(more);
        } else if (row instanceof PlanRow.PhaseHeading || row instanceof PlanRow.Findings) {
            handler.showPhase(row.phase());
        } else if (!row.cards().isEmpty()) {
            handler.show(row.cards());
        }
    }
}
