package org.modesign.ui.appearance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Paint;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.controlsfx.control.textfield.CustomTextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * ControlsFX's search fields (the searchable pickers, the find bar, the filters) look like every
 * other text field of the theme: their own sheet paints them with colours that only JavaFX's
 * default theme defines, so under AtlantaFX their text came out black, unreadable on the dark
 * theme. With the editor's sheet, in both themes, a search field's text and background are those
 * of a plain text field.
 */
@ExtendWith(ApplicationExtension.class)
class SearchFieldThemeTest {

    private final String sheetBefore = Application.getUserAgentStylesheet();
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void restore() {
        Application.setUserAgentStylesheet(sheetBefore);
    }

    @Test
    void aSearchFieldReadsLikeATextFieldInTheLightTheme(FxRobot robot) {
        compare(robot, new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
    }

    @Test
    void aSearchFieldReadsLikeATextFieldInTheDarkTheme(FxRobot robot) {
        compare(robot, new atlantafx.base.theme.PrimerDark().getUserAgentStylesheet());
    }

    private void compare(FxRobot robot, String theme) {
        TextField plain = new TextField("Marketing operations");
        CustomTextField search = new CustomTextField();
        search.setText("Marketing operations");
        robot.interact(() -> {
            Application.setUserAgentStylesheet(SearchFieldThemeTest.class.getResource(theme).toExternalForm());
            Scene scene = new Scene(new VBox(8, plain, search), 400, 200);
            scene.getStylesheets().add(SearchFieldThemeTest.class.getResource("/org/modesign/ui/modesign.css")
                    .toExternalForm());
            stage.setScene(scene);
            stage.show();
            scene.getRoot().applyCss();
            scene.getRoot().layout();
        });
        robot.interact(() -> {
            assertEquals(textFill(plain), textFill(search), "the text's colour");
            assertEquals(plain.getBackground().getFills().get(plain.getBackground().getFills().size() - 1).getFill(),
                    search.getBackground().getFills().get(search.getBackground().getFills().size() - 1).getFill(),
                    "the field's own background");
        });
    }

    /** The colour the field's words are drawn in. */
    private static Paint textFill(TextField field) {
        Text text = find(field);
        assertNotNull(text, "the field's text");
        return text.getFill();
    }

    private static Text find(Node node) {
        if (node instanceof Text text && "Marketing operations".equals(text.getText())) {
            return text;
        }
        if (node instanceof javafx.scene.Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                Text found = find(child);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
