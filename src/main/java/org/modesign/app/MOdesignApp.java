package org.modesign.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.modesign.ui.appearance.AppearanceController;
import org.modesign.ui.appearance.AppearanceSetting;
import org.modesign.ui.base.EditorContext;
import org.modesign.ui.changes.DiskConflicts;
import org.modesign.ui.i18n.I18n;
import org.modesign.ui.shell.MainWindow;
import org.modesign.ui.document.DocumentModel;
import org.modesign.ui.file.Autosave;
import org.modesign.ui.file.DiskChangeBar;
import org.modesign.ui.file.FileController;
import org.modesign.ui.file.FxDialogService;
import org.modesign.ui.file.FxSharedFileDialogs;
import org.modesign.ui.file.PreferencesRecentFilesStore;
import org.modesign.ui.file.RecentFiles;
import org.modesign.ui.file.RecoveryStore;
import org.modesign.ui.inspector.InspectorView;
import org.modesign.ui.language.ChineseFonts;
import org.modesign.ui.language.LanguageMenu;
import org.modesign.ui.language.LanguageSetting;
import org.modesign.ui.template.TemplateController;

/** The editor application: one window on one design. */
public final class MOdesignApp extends Application {

    private static String requestedFile;
    /** The system's locale, before the editor set the default locale to its language's. */
    private static Locale systemLocale;
    private static LanguageSetting language;
    private Autosave autosave;
    private EditorContext context;
    private RecentFiles recent;
    private FileController files;

    @Override
    public void start(Stage stage) {
        StartupProbe.mark("toolkit started");
        StartupDesign ready = StartupDesign.nowOrLater(this::opened);
        DocumentModel document = ready != null ? new DocumentModel(ready.design(), ready.file())
                : new DocumentModel(StartupDesign.placeholder(requestedFile), null);
        context = new EditorContext(document, new FxDialogService(stage));
        AppearanceController appearance = new AppearanceController(AppearanceSetting.forUser(), context.look(),
                () -> I18n.language().isChinese() ? ChineseFonts.family(I18n.language()) : Optional.empty());
        appearance.applyToApplication();
        context.analysis().hold(); // until the window has shown the chart
        autosave = new Autosave(document, new RecoveryStore(RecoveryStore.defaultFolder()), context::showStatus);
        recent = new RecentFiles(PreferencesRecentFilesStore.forUser());
        files = new FileController(context, recent, autosave, new FxSharedFileDialogs(stage));
        new TemplateController(context, files, () -> stage);
        List<Menu> viewMenus = new ArrayList<>();
        viewMenus.add(new LanguageMenu(language, systemLocale, context.dialogs()).create());
        viewMenus.addAll(appearance.menus());
        MainWindow window = new MainWindow(context, new InspectorView(context), files.recentMenu(),
                viewMenus.toArray(Menu[]::new));
        StartupProbe.mark("window built");
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = window.createScene(Math.min(1440, screen.getWidth()), Math.min(900, screen.getHeight()));
        scene.getStylesheets().add(MOdesignApp.class.getResource("/org/modesign/ui/modesign.css").toExternalForm());
        files.setChangeNotice(DiskChangeBar.install(scene));
        files.setDiskConflictActions(new DiskConflicts(window.changes()));
        appearance.attach(scene);
        stage.setScene(scene);
        stage.focusedProperty().addListener((obs, was, focused) -> {
            if (focused) {
                files.windowFocused();
            }
        });
        window.offerFirstStartGuide(java.util.prefs.Preferences.userRoot().node("org/modesign"));
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
        AfterFirstFrames.run(() -> {
            context.analysis().resume();
            javafx.animation.PauseTransition idle = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(2));
            idle.setOnFinished(e -> window.warmUpViews());
            idle.play();
        });
        autosave.start();
        autosave.keepOnExit();
        if (ready != null) {
            Platform.runLater(() -> opened(ready));
        } else {
            context.showStatus(I18n.tr("file.opening", requestedFile));
        }
    }

    /** The start-up design is read: show it, or say why it cannot be, then offer any recovery. */
    private void opened(StartupDesign startup) {
        StartupProbe.mark("design read");
        if (startup.problems().isEmpty()) {
            if (context.document().design() != startup.design()) {
                context.document().open(startup.design(), startup.file());
            }
            if (startup.file() != null) {
                recent.add(startup.file());
            }
            context.showStatus("");
            if (startup.file() != null) {
                files.startedWith(startup.file());
            }
        } else {
            context.document().open(startup.design(), null);
            context.dialogs().showProblems(startup.requested(), startup.problems());
        }
        files.offerRecovery();
    }

    @Override
    public void stop() {
        if (files != null) {
            files.close();
        }
        if (autosave != null) {
            autosave.stop();
        }
        if (context != null) {
            context.analysis().shutdown();
        }
    }

    /**
     * Speaks the language the user chose (View ▸ Language), else the system's, from the start: before
     * the start-up design is made, and with a default locale that gives JavaFX's own texts too.
     */
    private static void useChosenLanguage() {
        language = LanguageSetting.forUser();
        systemLocale = Locale.getDefault();
        Locale.setDefault(language.defaultLocale(systemLocale));
        I18n.use(language.effective(systemLocale));
    }

    /** Starts the editor on {@code file} (null: the bundled sample). */
    static void launch(String file) {
        StartupProbe.mark("main");
        requestedFile = file;
        useChosenLanguage();
        StartupDesign.beginLoading(file);
        Application.launch(MOdesignApp.class);
    }
}
