package org.modesign.ui.export;

import java.nio.file.Path;
import javafx.concurrent.Task;
import org.modesign.export.ExportRequest;
import org.modesign.export.ExportResult;
import org.modesign.export.Exporter;

/** One export, run off the JavaFX thread; its progress counts pages of a PDF. */
final class ExportJob extends Task<ExportResult> {

    private final Exporter exporter;
    private final ExportRequest request;
    private final Path out;

    ExportJob(Exporter exporter, ExportRequest request, Path out) {
        this.exporter = exporter;
        this.request = request;
        this.out = out;
    }

    /** Where the export goes. */
    Path out() {
        return out;
    }

    @Override
    protected ExportResult call() throws Exception {
        return exporter.export(request, out, this::updateProgress);
    }
}
