package org.modesign.ui.plan;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.modesign.edit.AddPhase;
import org.modesign.edit.MovePhase;
import org.modesign.edit.RemovePhase;
import org.modesign.edit.RenamePhase;
import org.modesign.edit.SetAllRequired;
import org.modesign.edit.SetPhaseGoal;
import org.modesign.model.Capability;
import org.modesign.model.Design;
import org.modesign.model.Phase;
import org.modesign.ui.i18n.I18n;
import org.modesign.ui.form.ItemTable;
import org.modesign.ui.form.TableButtons;
import org.modesign.ui.form.PaneEdits;

/**
 * The phases of the plan in order, with names and goals edited in place and buttons to add (after
 * the selected phase), rename, move and remove; beside them the checklist of the capabilities the
 * selected phase requires, with Require all and Require none.
 */
final class PhasesPane extends BorderPane {

    private final PaneEdits edits;
    private final ItemTable<Phase> table = new ItemTable<>("plan-phases", Phase::id);
    private final TableColumn<Phase, String> names;
    private final Checklist checklist;
    private final Label required = new Label();
    private List<Capability> catalogue;

    PhasesPane(PaneEdits edits) {
        this.edits = edits;
        this.checklist = new Checklist(edits);
        names = table.nameColumn(I18n.tr("plan.column.name"), Phase::name,
                (p, name) -> edits.submit(new RenamePhase(p.id(), name)));
        names.setPrefWidth(180);
        table.sentenceColumn(I18n.tr("plan.column.goal"), Phase::goal,
                (p, goal) -> edits.submit(new SetPhaseGoal(p.id(), goal.strip()))).setPrefWidth(340);
        table.textColumn(I18n.tr("plan.column.required"), p -> Integer.toString(p.requires().size()))
                .setPrefWidth(90);
        table.textColumn(I18n.tr("plan.column.id"), Phase::id).setPrefWidth(80);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, phase) -> showChecklist());
        HBox buttons = new HBox(8,
                TableButtons.of("plan-phase-add", "plan.button.add", "mdi2p-plus", this::add),
                TableButtons.forSelection(table, "plan-phase-rename", "plan.button.rename", "mdi2p-pencil",
                        () -> table.editSelected(names)),
                TableButtons.forSelection(table, "plan-phase-up", "plan.button.up", "mdi2a-arrow-up", () -> move(-1)),
                TableButtons.forSelection(table, "plan-phase-down", "plan.button.down", "mdi2a-arrow-down",
                        () -> move(1)),
                TableButtons.forSelection(table, "plan-phase-remove", "plan.button.remove", "mdi2m-minus",
                        this::remove));
        required.setId("plan-phase-required");
        required.getStyleClass().add("title-4");
        Label hint = new Label(I18n.tr("plan.phase.required.hint"));
        hint.setWrapText(true);
        hint.setMinHeight(Label.USE_PREF_SIZE);
        HBox all = new HBox(8,
                TableButtons.forSelection(table, "plan-phase-require-all", "plan.phase.requireAll",
                        "mdi2c-checkbox-multiple-marked-outline", () -> requireAll(true)),
                TableButtons.forSelection(table, "plan-phase-require-none", "plan.phase.requireNone",
                        "mdi2c-checkbox-multiple-blank-outline", () -> requireAll(false)));
        VBox right = new VBox(8, required, hint, all, checklist);
        VBox.setVgrow(checklist, Priority.ALWAYS);
        right.setPadding(new Insets(0, 0, 0, 8));
        SplitPane split = new SplitPane(table, right);
        split.setDividerPositions(0.6);
        setCenter(split);
        setBottom(new VBox(8, buttons, edits.message()));
        BorderPane.setMargin(getBottom(), new Insets(8, 0, 0, 0));
    }

    /**
     * Shows the phases of {@code design} and the checklist of the selected one; nothing happens when
     * neither the phases nor the catalogue changed (an edit of the chart).
     */
    void show(Design design) {
        boolean phasesChanged = table.show(design.phases());
        if (table.selectedId() == null && !design.phases().isEmpty()) {
            table.select(design.phases().get(0).id());
        }
        if (phasesChanged || design.capabilities() != catalogue) {
            catalogue = design.capabilities();
            showChecklist();
        }
    }

    private void showChecklist() {
        Design design = design();
        Phase phase = table.selectedId() == null ? null : design.phase(table.selectedId()).orElse(null);
        required.setText(phase == null ? I18n.tr("plan.phase.required.none") : I18n.tr("plan.phase.required",
                phase.name()));
        checklist.show(design.capabilities(), phase);
    }

    private Design design() {
        return edits.context().document().design();
    }

    private void add() {
        AddPhase add = AddPhase.after(design(), table.selectedId(), I18n.tr("plan.phase.newName"));
        if (edits.submit(add)) {
            table.select(add.id());
            table.editSelected(names);
        }
    }

    /** Require all or Require none for the selected phase: one undoable step. */
    private void requireAll(boolean all) {
        edits.submit(SetAllRequired.of(design(), table.selectedId(), all));
    }

    private void move(int delta) {
        edits.submit(MovePhase.by(design(), table.selectedId(), delta));
    }

    private void remove() {
        String id = table.selectedId();
        edits.remove(new RemovePhase(id, false), new RemovePhase(id, true),
                I18n.tr("plan.phase.remove.title"), I18n.tr("plan.phase.remove.question"));
    }
}
