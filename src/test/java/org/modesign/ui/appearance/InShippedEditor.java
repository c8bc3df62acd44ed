package org.modesign.ui.appearance;

import java.util.concurrent.TimeoutException;
import java.util.prefs.BackingStoreException;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * A test that looks at the editor as the application shows it ({@link ShippedEditor}), in TestFX's
 * window; what the editor changed for the application is put back after each test.
 */
@ExtendWith(ApplicationExtension.class)
public abstract class InShippedEditor {

    protected final ShippedEditor editor = new ShippedEditor();
    /** The window the editor shows in (TestFX's primary stage). */
    protected Stage stage;

    @BeforeEach
    void takeTheWindow() throws TimeoutException {
        stage = FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void putBack() throws BackingStoreException {
        editor.close();
    }
}
