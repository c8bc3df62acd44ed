package org.modesign.ui.appearance;

import java.util.Optional;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.stage.Stage;
import org.modesign.model.Design;
import org.modesign.text.Language;
import org.modesign.ui.base.EditorContext;
import org.modesign.ui.document.DocumentModel;
import org.modesign.ui.file.FxDialogService;
import org.modesign.ui.i18n.I18n;
import org.modesign.ui.inspector.InspectorView;
import org.modesign.ui.language.ChineseFonts;
import org.modesign.ui.shell.MainWindow;

/**
 * For tests that look at the editor as the application shows it: its appearance (theme, text size,
 * language and CJK font family) applied before the window is made, the editor's own sheet on the
 * scene, the real dialogs. {@link #close} puts back the user-agent sheet, the language and the
 * preferences it found.
 */
public final class ShippedEditor {

    private final Preferences node = Preferences.userRoot().node("org/modesign/test-" + UUID.randomUUID());
    private final String sheetBefore = Application.getUserAgentStylesheet();

    /**
     * Shows {@code design} in {@code stage}, {@code width} × {@code height}, in {@code language} at
     * {@code textSize} per cent in the light theme; on the JavaFX thread. Returns the editor's context.
     */
    public EditorContext show(Stage stage, Design design, Language language, int textSize, double width,
            double height) {
        I18n.use(language);
        new AppearanceSetting(node).save(new Appearance(Theme.LIGHT, textSize));
        EditorContext context = new EditorContext(new DocumentModel(design, null), new FxDialogService(stage));
        AppearanceController appearance = new AppearanceController(new AppearanceSetting(node), context.look(),
                () -> language.isChinese() ? ChineseFonts.family(language) : Optional.empty());
        appearance.applyToApplication(); // as the application does, before its window is made
        MainWindow window = new MainWindow(context, new InspectorView(context), new Menu("Recent"),
                appearance.menus().toArray(Menu[]::new));
        Scene scene = window.createScene(width, height);
        scene.getStylesheets().add(ShippedEditor.class.getResource("/org/modesign/ui/modesign.css").toExternalForm());
        appearance.attach(scene);
        stage.setScene(scene);
        stage.show();
        window.focusChart();
        return context;
    }

    /** Puts back the user-agent sheet and the language found, and forgets the preferences. */
    public void close() throws BackingStoreException {
        I18n.use(Language.ENGLISH);
        Application.setUserAgentStylesheet(sheetBefore);
        node.removeNode();
    }
}
