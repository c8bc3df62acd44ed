package org.modesign.ui.help;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The first-start guide shows until "Got it", and not again after. */
@ExtendWith(ApplicationExtension.class)
class FirstStartGuideTest {

    private final Preferences preferences = Preferences.userRoot().node("org/modesign/test-guide-" + System.nanoTime());
    private final StackPane pane = new StackPane();

    @Start
    void start(Stage stage) {
        stage.setScene(new javafx.scene.Scene(pane, 600, 400));
        stage.show();
    }

    @AfterEach
    void forget() throws BackingStoreException {
        preferences.removeNode();
    }

    @Test
    void gotItHidesTheGuideForGood(FxRobot robot) {
        FirstStartGuide first = new FirstStartGuide(preferences, () -> { });
        robot.interact(() -> pane.getChildren().add(first));
        assertTrue(first.isVisible(), "shown at the first start");
        robot.clickOn("#first-start-guide-dismiss");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(first.isVisible());
        assertFalse(new FirstStartGuide(preferences, () -> { }).isVisible(), "not shown at the next start");
    }
}
