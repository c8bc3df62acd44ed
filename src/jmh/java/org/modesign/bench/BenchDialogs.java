package org.modesign.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.modesign.model.Problem;
import org.modesign.ui.base.DialogService;
import org.modesign.ui.base.FileType;

/** Dialogs never open in a benchmark: every question is cancelled, every message dropped. */
final class BenchDialogs implements DialogService {

    @Override
    public Optional<Path> chooseFileToOpen(Path initialFolder, FileType type) {
        return Optional.empty();
    }

    @Override
    public Optional<Path> chooseFileToSave(Path initialFolder, String suggestedName, FileType type) {
        return Optional.empty();
    }

    @Override
    public SaveChoice askToSaveChanges(String designTitle) {
        return SaveChoice.CANCEL;
    }

    @Override
    public void showProblems(Path file, List<Problem> problems) {
    }

    @Override
    public void showInformation(String title, String message) {
    }

    @Override
    public void showError(String title, String message) {
    }

    @Override
    public boolean confirm(String title, String message) {
        return false;
    }

    @Override
    public Optional<String> askText(String title, String prompt, String initial) {
        return Optional.empty();
    }
}
