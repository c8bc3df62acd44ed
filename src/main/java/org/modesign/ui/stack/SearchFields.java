package org.modesign.ui.stack;

import javafx.scene.control.TextField;
import javafx.util.StringConverter;
import org.controlsfx.control.SearchableComboBox;
import org.modesign.ui.i18n.I18n;

/** ControlsFX's {@link SearchableComboBox} over {@link Choice}s, its search field prompting in the editor's language. */
final class SearchFields {

    private SearchFields() {
    }

    static SearchableComboBox<Choice> create(String id, String promptKey) {
        SearchableComboBox<Choice> combo = new SearchableComboBox<>();
        combo.setId(id);
        combo.setPromptText(I18n.tr(promptKey));
        combo.setConverter(new StringConverter<>() {
            @Override
            public String toString(Choice choice) {
                return choice == null ? "" : choice.text();
            }

            @Override
            public Choice fromString(String text) {
                return combo.getItems().stream().filter(c -> c.text().equals(text)).findFirst().orElse(null);
            }
        });
        combo.skinProperty().addListener((obs, old, skin) -> {
            // The skin's search field prompts in ControlsFX's own words (English only).
            if (skin != null && combo.lookup(".search") instanceof TextField field) {
                field.setPromptText(I18n.tr("stack.search.prompt"));
            }
        });
        return combo;
    }
}
