package org.modesign.ui.file;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableBooleanValue;
import org.modesign.ui.i18n.I18n;
import org.modesign.ui.document.DocumentModel;

/**
 * The window's title: "MOdesign — design title", with " •" while there are unsaved changes and
 * "(read-only)" when the design was opened read-only.
 */
final class WindowTitle {

    private WindowTitle() {
    }

    static StringBinding of(DocumentModel document, ObservableBooleanValue readOnly) {
        return Bindings.createStringBinding(() -> {
            String title = document.design().title();
            if (readOnly.get()) {
                title = I18n.tr("window.readOnly", title);
            }
            return I18n.tr(document.dirtyProperty().get() ? "window.titleDirty" : "window.title", title);
        }, document.designProperty(), document.dirtyProperty(), readOnly);
    }
}
