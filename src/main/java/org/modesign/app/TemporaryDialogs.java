package org.modesign.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.modesign.model.Problem;
import org.modesign.ui.DialogService;

/** Stand-in until the file dialogs land. */
final class TemporaryDialogs implements DialogService {
    public Optional<Path> chooseFileToOpen(Path initialFolder) { return Optional.empty(); }
    public Optional<Path> chooseFileToSave(Path initialFolder, String suggestedName) { return Optional.empty(); }
    public SaveChoice askToSaveChanges(String designTitle) { return SaveChoice.CANCEL; }
    public void showProblems(Path file, List<Problem> problems) { }
    public void showError(String title, String message) { }
    public boolean confirm(String title, String message) { return false; }
}
