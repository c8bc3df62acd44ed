package org.modesign.ui.document;

import java.util.Collection;
import java.util.Set;
import java.util.function.Predicate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import org.modesign.edit.LineKey;

/** What is selected on the canvas: cards (by node id) or one reporting line, never both. */
public final class Selection {

    private final ObservableSet<String> nodes = FXCollections.observableSet();
    private final ObservableSet<String> view = FXCollections.unmodifiableObservableSet(nodes);
    private final ObjectProperty<LineKey> line = new SimpleObjectProperty<>(this, "line");

    /** The selected cards' ids (read it; change it through the methods below). */
    public ObservableSet<String> nodes() {
        return view;
    }

    public ObjectProperty<LineKey> lineProperty() {
        return line;
    }

    public LineKey line() {
        return line.get();
    }

    public boolean isEmpty() {
        return nodes.isEmpty() && line.get() == null;
    }

    public boolean contains(String nodeId) {
        return nodes.contains(nodeId);
    }

    /** Selects exactly these cards. */
    public void selectNodes(Collection<String> ids) {
        line.set(null);
        if (!nodes.equals(Set.copyOf(ids))) {
            nodes.retainAll(ids);
            nodes.addAll(ids);
        }
    }

    /** Adds or removes one card (Shift/Ctrl-click). */
    public void toggle(String id) {
        line.set(null);
        if (!nodes.remove(id)) {
            nodes.add(id);
        }
    }

    /** Adds cards to the selection (rubber band with Shift). */
    public void addNodes(Collection<String> ids) {
        line.set(null);
        nodes.addAll(ids);
    }

    /** Selects exactly one line. */
    public void selectLine(LineKey key) {
        nodes.clear();
        line.set(key);
    }

    public void clear() {
        nodes.clear();
        line.set(null);
    }

    /** Drops ids that no longer exist (after undo, delete or a scenario switch). */
    public void retainExisting(Predicate<String> exists, boolean lineExists) {
        nodes.removeIf(id -> !exists.test(id));
        if (!lineExists) {
            line.set(null);
        }
    }
}
