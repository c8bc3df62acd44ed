package org.modesign.ui.appearance;

import java.util.concurrent.TimeoutException;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * A test that looks at what the editor shows in its light and its dark theme: its test methods take
 * the theme's name ({@code @ValueSource(strings = {"light", "dark"})}) and show their scene in
 * {@link #stage} with {@link ThemeSheets#show}; the user-agent sheet found is put back after each.
 */
@ExtendWith({ApplicationExtension.class, ThemeSheets.class})
public abstract class InBothThemes {

    /** The window each test shows its scene in (TestFX's primary stage). */
    protected Stage stage;

    @BeforeEach
    void takeTheWindow() throws TimeoutException {
        stage = FxToolkit.registerPrimaryStage();
    }
}
