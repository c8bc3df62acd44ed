package org.modesign.bench;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.control.Menu;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.modesign.model.Design;
import org.modesign.ui.base.EditorContext;
import org.modesign.ui.canvas.ChartView;
import org.modesign.ui.document.DocumentModel;
import org.modesign.ui.shell.MainWindow;

/**
 * The editor's whole window (palette, chart, inspector, findings) on a laptop screen of 1440×900,
 * headless (Monocle) with the software renderer, for the JMH benchmarks of the chart and the
 * outline. Their forks run headless with the software renderer, and keep the user's preferences in
 * a folder of their own, so that the folds a benchmark makes are not remembered for the user.
 */
final class BenchWindow {

    static final int WIDTH = 1440;
    static final int HEIGHT = 900;

    private static boolean started;

    final EditorContext context;
    final MainWindow window;
    final Stage stage;

    private BenchWindow(EditorContext context, MainWindow window, Stage stage) {
        this.context = context;
        this.window = window;
        this.stage = stage;
    }

    /** Opens {@code design} in a new window and waits for its findings. */
    static BenchWindow open(Design design) throws Exception {
        startToolkit();
        // Folds a run left in the benchmarks' preferences would be recalled: each design opens as new.
        java.util.prefs.Preferences.userRoot().node("org/modesign/folds").removeNode();
        BenchWindow opened = onFx(() -> {
            EditorContext context = new EditorContext(new DocumentModel(design, null), new BenchDialogs());
            MainWindow window = new MainWindow(context, new Region(), new Menu());
            Stage stage = new Stage();
            javafx.scene.Scene scene = window.createScene(WIDTH, HEIGHT);
            // The editor's own additions to the theme, as the application adds them (MOdesignApp).
            scene.getStylesheets().add(BenchWindow.class.getResource("/org/modesign/ui/modesign.css").toExternalForm());
            stage.setScene(scene);
            stage.show();
            return new BenchWindow(context, window, stage);
        });
        opened.awaitAnalysis();
        onFx(() -> {
            opened.frame();
            return null;
        });
        return opened;
    }

    ChartView chart() {
        return window.chart();
    }

    /**
     * A frame as the screen shows it: the next pulse run now and its rendering waited for (see
     * {@link ScreenPulse}): the chart paints in it, as it does in the editor, and the renderer
     * paints what changed in the window.
     */
    void frame() {
        ScreenPulse.run();
    }

    void close() throws Exception {
        onFx(() -> {
            stage.close();
            return null;
        });
    }

    private void awaitAnalysis() throws InterruptedException {
        CountDownLatch analysed = new CountDownLatch(1);
        try {
            onFx(() -> {
                if (context.analysis().resultProperty().get() != null) {
                    analysed.countDown();
                }
                context.analysis().resultProperty().addListener((obs, old, result) -> analysed.countDown());
                return null;
            });
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        analysed.await(120, TimeUnit.SECONDS);
        Thread.sleep(300);
    }

    static synchronized void startToolkit() throws Exception {
        if (!started) {
            CountDownLatch latch = new CountDownLatch(1);
            Platform.startup(latch::countDown);
            latch.await();
            Platform.setImplicitExit(false);
            // The editor's theme, as the application sets it (AppearanceController): the panels' looked-up colours.
            onFx(() -> {
                javafx.application.Application.setUserAgentStylesheet(BenchWindow.class.getResource(
                        new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet()).toExternalForm());
                return null;
            });
            started = true;
        }
    }

    /** Runs {@code task} on the JavaFX thread and waits for it. */
    static <T> T onFx(Callable<T> task) throws Exception {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Exception> failure = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                result.set(task.call());
            } catch (Exception e) {
                failure.set(e);
            } catch (Error e) {
                failure.set(new RuntimeException(e));
            } finally {
                done.countDown();
            }
        });
        done.await();
        if (failure.get() != null) {
            throw failure.get();
        }
        return result.get();
    }
}
