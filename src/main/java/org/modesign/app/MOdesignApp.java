package org.modesign.app;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.modesign.ui.EditorContext;
import org.modesign.ui.MainWindow;
import org.modesign.ui.document.DocumentModel;
import org.modesign.ui.file.Autosave;
import org.modesign.ui.file.FileController;
import org.modesign.ui.file.FxDialogService;
import org.modesign.ui.file.PreferencesRecentFilesStore;
import org.modesign.ui.file.RecentFiles;
import org.modesign.ui.file.RecoveryStore;
import org.modesign.ui.inspector.InspectorView;

/** The editor application: one window on one design. */
public final class MOdesignApp extends Application {

    private Autosave autosave;
    private EditorContext context;

    @Override
    public void start(Stage stage) {
        StartupProbe.mark("toolkit started");
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        StartupDesign startup = StartupDesign.await();
        StartupProbe.mark("design read");
        DocumentModel document = new DocumentModel(startup.design(), startup.file());
        context = new EditorContext(document, new FxDialogService(stage));
        autosave = new Autosave(document, new RecoveryStore(RecoveryStore.defaultFolder()), context::showStatus);
        RecentFiles recent = new RecentFiles(PreferencesRecentFilesStore.forUser());
        if (startup.file() != null) {
            recent.add(startup.file());
        }
        FileController files = new FileController(context, recent, autosave);
        MainWindow window = new MainWindow(context, new InspectorView(context), files.recentMenu());
        StartupProbe.mark("window built");
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = window.createScene(Math.min(1440, screen.getWidth()), Math.min(900, screen.getHeight()));
        scene.getStylesheets().add(MOdesignApp.class.getResource("/org/modesign/ui/modesign.css").toExternalForm());
        stage.setScene(scene);
        stage.titleProperty().bind(files.titleBinding());
        stage.setOnCloseRequest(e -> {
            if (!files.confirmClose()) {
                e.consume();
            }
        });
        files.setOnQuit(stage::close);
        stage.show();
        StartupProbe.mark("window shown");
        window.focusChart();
        StartupProbe.install();
        autosave.start();
        Platform.runLater(() -> {
            if (!startup.problems().isEmpty()) {
                context.dialogs().showProblems(startup.requested(), startup.problems());
            }
            files.offerRecovery();
        });
    }

    @Override
    public void stop() {
        if (autosave != null) {
            autosave.stop();
        }
        if (context != null) {
            context.analysis().shutdown();
        }
    }

    /** Starts the editor on {@code file} (null: the bundled sample). */
    static void launch(String file) {
        StartupProbe.mark("main");
        StartupDesign.beginLoading(file);
        Application.launch(MOdesignApp.class);
    }
}
