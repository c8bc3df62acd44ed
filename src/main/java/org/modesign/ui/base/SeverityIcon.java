package org.modesign.ui.base;

import org.kordamp.ikonli.javafx.FontIcon;
import org.modesign.analysis.Severity;

/** The icon of a finding's severity, coloured by the style sheet (status bar, findings panel). */
public final class SeverityIcon {

    private SeverityIcon() {
    }

    public static FontIcon of(Severity severity) {
        FontIcon icon = new FontIcon(switch (severity) {
            case ERROR -> "mdi2c-close-circle";
            case WARNING -> "mdi2a-alert";
            case INFO -> "mdi2i-information";
        });
        icon.getStyleClass().add("status-" + severity.code());
        return icon;
    }
}
