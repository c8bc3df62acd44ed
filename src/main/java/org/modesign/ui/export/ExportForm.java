package org.modesign.ui.export;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.modesign.export.ExportFormat;
import org.modesign.export.Paper;
import org.modesign.model.Phase;
import org.modesign.ui.i18n.I18n;

/**
 * The controls of the export dialog: format (PNG, SVG, PDF), whole chart or selection, phase,
 * scale (for PNG only), paper (for PDF only) and, when the chart has folded branches, whether they
 * are drawn as shown (roll-up cards) or expanded. {@link #choice()} reads them.
 */
final class ExportForm extends GridPane {

    private final ToggleGroup format = new ToggleGroup();
    private final ToggleGroup cards = new ToggleGroup();
    private final ToggleGroup scale = new ToggleGroup();
    private final ToggleGroup paper = new ToggleGroup();
    private final ToggleGroup folds = new ToggleGroup();
    /** What the choice says of folded branches when the chart has none to offer. */
    private final boolean startExpanded;
    private final ComboBox<Phase> phase = new ComboBox<>();

    /**
     * A form showing {@code start}, offering the design's {@code phases} and, when
     * {@code selectedCards} is more than 0, the selection.
     */
    ExportForm(ExportChoice start, List<Phase> phases, int selectedCards) {
        this(start, phases, selectedCards, false);
    }

    /** The same, offering "as shown" or "everything expanded" when {@code folded} (the chart has collapsed branches). */
    ExportForm(ExportChoice start, List<Phase> phases, int selectedCards, boolean folded) {
        startExpanded = start.expanded();
        setHgap(12);
        setVgap(10);
        setPadding(new Insets(16, 20, 8, 20));
        setId("export-form");
        row(0, "export.dialog.format", options(format, start.format(), "export-format",
                ExportFormat.PNG, ExportFormat.SVG, ExportFormat.PDF));
        RadioButton whole = radio(cards, I18n.tr("export.dialog.whole"), false, "export-whole");
        RadioButton selection = radio(cards, I18n.tr("export.dialog.selection", selectedCards), true, "export-selection");
        selection.setDisable(selectedCards == 0);
        cards.selectToggle(start.selectionOnly() && selectedCards > 0 ? selection : whole);
        row(1, "export.dialog.cards", new HBox(12, whole, selection));
        row(2, "export.dialog.phase", phaseBox(phases, start.phaseId()));
        row(3, "export.dialog.scale", options(scale, start.scale(), "export-scale", 1, 2));
        row(4, "export.dialog.paper", options(paper, start.paper(), "export-paper", Paper.A4, Paper.LETTER));
        if (folded) {
            RadioButton shown = radio(folds, I18n.tr("export.dialog.folds.shown"), false, "export-folds-shown");
            RadioButton expanded = radio(folds, I18n.tr("export.dialog.folds.expanded"), true, "export-folds-expanded");
            folds.selectToggle(start.expanded() ? expanded : shown);
            row(5, "export.dialog.folds", new VBox(6, shown, expanded));
        }
        format.selectedToggleProperty().addListener((obs, old, t) -> enableForFormat());
        enableForFormat();
    }

    /** What the controls say now. */
    ExportChoice choice() {
        Phase shown = phase.getValue();
        return new ExportChoice((ExportFormat) format.getSelectedToggle().getUserData(),
                Boolean.TRUE.equals(cards.getSelectedToggle().getUserData()), shown == null ? null : shown.id(),
                (Integer) scale.getSelectedToggle().getUserData(), (Paper) paper.getSelectedToggle().getUserData(),
                folds.getSelectedToggle() == null ? startExpanded : (Boolean) folds.getSelectedToggle().getUserData());
    }

    private void enableForFormat() {
        Object chosen = format.getSelectedToggle().getUserData();
        scale.getToggles().forEach(t -> ((Node) t).setDisable(chosen != ExportFormat.PNG));
        paper.getToggles().forEach(t -> ((Node) t).setDisable(chosen != ExportFormat.PDF));
    }

    private ComboBox<Phase> phaseBox(List<Phase> phases, String phaseId) {
        List<Phase> items = new ArrayList<>();
        items.add(null);
        items.addAll(phases);
        phase.getItems().setAll(items);
        phase.setValue(phases.stream().filter(p -> p.id().equals(phaseId)).findFirst().orElse(null));
        phase.setCellFactory(list -> new PhaseCell());
        phase.setButtonCell(new PhaseCell());
        phase.setId("export-phase");
        return phase;
    }

    private void row(int index, String labelKey, Node control) {
        Label label = new Label(I18n.tr(labelKey));
        label.setLabelFor(control);
        add(label, 0, index);
        add(control, 1, index);
    }

    /** A row of radio buttons, one per value, labelled by {@code prefix.code} keys, showing {@code start}. */
    private static HBox options(ToggleGroup group, Object start, String idPrefix, Object... values) {
        HBox box = new HBox(12);
        for (Object value : values) {
            String code = value instanceof org.modesign.model.Coded c ? c.code() : value.toString();
            RadioButton button = radio(group, I18n.tr(idPrefix.replace('-', '.') + "." + code), value,
                    idPrefix + "-" + code);
            box.getChildren().add(button);
            if (value.equals(start)) {
                group.selectToggle(button);
            }
        }
        if (group.getSelectedToggle() == null) {
            group.selectToggle((Toggle) box.getChildren().get(0));
        }
        return box;
    }

    private static RadioButton radio(ToggleGroup group, String text, Object value, String id) {
        RadioButton button = new RadioButton(text);
        button.setToggleGroup(group);
        button.setUserData(value);
        button.setId(id);
        return button;
    }

    /** Shows a phase by its name, and "All phases" for none. */
    private static final class PhaseCell extends ListCell<Phase> {
        @Override
        protected void updateItem(Phase item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item == null ? I18n.tr("export.dialog.allPhases") : item.name());
        }
    }
}
