package org.modesign.ui.compare;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import org.modesign.format.DesignReader;
import org.modesign.format.LoadResult;
import org.modesign.model.Design;
import org.modesign.ui.base.EditorContext;
import org.modesign.ui.base.FileType;
import org.modesign.ui.i18n.I18n;

/**
 * The scenarios of designs read from other files, which both pickers offer. A file is read on a
 * background thread; a file that cannot be read has its problems shown, as when opening it.
 */
final class OtherFiles {

    private static final DesignReader READER = new DesignReader();

    private final EditorContext context;
    private final ObservableList<ScenarioChoice> choices = FXCollections.observableArrayList();

    OtherFiles(EditorContext context) {
        this.context = context;
    }

    /** Every scenario of every file read so far, file by file in reading order. */
    ObservableList<ScenarioChoice> choices() {
        return choices;
    }

    /** The file {@code design} was read from, or null when it is not another file's (the open design). */
    Path fileOf(Design design) {
        for (ScenarioChoice choice : choices) {
            if (choice.design() == design) {
                return choice.file();
            }
        }
        return null;
    }

    /**
     * Asks for a design file, reads it in the background and hands its first scenario to
     * {@code chosen} on the JavaFX thread; nothing happens when the user cancels.
     */
    void choose(Consumer<ScenarioChoice> chosen) {
        Path open = context.document().fileProperty().get();
        Optional<Path> file = context.dialogs().chooseFileToOpen(open == null ? null : open.getParent(),
                FileType.DESIGN);
        file.ifPresent(f -> read(f, chosen));
    }

    private void read(Path file, Consumer<ScenarioChoice> chosen) {
        context.showStatus(I18n.tr("file.opening", file.getFileName()));
        Task<LoadResult> reading = new Task<>() {
            @Override
            protected LoadResult call() {
                return READER.read(file);
            }
        };
        reading.setOnSucceeded(e -> {
            context.showStatus("");
            loaded(file, reading.getValue(), chosen);
        });
        Thread thread = new Thread(reading, "modesign-compare-open");
        thread.setDaemon(true);
        thread.start();
    }

    private void loaded(Path file, LoadResult result, Consumer<ScenarioChoice> chosen) {
        if (!result.ok()) {
            context.dialogs().showProblems(file, result.problems());
            return;
        }
        List<ScenarioChoice> added = result.design().scenarios().stream()
                .map(s -> ScenarioChoice.external(file, result.design(), s)).toList();
        choices.removeIf(c -> file.equals(c.file()));
        choices.addAll(added);
        chosen.accept(added.get(0));
    }
}
