package org.modesign.ui.findings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A finding's row keeps its message readable: beside the rule where there is room, else below it. */
@ExtendWith(ApplicationExtension.class)
class FindingRowTest {

    private static final String MESSAGE = "Capability \"Architect the overall stack of all martech products\" has no"
            + " role staffing it in phase \"Phase 0: today\".";

    private Pane holder;
    private FindingRow row;

    @Start
    void start(Stage stage) {
        row = new FindingRow(new Rectangle(14, 14), new Label("Unstaffed capability · Phase 0: today"),
                new Button("Add a role for it"), new Label(MESSAGE));
        holder = new Pane(row);
        // laid out by hand at the width under test: a managed child would be autosized back to its
        // preferred (one-line) width by the holder's next pulse, racing the assertions
        row.setManaged(false);
        stage.setScene(new Scene(holder, 1200, 400));
        stage.show();
    }

    private void layOut(double width) {
        WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> {
            row.resize(width, row.prefHeight(width));
            row.layout();
            return null;
        }));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void inAWidePanelTheMessageStandsBesideTheFixOnItsBaseline() {
        layOut(1100);
        Label message = row.message();
        Button fix = (Button) row.getChildren().get(2);
        assertFalse(row.stacked(1100));
        assertTrue(message.getLayoutX() >= fix.getLayoutX() + fix.getWidth(), "right of the fix");
        assertEquals(fix.getLayoutY() + fix.getBaselineOffset(), message.getLayoutY() + message.getBaselineOffset(), 0.5,
                "on one baseline");
        assertTrue(message.getHeight() >= message.prefHeight(message.getWidth()) - 0.5, "no line cut");
    }

    @Test
    void inANarrowPanelTheMessageGoesBelowWithAReadableWidth() {
        double width = 420;
        layOut(width);
        Label message = row.message();
        Button fix = (Button) row.getChildren().get(2);
        assertTrue(row.stacked(width));
        assertTrue(message.getLayoutY() >= fix.getLayoutY() + fix.getHeight(), "under the rule and the fix");
        assertTrue(message.getWidth() >= FindingRow.MESSAGE_MIN_EM * message.getFont().getSize(),
                "a readable column: " + message.getWidth());
        assertTrue(message.getHeight() >= message.prefHeight(message.getWidth()) - 0.5, "no line cut");
        assertTrue(row.getHeight() >= message.getLayoutY() + message.getHeight() - 0.5, "the row holds it");
    }
}
