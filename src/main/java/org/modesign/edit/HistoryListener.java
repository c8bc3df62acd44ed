package org.modesign.edit;

/** Told after every change of a {@link History}: an edit, undo, redo, reset, or a save mark. */
@FunctionalInterface
public interface HistoryListener {

    void historyChanged(History history);
}
