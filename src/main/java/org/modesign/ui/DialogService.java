package org.modesign.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.modesign.model.Problem;

/** Every dialog the editor shows, behind one interface so that tests can answer them. */
public interface DialogService {

    /** What to do with unsaved changes. */
    enum SaveChoice { SAVE, DISCARD, CANCEL }

    Optional<Path> chooseFileToOpen(Path initialFolder);

    Optional<Path> chooseFileToSave(Path initialFolder, String suggestedName);

    /** Asks whether to save the changes to {@code designTitle} before going on. */
    SaveChoice askToSaveChanges(String designTitle);

    /** Lists every problem of a file that could not be opened. */
    void showProblems(Path file, List<Problem> problems);

    /** Shows a short piece of information (e.g. About). */
    void showInformation(String title, String message);

    /** Tells the user something went wrong, in one sentence. */
    void showError(String title, String message);

    /** Asks a yes/no question; true for yes. */
    boolean confirm(String title, String message);
}
