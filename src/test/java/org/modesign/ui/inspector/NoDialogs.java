package org.modesign.ui.inspector;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.modesign.model.Problem;
import org.modesign.ui.DialogService;

/** A dialog service for tests: chooses nothing, cancels, says no, and records every error it is shown. */
final class NoDialogs implements DialogService {

    final List<String> errors = new ArrayList<>();

    @Override
    public Optional<Path> chooseFileToOpen(Path initialFolder) {
        return Optional.empty();
    }

    @Override
    public Optional<Path> chooseFileToSave(Path initialFolder, String suggestedName) {
        return Optional.empty();
    }

    @Override
    public SaveChoice askToSaveChanges(String designTitle) {
        return SaveChoice.CANCEL;
    }

    @Override
    public void showProblems(Path file, List<Problem> problems) {
        problems.forEach(p -> errors.add(p.toString()));
    }

    @Override
    public void showError(String title, String message) {
        errors.add(message);
    }

    @Override
    public boolean confirm(String title, String message) {
        return false;
    }
}
