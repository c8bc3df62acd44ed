package org.modesign.ui.file;

import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Parent;
import javafx.scene.Scene;
import org.controlsfx.control.NotificationPane;
import org.controlsfx.control.action.Action;
import org.modesign.ui.file.SharedFileDialogs.DiskChoice;
import org.modesign.ui.i18n.I18n;

/**
 * The bar that slides in at the bottom of the window when the design changed on disk while it has unsaved
 * changes here (ControlsFX's notification pane around the window's content). It stays until a
 * button is pressed; the work goes on meanwhile.
 */
public final class DiskChangeBar implements ChangeNotice {

    private final NotificationPane pane = new NotificationPane();

    private DiskChangeBar() {
        // From the bottom, over the status bar: the menus stay usable while the question waits.
        pane.setShowFromTop(false);
        pane.setCloseButtonVisible(false);
        // The pane holds the whole window: it is no Tab stop of its own (a control is one unless told),
        // only the bar's buttons are.
        pane.setFocusTraversable(false);
        pane.getStyleClass().add("disk-change-bar");
        pane.getStylesheets().add(DiskChangeBar.class.getResource("disk-change-bar.css").toExternalForm());
    }

    /** Puts the bar around {@code scene}'s content. */
    public static DiskChangeBar install(Scene scene) {
        DiskChangeBar bar = new DiskChangeBar();
        Parent content = scene.getRoot();
        scene.setRoot(bar.pane);
        bar.pane.setContent(content);
        return bar;
    }

    @Override
    public void show(String message, List<DiskChoice> choices, Consumer<DiskChoice> answer) {
        pane.getActions().clear();
        pane.setText(message);
        for (DiskChoice choice : choices) {
            pane.getActions().add(new Action(I18n.tr(key(choice)), e -> {
                pane.hide();
                answer.accept(choice);
            }));
        }
        pane.show();
    }

    @Override
    public void hide() {
        pane.hide();
    }

    @Override
    public boolean showing() {
        return pane.isShowing();
    }

    private static String key(DiskChoice choice) {
        return switch (choice) {
            case RELOAD -> "disk.button.reload";
            case KEEP_MINE -> "disk.button.keepMine";
            case COMPARE -> "disk.button.compare";
            case MERGE -> "disk.button.merge";
            case CANCEL -> "dialog.button.cancel";
        };
    }
}
