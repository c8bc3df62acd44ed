package org.modesign.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.modesign.format.DesignReader;
import org.modesign.format.LoadResult;
import org.modesign.io.BundledSamples;
import org.modesign.model.Design;
import org.modesign.model.Problem;
import org.modesign.ui.file.FileController;

/**
 * The design the editor opens with, read on a background thread while JavaFX starts. A file that
 * cannot be read leaves a new, untitled design open and its problems to show.
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
            return d;
        });
    }

    static StartupDesign await() {
        return loading == null ? load(null) : loading.join();
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
            return new StartupDesign(result.design(), path.toAbsolutePath(), null, List.of());
        }
        return new StartupDesign(FileController.untitledDesign(), null, path, result.problems());
    }

    private static Design bundledSample() {
        return new DesignReader().parse(BundledSamples.read(BundledSamples.DEFAULT)).design();
    }
}
