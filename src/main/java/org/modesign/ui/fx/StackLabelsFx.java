package org.modesign.ui.fx;

import org.modesign.stack.StackLabels;
import org.modesign.ui.i18n.I18n;

/** The words of the stack landscape, from the editor's resource bundle. */
public final class StackLabelsFx {

    private StackLabelsFx() {
    }

    public static StackLabels create() {
        return new StackLabels(key -> I18n.has(key) ? I18n.bundle().getString(key) : null, I18n.bundle().getLocale());
    }
}
