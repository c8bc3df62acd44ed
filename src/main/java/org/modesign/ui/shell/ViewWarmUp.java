package org.modesign.ui.shell;

import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Scene;
import org.modesign.ui.stack.StackView;
import org.modesign.ui.workspace.Workspace;
import org.modesign.ui.workspace.WorkspaceView;

/**
 * Makes the stack view ahead of its first showing, in idle time after start-up, and lays it out
 * and paints it once off screen: so Ctrl+4 in a fresh JVM finds its classes loaded (they are in no
 * class-data archive until a view was once opened), its controls' skins made and its code
 * compiled, and opens at the cost of a warm view. The view is then kept as any view once shown.
 */
final class ViewWarmUp {

    private ViewWarmUp() {
    }

    static void stack(Workspace workspace, Scene window) {
        if (workspace.madeView(WorkspaceView.STACK) != null) {
            return; // the user opened it already
        }
        Node node = workspace.prepare(WorkspaceView.STACK);
        if (!(node instanceof StackView view) || view.getScene() != null || window == null) {
            return;
        }
        Group holder = new Group(view);
        Scene offscreen = new Scene(holder, window.getWidth(), window.getHeight());
        offscreen.getStylesheets().setAll(window.getStylesheets());
        view.resize(Math.max(400, window.getWidth() - 300), Math.max(300, window.getHeight() - 300));
        view.applyCss();
        view.layout();
        view.paint();
        view.layout();
        holder.getChildren().clear();
    }
}
