package org.modesign.ui.base;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.modesign.model.Problem;

/** Every dialog the editor shows, behind one interface so that tests can answer them. */
public interface DialogService {

    /** What to do with unsaved changes. */
    enum SaveChoice { SAVE, DISCARD, CANCEL }

    /** Asks for a design to open. */
    default Optional<Path> chooseFileToOpen(Path initialFolder) {
        return chooseFileToOpen(initialFolder, FileType.DESIGN);
    }

    /** Asks where to save a design. */
    default Optional<Path> chooseFileToSave(Path initialFolder, String suggestedName) {
        return chooseFileToSave(initialFolder, suggestedName, FileType.DESIGN);
    }

    /** Asks for a file of {@code type} to open (the filter shows that type first, then all files). */
    Optional<Path> chooseFileToOpen(Path initialFolder, FileType type);

    /** Asks where to save a file of {@code type}. */
    Optional<Path> chooseFileToSave(Path initialFolder, String suggestedName, FileType type);

    /** Asks whether to save the changes to {@code designTitle} before going on. */
    SaveChoice askToSaveChanges(String designTitle);

    /** Lists every problem of a file that could not be opened. */
    void showProblems(Path file, List<Problem> problems);

    /** Shows a short piece of information (e.g. About). */
    void showInformation(String title, String message);

    /** Tells the user something went wrong, in one sentence. */
    void showError(String title, String message);

    /** Asks for a short text such as a name, starting from {@code initial}; empty when cancelled. */
    Optional<String> askText(String title, String prompt, String initial);

    /** Asks a yes/no question; true for yes. */
    boolean confirm(String title, String message);
}
