package org.modesign.ui.changes;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import org.modesign.model.Design;
import org.modesign.ui.base.EditorContext;
import org.modesign.ui.base.FileType;
import org.modesign.ui.file.DesignLoader;

/**
 * Asks for a design file and reads it as opening does (a large file on a background thread while the
 * status bar says so and {@link #busyProperty} is true); a file that cannot be read has its problems
 * shown, as when opening it. Use from the JavaFX thread; results are delivered on it.
 */
final class DesignFiles {

    /** A design read from a file, with the file's name for the user. */
    record Read(Design design, String name) {
    }

    private final EditorContext context;
    private final DesignLoader loader;

    DesignFiles(EditorContext context) {
        this(context, new DesignLoader(context::showStatus));
    }

    /** As above, reading with {@code loader}. */
    DesignFiles(EditorContext context, DesignLoader loader) {
        this.context = context;
        this.loader = loader;
    }

    /** True while a file is being read in the background. */
    ReadOnlyBooleanProperty busyProperty() {
        return loader.busyProperty();
    }

    /** Asks for a design file next to the open one and reads it; {@code then} is not called when cancelled or unreadable. */
    void choose(Consumer<Read> then) {
        Path open = context.document().fileProperty().get();
        context.dialogs().chooseFileToOpen(open == null ? null : open.getParent(), FileType.DESIGN)
                .ifPresent(file -> read(file, then));
    }

    /** Reads {@code file} and hands it to {@code then}; not called (its problems shown) when it is not a design that loads. */
    void read(Path file, Consumer<Read> then) {
        loader.load(file, result -> {
            if (!result.ok()) {
                context.dialogs().showProblems(file, result.problems());
                return;
            }
            then.accept(new Read(result.design(), file.getFileName().toString()));
        });
    }
}
