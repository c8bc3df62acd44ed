package org.modesign.ui.file;

import java.util.List;
import java.util.function.Consumer;
import org.modesign.ui.file.SharedFileDialogs.DiskChoice;

/** A change bar without a window: remembers what it shows, and a test presses its buttons. */
final class RecordingNotice implements ChangeNotice {

    String message;
    List<DiskChoice> choices = List.of();
    private Consumer<DiskChoice> answer;
    int shown;

    @Override
    public void show(String text, List<DiskChoice> offered, Consumer<DiskChoice> then) {
        message = text;
        choices = offered;
        answer = then;
        shown++;
    }

    @Override
    public void hide() {
        answer = null;
    }

    @Override
    public boolean showing() {
        return answer != null;
    }

    /** Presses the button of {@code choice}, as the user would. */
    void press(DiskChoice choice) {
        if (answer == null || !choices.contains(choice)) {
            throw new AssertionError("no " + choice + " button is shown: " + choices);
        }
        Consumer<DiskChoice> then = answer;
        answer = null;
        then.accept(choice);
    }
}
