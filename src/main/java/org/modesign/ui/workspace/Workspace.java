package org.modesign.ui.workspace;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;

/**
 * The centre of the window: shows one {@link WorkspaceView} at a time. Each view is made the
 * first time it is shown (so a view the user never opens costs nothing) and kept afterwards, so
 * that it keeps its scroll position and state when the user comes back to it.
 */
public final class Workspace {

    private final StackPane pane = new StackPane();
    private final Map<WorkspaceView, Supplier<? extends Node>> factories = new EnumMap<>(WorkspaceView.class);
    private final Map<WorkspaceView, Node> made = new EnumMap<>(WorkspaceView.class);
    private final ReadOnlyObjectWrapper<WorkspaceView> current = new ReadOnlyObjectWrapper<>(this, "current");

    /** Says how to make {@code view}; an existing one is replaced only if it was never shown. */
    public void register(WorkspaceView view, Supplier<? extends Node> factory) {
        factories.put(view, factory);
    }

    /** Whether {@code view} can be shown. */
    public boolean has(WorkspaceView view) {
        return factories.containsKey(view);
    }

    /** Shows {@code view}, making it first if needed, and gives it the keyboard focus. */
    public void show(WorkspaceView view) {
        Supplier<? extends Node> factory = factories.get(view);
        if (factory == null) {
            return;
        }
        Node node = made.computeIfAbsent(view, v -> factory.get());
        pane.getChildren().setAll(node);
        current.set(view);
        node.requestFocus();
    }

    /** Makes {@code view} without showing it (null when it cannot be shown), as {@link #show} would make it. */
    public Node prepare(WorkspaceView view) {
        Supplier<? extends Node> factory = factories.get(view);
        return factory == null ? null : made.computeIfAbsent(view, v -> factory.get());
    }

    /** The view shown now (null before the first {@link #show}). */
    public ReadOnlyObjectProperty<WorkspaceView> currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** The view's node if it was made, else null. */
    public Node madeView(WorkspaceView view) {
        return made.get(view);
    }

    /** The node to put in the window. */
    public StackPane pane() {
        return pane;
    }
}
