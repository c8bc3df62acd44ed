package org.modesign.ui.fx;

import javafx.animation.AnimationTimer;
import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Window;

/**
 * Runs an animation timer only while a node is in a showing window. A running timer is held by
 * the toolkit, so a node taken out of its window — or whose scene the window replaced, which
 * leaves the node in the old scene — must stop it, or the node and all it holds could never be
 * collected.
 */
public final class WhileShown {

    private WhileShown() {
    }

    public static void run(Node node, AnimationTimer timer) {
        Runnable update = () -> {
            Scene scene = node.getScene();
            Window window = scene == null ? null : scene.getWindow();
            if (window != null && window.isShowing()) {
                timer.start();
            } else {
                timer.stop();
            }
        };
        ChangeListener<Boolean> showing = (obs, was, is) -> update.run();
        ChangeListener<Window> windowed = (obs, old, now) -> {
            if (old != null) {
                old.showingProperty().removeListener(showing);
            }
            if (now != null) {
                now.showingProperty().addListener(showing);
            }
            update.run();
        };
        node.sceneProperty().addListener((obs, old, now) -> {
            if (old != null) {
                old.windowProperty().removeListener(windowed);
                windowed.changed(null, old.getWindow(), null);
            }
            if (now != null) {
                now.windowProperty().addListener(windowed);
                windowed.changed(null, null, now.getWindow());
            }
            update.run();
        });
    }
}
