package org.modesign.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.modesign.format.DesignReader;
import org.modesign.format.LoadResult;
import org.modesign.starter.BundledSamples;
import org.modesign.starter.ProgramSamples;
import org.modesign.model.Design;
import org.modesign.model.Phase;
import org.modesign.model.Problem;
import org.modesign.model.Scenario;
import org.modesign.model.Settings;
import org.modesign.model.Strategy;
import org.modesign.ui.canvas.PreparedScene;
import org.modesign.ui.file.FileController;

/**
 * The design the editor opens with, read on a background thread while JavaFX starts and the window
 * is built. A file that cannot be read leaves a new, untitled design open and its problems to show.
 *
 * @param design    what to open
 * @param file      its file, or null for a new design or a bundled sample
 * @param requested the file that was asked for (for the problem list), or null
 * @param problems  why {@code requested} could not be opened; empty when it was
 */
record StartupDesign(Design design, Path file, Path requested, List<Problem> problems) {

    private static CompletableFuture<StartupDesign> loading;

    static void beginLoading(String file) {
        loading = CompletableFuture.supplyAsync(() -> {
            StartupDesign d = load(file);
            StartupProbe.mark("file parsed");
            if (!d.design().scenarios().isEmpty()) {
                PreparedScene.prepare(d.design(), d.design().scenarios().get(0));
            }
            return d;
        });
    }

    /**
     * The design at once when it is already read (small files), else null: then {@code onFx} gets
     * it on the JavaFX thread when it is.
     */
    static StartupDesign nowOrLater(Consumer<StartupDesign> onFx) {
        if (loading == null) {
            return load(null);
        }
        if (loading.isDone()) {
            return loading.join();
        }
        loading.thenAccept(d -> Platform.runLater(() -> onFx.accept(d)));
        return null;
    }

    /** What the window shows while a large file is read: an empty chart titled with the file's name. */
    static Design placeholder(String file) {
        String name = file == null ? "" : Path.of(file).getFileName().toString();
        return new Design(name, "", Settings.DEFAULTS, List.of(), List.of(),
                List.of(new Phase("p1", name, List.of())),
                List.of(new Scenario("loading", name, Strategy.OTHER, List.of(), List.of())));
    }

    private static StartupDesign load(String file) {
        if (file == null) {
            Path local = Path.of("samples", BundledSamples.DEFAULT);
            if (Files.isRegularFile(local)) {
                return fromFile(local);
            }
            return new StartupDesign(bundledSample(), null, null, List.of());
        }
        return fromFile(Path.of(file));
    }

    private static StartupDesign fromFile(Path path) {
        LoadResult result = new DesignReader().read(path);
        if (result.ok()) {
            Path file = ProgramSamples.here().isSample(path) ? null : path.toAbsolutePath();
            return new StartupDesign(result.design(), file, null, List.of());
        }
        return new StartupDesign(FileController.untitledDesign(), null, path, result.problems());
    }

    private static Design bundledSample() {
        return new DesignReader().parse(BundledSamples.read(BundledSamples.DEFAULT)).design();
    }
}
