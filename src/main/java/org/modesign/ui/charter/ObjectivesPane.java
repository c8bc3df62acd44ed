package org.modesign.ui.charter;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.TableColumn;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import org.modesign.edit.AddObjective;
import org.modesign.edit.MoveObjective;
import org.modesign.edit.RemoveObjective;
import org.modesign.edit.SetObjectiveMeasure;
import org.modesign.edit.SetObjectivePhase;
import org.modesign.edit.SetObjectiveTarget;
import org.modesign.edit.SetObjectiveText;
import org.modesign.model.Design;
import org.modesign.model.Objective;
import org.modesign.model.Phase;
import org.modesign.ui.form.ItemTable;
import org.modesign.ui.form.PaneEdits;
import org.modesign.ui.form.TableButtons;
import org.modesign.ui.i18n.I18n;

/**
 * The objectives of the charter as a table: text, measure and target edited in place, the phase
 * picked from the plan's phases (or none); buttons to add (in the phase shown in the phase bar),
 * remove and reorder.
 */
final class ObjectivesPane extends BorderPane {

    /** The drop-down's entry for "no phase" (phase ids are never empty). */
    private static final String NO_PHASE = "";

    private final PaneEdits edits;
    private final ItemTable<Objective> table = new ItemTable<>("charter-objectives", Objective::id);
    private final TableColumn<Objective, String> texts;
    private List<Phase> phases;

    ObjectivesPane(PaneEdits edits) {
        this.edits = edits;
        texts = table.sentenceColumn(I18n.tr("charter.column.objective"), Objective::text,
                (o, text) -> edits.submit(new SetObjectiveText(o.id(), text.strip())));
        texts.setPrefWidth(390);
        table.sentenceColumn(I18n.tr("charter.column.measure"), Objective::measure,
                (o, measure) -> edits.submit(new SetObjectiveMeasure(o.id(), measure.strip()))).setPrefWidth(290);
        table.sentenceColumn(I18n.tr("charter.column.target"), Objective::target,
                (o, target) -> edits.submit(new SetObjectiveTarget(o.id(), target.strip()))).setPrefWidth(170);
        table.choiceColumn(I18n.tr("charter.column.phase"), this::phaseChoices,
                o -> o.phase() == null ? NO_PHASE : o.phase(), this::phaseName,
                (o, phase) -> edits.submit(new SetObjectivePhase(o.id(), phase.isEmpty() ? null : phase)))
                .setPrefWidth(190);
        HBox buttons = new HBox(8,
                TableButtons.of("charter-objective-add", "plan.button.add", "mdi2p-plus", this::add),
                TableButtons.forSelection(table, "charter-objective-remove", "plan.button.remove", "mdi2m-minus",
                        () -> edits.submit(new RemoveObjective(table.selectedId()))),
                TableButtons.forSelection(table, "charter-objective-up", "plan.button.up", "mdi2a-arrow-up",
                        () -> move(-1)),
                TableButtons.forSelection(table, "charter-objective-down", "plan.button.down", "mdi2a-arrow-down",
                        () -> move(1)));
        table.setPlaceholder(CharterView.placeholder("charter.objectives.empty"));
        setTop(CharterView.header("charter.objectives", "charter.objectives.hint", buttons));
        setCenter(table);
        setBottom(edits.message());
        BorderPane.setMargin(table, new Insets(6, 0, 0, 0));
    }

    /** Shows the objectives of {@code design}; drawn again when the phases (whose names it shows) changed. */
    void show(Design design) {
        table.show(design.charter().objectives());
        if (design.phases() != phases) {
            phases = design.phases();
            table.refresh();
        }
    }

    private List<String> phaseChoices() {
        List<String> choices = new ArrayList<>();
        choices.add(NO_PHASE);
        design().phases().forEach(p -> choices.add(p.id()));
        return choices;
    }

    private String phaseName(String id) {
        return id.isEmpty() ? I18n.tr("charter.phase.none") : design().phase(id).map(Phase::name).orElse(id);
    }

    private Design design() {
        return edits.context().document().design();
    }

    private void add() {
        Design design = design();
        String shown = edits.context().document().phaseIdProperty().get();
        Objective fresh = AddObjective.named(design, I18n.tr("charter.objective.newText")).objective();
        AddObjective add = new AddObjective(fresh.withPhase(shown != null && design.phase(shown).isPresent()
                ? shown : null));
        if (edits.submit(add)) {
            table.select(fresh.id());
            table.editSelected(texts);
        }
    }

    private void move(int delta) {
        edits.submit(MoveObjective.by(design(), table.selectedId(), delta));
    }
}
