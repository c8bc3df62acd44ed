package org.modesign.ui.chartmenu;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.controlsfx.control.SearchableComboBox;
import org.modesign.ui.i18n.I18n;

/**
 * The picker of Report To…: a searchable list of the cards (type to narrow it, arrows and Enter to
 * choose), OK and Cancel. A choice that is refused keeps the picker open with the reason under it.
 */
final class ReportToDialog {

    /** A card offered: its id, its title and the title of the card above it (null for a top card). */
    record Choice(String id, String label, String above) {
        @Override
        public String toString() {
            return above == null ? label : I18n.tr("reportTo.entry", label, above);
        }
    }

    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final SearchableComboBox<Choice> combo = new SearchableComboBox<>();
    private final Label error = new Label();

    ReportToDialog(Window owner, String card, List<Choice> choices, Function<String, Optional<String>> refusal) {
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(I18n.plain(I18n.tr("reportTo.title")));
        dialog.setHeaderText(I18n.tr("reportTo.header", card));
        combo.setId("report-to-choice");
        combo.getItems().setAll(choices);
        combo.setConverter(new StringConverter<>() {
            @Override
            public String toString(Choice choice) {
                return choice == null ? "" : choice.toString();
            }

            @Override
            public Choice fromString(String text) {
                return combo.getItems().stream().filter(c -> c.toString().equals(text)).findFirst().orElse(null);
            }
        });
        String prompt = I18n.tr("reportTo.prompt");
        combo.setPromptText(prompt);
        // The search field lies over the combo box while the list shows: one prompt, in the editor's language.
        combo.showingProperty().addListener((obs, was, showing) -> combo.setPromptText(showing ? null : prompt));
        combo.skinProperty().addListener((obs, old, skin) -> {
            if (skin != null && combo.lookup("#search") instanceof javafx.scene.control.TextField field) {
                field.setPromptText(prompt);
            }
        });
        combo.setMaxWidth(Double.MAX_VALUE);
        combo.setPrefWidth(380);
        Label label = new Label(I18n.tr("reportTo.label"));
        label.setLabelFor(combo);
        error.setId("report-to-error");
        error.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.DANGER);
        error.setWrapText(true);
        error.setMaxWidth(380);
        error.managedProperty().bind(error.visibleProperty());
        error.setVisible(false);
        dialog.getDialogPane().setContent(new VBox(6, label, combo, error));
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().setId("report-to-dialog");
        Button ok = (Button) dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            Choice chosen = combo.getValue();
            Optional<String> reason = chosen == null ? Optional.of(I18n.tr("reportTo.choose"))
                    : refusal.apply(chosen.id());
            reason.ifPresent(text -> {
                error.setText(text);
                error.setVisible(true);
                dialog.getDialogPane().getScene().getWindow().sizeToScene();
                e.consume();
            });
        });
        combo.valueProperty().addListener((obs, was, now) -> error.setVisible(false));
        dialog.setOnShown(e -> Platform.runLater(combo::requestFocus));
    }

    /** Shows the picker and waits: the id of the card chosen, or empty when cancelled. */
    Optional<String> choose() {
        Optional<ButtonType> answer = dialog.showAndWait();
        if (answer.isPresent() && answer.get() == ButtonType.OK && combo.getValue() != null) {
            return Optional.of(combo.getValue().id());
        }
        return Optional.empty();
    }
}
