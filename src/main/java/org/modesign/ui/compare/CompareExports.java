package org.modesign.ui.compare;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javafx.concurrent.Task;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javax.imageio.ImageIO;
import org.modesign.analysis.SideBySide;
import org.modesign.export.ComparisonCsv;
import org.modesign.format.AtomicSave;
import org.modesign.ui.base.EditorContext;
import org.modesign.ui.base.FileType;
import org.modesign.ui.i18n.I18n;

/**
 * Exports the comparison: the whole of it as CSV (every phase), or the report on screen as a
 * one-page PNG. The user picks the file; it is written on a background thread, atomically, and
 * the status bar says where it went, or a dialog says why it could not be written.
 */
final class CompareExports {

    /** Work that writes a file. */
    private interface Writing {
        void write() throws IOException;
    }

    private final EditorContext context;

    CompareExports(EditorContext context) {
        this.context = context;
    }

    /** Asks for a CSV file and writes the comparison of every phase to it. */
    void csv(SideBySide s) {
        target(s, FileType.CSV).ifPresent(file -> write(file, () -> ComparisonCsv.save(s, file)));
    }

    /** Asks for a PNG file and writes a picture of {@code report} (white background) to it. */
    void png(SideBySide s, Node report) {
        Optional<Path> target = target(s, FileType.PNG);
        if (target.isEmpty()) {
            return;
        }
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(Color.WHITE);
        WritableImage image = report.snapshot(parameters, null);
        Path file = target.get();
        write(file, () -> AtomicSave.write(file, png(image)));
    }

    private static byte[] png(WritableImage image) throws IOException {
        BufferedImage buffered = SwingFXUtils.fromFXImage(image, null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!ImageIO.write(buffered, "png", out)) {
            throw new IOException("no PNG writer is available");
        }
        return out.toByteArray();
    }

    /** The file the user picks, with the type's extension added when missing; empty when cancelled. */
    private Optional<Path> target(SideBySide s, FileType type) {
        Path open = context.document().fileProperty().get();
        String name = I18n.tr("compare.export.name", s.a().scenario().name(), s.b().scenario().name())
                .replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "-") + type.extension();
        Optional<Path> chosen = context.dialogs().chooseFileToSave(open == null ? null : open.getParent(), name, type);
        if (chosen.isEmpty()) {
            return chosen;
        }
        Path file = chosen.get();
        String fileName = file.getFileName().toString();
        if (fileName.toLowerCase(Locale.ROOT).endsWith(type.extension())) {
            return chosen;
        }
        Path withExtension = file.resolveSibling(fileName + type.extension());
        if (Files.exists(withExtension) && !context.dialogs().confirm(I18n.tr("file.replace.title"),
                I18n.tr("file.replace.message", withExtension.getFileName()))) {
            return Optional.empty();
        }
        return Optional.of(withExtension);
    }

    private void write(Path file, Writing writing) {
        Task<Void> task = new Task<>() {
            @Override
            protected Void call() throws IOException {
                writing.write();
                return null;
            }
        };
        task.setOnSucceeded(e -> context.showStatus(I18n.tr("compare.export.done", file.getFileName())));
        task.setOnFailed(e -> context.dialogs().showError(I18n.tr("compare.export.failedTitle"),
                I18n.tr("compare.export.failed", message(task.getException()))));
        Thread thread = new Thread(task, "modesign-compare-export");
        thread.setDaemon(true);
        thread.start();
    }

    private static String message(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
