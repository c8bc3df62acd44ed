package org.modesign.ui.appearance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Paint;
import javafx.scene.text.Text;
import org.controlsfx.control.textfield.CustomTextField;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;

/**
 * ControlsFX's search fields (the searchable pickers, the find bar, the filters) look like every
 * other text field of the theme: their own sheet paints them with colours that only JavaFX's
 * default theme defines, so under AtlantaFX their text came out black, unreadable on the dark
 * theme. With the editor's sheet, in both themes, a search field's text and background are those
 * of a plain text field.
 */
class SearchFieldThemeTest extends InBothThemes {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"light", "dark"})
    void aSearchFieldReadsLikeATextField(String theme, FxRobot robot) {
        TextField plain = new TextField("Marketing operations");
        CustomTextField search = new CustomTextField();
        search.setText("Marketing operations");
        robot.interact(() -> {
            VBox root = new VBox(8, plain, search);
            ThemeSheets.show(stage, theme, root, 400, 200);
            root.layout();
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
