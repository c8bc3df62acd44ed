package org.modesign.ui.file;

import java.util.List;
import java.util.function.Consumer;
import org.modesign.ui.file.SharedFileDialogs.DiskChoice;

/** A bar over the window that says something and offers choices, without stopping the work. */
public interface ChangeNotice {

    /** Shows {@code message} with a button per choice; {@code answer} gets the one pressed (the bar then hides). */
    void show(String message, List<DiskChoice> choices, Consumer<DiskChoice> answer);

    /** Hides the bar, if shown. */
    void hide();

    /** Whether the bar is shown. */
    boolean showing();
}
