package org.modesign.ui.file;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.modesign.model.Problem;
import org.modesign.ui.base.DialogService;
import org.modesign.ui.base.FileType;

/** A dialog service that answers from a script and records what it was asked. */
public final class FakeDialogs implements DialogService {

    /** One problems dialog shown. */
    public record ShownProblems(Path file, List<Problem> problems) {
    }

    /** One error or question shown. */
    public record Message(String title, String text) {
    }

    public final Deque<Optional<Path>> filesToOpen = new ArrayDeque<>();
    public final Deque<Optional<Path>> filesToSave = new ArrayDeque<>();
    public final Deque<SaveChoice> saveChoices = new ArrayDeque<>();
    public final Deque<Boolean> confirmations = new ArrayDeque<>();
    /** Answers to text questions; empty answers mean Cancel. */
    public final Deque<Optional<String>> texts = new ArrayDeque<>();

    public final List<String> askedToSave = new ArrayList<>();
    public final List<Path> openChooserFolders = new ArrayList<>();
    public final List<String> suggestedNames = new ArrayList<>();
    /** The file type of every file dialog shown, in order. */
    public final List<FileType> fileTypes = new ArrayList<>();
    public final List<ShownProblems> problems = new ArrayList<>();
    public final List<Message> errors = new ArrayList<>();
    public final List<Message> information = new ArrayList<>();
    public final List<Message> questions = new ArrayList<>();

    @Override
    public Optional<Path> chooseFileToOpen(Path initialFolder, FileType type) {
        fileTypes.add(type);
        openChooserFolders.add(initialFolder);
        return next(filesToOpen, "file to open");
    }

    @Override
    public Optional<Path> chooseFileToSave(Path initialFolder, String suggestedName, FileType type) {
        fileTypes.add(type);
        suggestedNames.add(suggestedName);
        return next(filesToSave, "file to save");
    }

    @Override
    public Optional<String> askText(String title, String prompt, String initial) {
        questions.add(new Message(title, prompt));
        return next(texts, "text");
    }

    @Override
    public SaveChoice askToSaveChanges(String designTitle) {
        askedToSave.add(designTitle);
        return next(saveChoices, "save choice");
    }

    @Override
    public void showProblems(Path file, List<Problem> list) {
        problems.add(new ShownProblems(file, list));
    }

    @Override
    public void showInformation(String title, String message) {
        information.add(new Message(title, message));
    }

    @Override
    public void showError(String title, String message) {
        errors.add(new Message(title, message));
    }

    @Override
    public boolean confirm(String title, String message) {
        questions.add(new Message(title, message));
        return next(confirmations, "confirmation");
    }

    private static <T> T next(Deque<T> answers, String what) {
        if (answers.isEmpty()) {
            throw new AssertionError("a dialog asked for a " + what + " that the test did not script");
        }
        return answers.poll();
    }
}
