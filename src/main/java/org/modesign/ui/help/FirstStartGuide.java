package org.modesign.ui.help;

import java.util.prefs.Preferences;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.modesign.ui.i18n.I18n;

/**
 * A short guide for the first start, above the inspector (it takes its own room and covers no card):
 * what to do first and where to find more.
 * "Got it" dismisses it for good (kept in the user's preferences).
 */
public final class FirstStartGuide extends VBox {

    static final String DISMISSED = "firstStartGuideDismissed";

    private final Preferences preferences;

    /** The guide; {@code shortcuts} opens the shortcuts sheet. */
    public FirstStartGuide(Preferences preferences, Runnable shortcuts) {
        this.preferences = preferences;
        setId("first-start-guide");
        setSpacing(4);
        setPadding(new Insets(6, 12, 8, 12));
        getStyleClass().add("first-start-guide");
        Label title = new Label(I18n.tr("guide.title"));
        title.getStyleClass().add("guide-title");
        VBox steps = new VBox(3);
        for (String key : new String[] {"guide.step.add", "guide.step.connect", "guide.step.inspect",
            "guide.step.menus", "guide.step.find", "guide.step.findings"}) {
            Label step = new Label(I18n.tr(key), new FontIcon("mdi2c-chevron-right"));
            step.setWrapText(true);
            step.setMinHeight(USE_PREF_SIZE);
            steps.getChildren().add(step);
        }
        Button keys = new Button(I18n.tr("guide.shortcuts"));
        keys.setOnAction(e -> shortcuts.run());
        Button done = new Button(I18n.tr("guide.dismiss"));
        done.setId("first-start-guide-dismiss");
        done.setDefaultButton(false);
        done.getStyleClass().add("accent");
        done.setOnAction(e -> dismiss());
        HBox buttons = new HBox(8, keys, done);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        getChildren().addAll(title, steps, buttons);
        setPrefWidth(0); // as wide as the inspector below it, no wider
        setVisible(!preferences.getBoolean(DISMISSED, false));
        setManaged(isVisible());
    }

    /** Hides the guide and remembers not to show it again. */
    public void dismiss() {
        preferences.putBoolean(DISMISSED, true);
        setVisible(false);
        setManaged(false);
    }
}
