package org.modesign.ui.file;

import org.modesign.text.Language;
import org.modesign.ui.i18n.I18n;

/** The title File ▸ New gives a design ("Untitled design"), recognised in every language of the editor. */
final class UntitledTitle {

    private UntitledTitle() {
    }

    static boolean is(String title) {
        for (Language language : Language.values()) {
            if (I18n.trIn(language, "design.untitled").equals(title)) {
                return true;
            }
        }
        return false;
    }
}
