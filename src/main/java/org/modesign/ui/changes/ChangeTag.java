package org.modesign.ui.changes;

import javafx.scene.control.Label;
import org.modesign.render.ChangeMark;
import org.modesign.render.Rgb;

/** The small tag of a change, as on the chart: its glyph on its mark's colour (grey for a change that marks no card). */
final class ChangeTag {

    private ChangeTag() {
    }

    static Label of(String sign, ChangeMark mark) {
        Label tag = new Label(sign);
        tag.getStyleClass().add("change-tag");
        Rgb colour = mark == null ? Rgb.of(0x6B7280) : mark.colour();
        tag.setStyle(String.format("-fx-background-color: #%02x%02x%02x;", colour.red(), colour.green(), colour.blue()));
        return tag;
    }
}
