package org.modesign.ui.changes;

import java.nio.file.Path;
import java.util.Optional;
import org.modesign.format.DesignReader;
import org.modesign.format.LoadResult;
import org.modesign.model.Design;
import org.modesign.ui.base.EditorContext;
import org.modesign.ui.base.FileType;

/** Asks for a design file and reads it; a file that cannot be read has its problems shown, as when opening it. */
final class DesignFiles {

    /** A design read from a file, with the file's name for the user. */
    record Read(Design design, String name) {
    }

    private final EditorContext context;

    DesignFiles(EditorContext context) {
        this.context = context;
    }

    /** Asks for a design file next to the open one and reads it; empty when cancelled or unreadable. */
    Optional<Read> choose() {
        Path open = context.document().fileProperty().get();
        return context.dialogs().chooseFileToOpen(open == null ? null : open.getParent(), FileType.DESIGN)
                .flatMap(this::read);
    }

    /** Reads {@code file}; empty (its problems shown) when it is not a design that loads. */
    Optional<Read> read(Path file) {
        LoadResult result = new DesignReader().read(file);
        if (!result.ok()) {
            context.dialogs().showProblems(file, result.problems());
            return Optional.empty();
        }
        return Optional.of(new Read(result.design(), file.getFileName().toString()));
    }
}
