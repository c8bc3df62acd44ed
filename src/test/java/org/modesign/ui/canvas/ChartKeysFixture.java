package org.modesign.ui.canvas;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javafx.scene.input.KeyCode;
import org.modesign.model.Design;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The keyboard tests' design for tests in other packages (see {@link ChartKeysTest#withOpsLead()}),
 * and their way of pressing keys.
 */
public final class ChartKeysFixture {

    private ChartKeysFixture() {
    }

    /** CEO ← CMO ← {Martech CoE ∋ Data analyst, Ops lead}. */
    public static Design withOpsLead() {
        return ChartKeysTest.withOpsLead();
    }

    /** Presses {@code keys} together (modifiers first), lets them go in the reverse order, and waits for the events. */
    public static void key(FxRobot robot, KeyCode... keys) {
        robot.press(keys);
        List<KeyCode> up = new ArrayList<>(List.of(keys));
        Collections.reverse(up);
        robot.release(up.toArray(KeyCode[]::new));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
