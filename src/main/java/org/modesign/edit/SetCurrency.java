package org.modesign.edit;

import org.modesign.model.Design;
import org.modesign.model.Settings;

/** Sets the label of every cost, e.g. "USD" or "€", at most 8 characters; empty ({@code ""} or null) for none. */
public record SetCurrency(String currency) implements EditCommand {

    @Override
    public EditText text() {
        return EditText.of(EditKey.SET_CURRENCY);
    }

    @Override
    public Design apply(Design design) {
        String label = currency == null ? "" : currency;
        if (label.codePointCount(0, label.length()) > Settings.MAX_CURRENCY_CHARS) {
            throw EditRejected.of(EditKey.CURRENCY_TOO_LONG, Settings.MAX_CURRENCY_CHARS);
        }
        return label.equals(design.settings().currency()) ? design
                : design.withSettings(design.settings().withCurrency(label));
    }
}
