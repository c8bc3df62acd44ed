package org.modesign.ui.plan;

import javafx.beans.binding.BooleanBinding;
import javafx.scene.control.Button;
import org.kordamp.ikonli.javafx.FontIcon;
import org.modesign.ui.i18n.I18n;

/** The buttons under the dialog's tables: a label from the bundle, an icon, an id for tests. */
final class Buttons {

    private Buttons() {
    }

    static Button of(String id, String labelKey, String icon, Runnable action) {
        Button button = new Button(I18n.tr(labelKey), new FontIcon(icon));
        button.setId(id);
        button.setOnAction(e -> action.run());
        return button;
    }

    /** A button that is enabled only while a row of {@code table} is selected. */
    static Button forSelection(ItemTable<?> table, String id, String labelKey, String icon, Runnable action) {
        Button button = of(id, labelKey, icon, action);
        BooleanBinding none = table.getSelectionModel().selectedItemProperty().isNull();
        button.disableProperty().bind(none);
        return button;
    }
}
