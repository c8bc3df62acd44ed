package org.modesign.app;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.layout.Region;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.modesign.ui.EditorContext;
import org.modesign.ui.I18n;
import org.modesign.ui.MainWindow;
import org.modesign.ui.document.DocumentModel;

/** The editor application: one window on one design. */
public final class MOdesignApp extends Application {

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        StartupDesign startup = StartupDesign.await();
        DocumentModel document = new DocumentModel(startup.design(), startup.file());
        EditorContext context = new EditorContext(document, new TemporaryDialogs());
        MainWindow window = new MainWindow(context, new Region(), new Menu(I18n.tr("menu.recent")));
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = window.createScene(Math.min(1440, screen.getWidth()), Math.min(900, screen.getHeight()));
        scene.getStylesheets().add(MOdesignApp.class.getResource("/org/modesign/ui/modesign.css").toExternalForm());
        stage.setScene(scene);
        stage.titleProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> I18n.tr(document.dirtyProperty().get() ? "window.titleDirty" : "window.title",
                        document.design().title()),
                document.designProperty(), document.dirtyProperty()));
        stage.show();
        window.focusChart();
        if (!startup.problems().isEmpty()) {
            Platform.runLater(() -> context.dialogs().showProblems(startup.requested(), startup.problems()));
        }
        stage.setOnHidden(e -> context.analysis().shutdown());
    }

    /** Starts the editor on {@code file} (null: the bundled sample). */
    static void launch(String file) {
        StartupDesign.beginLoading(file);
        Application.launch(MOdesignApp.class);
    }
}
