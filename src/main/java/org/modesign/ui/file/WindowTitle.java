package org.modesign.ui.file;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import org.modesign.ui.i18n.I18n;
import org.modesign.ui.document.DocumentModel;

/** The window's title: "MOdesign — design title", with " •" while there are unsaved changes. */
final class WindowTitle {

    private WindowTitle() {
    }

    static StringBinding of(DocumentModel document) {
        return Bindings.createStringBinding(
                () -> I18n.tr(document.dirtyProperty().get() ? "window.titleDirty" : "window.title",
                        document.design().title()),
                document.designProperty(), document.dirtyProperty());
    }
}
