package org.modesign.ui.document;

import java.nio.file.Path;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.modesign.edit.EditCommand;
import org.modesign.edit.EditRejected;
import org.modesign.edit.History;
import org.modesign.model.Design;
import org.modesign.model.Phase;
import org.modesign.model.Scenario;
import org.modesign.ui.i18n.I18n;

/**
 * The open design as the editor sees it: the current {@link Design} (changed only through edit
 * commands), its undo history, its file, whether it has unsaved changes, and the scenario being
 * edited. Every view observes these properties; none changes the design in place.
 */
public final class DocumentModel {

    private History history;
    private final ObjectProperty<Design> design = new SimpleObjectProperty<>(this, "design");
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>(this, "file");
    private final BooleanProperty dirty = new SimpleBooleanProperty(this, "dirty");
    private final BooleanProperty canUndo = new SimpleBooleanProperty(this, "canUndo");
    private final BooleanProperty canRedo = new SimpleBooleanProperty(this, "canRedo");
    private final StringProperty undoText = new SimpleStringProperty(this, "undoText", "");
    private final StringProperty redoText = new SimpleStringProperty(this, "redoText", "");
    private final StringProperty scenarioId = new SimpleStringProperty(this, "scenarioId");
    private final StringProperty phaseId = new SimpleStringProperty(this, "phaseId");

    public DocumentModel(Design initial, Path initialFile) {
        open(initial, initialFile);
    }

    /** Starts over with {@code newDesign} (from a file, or new when {@code newFile} is null). */
    public void open(Design newDesign, Path newFile) {
        history = new History(Objects.requireNonNull(newDesign, "design"));
        history.addListener(h -> publish());
        file.set(newFile);
        scenarioId.set(newDesign.scenarios().get(0).id());
        phaseId.set(null);
        publish();
    }

    /** Applies an edit as one undoable step; on refusal nothing changes and the refusal propagates. */
    public void execute(EditCommand command) throws EditRejected {
        history.execute(command);
    }

    /** Applies an edit that merges with the previous one of the same key (a drag in progress). */
    public void execute(EditCommand command, Object mergeKey) throws EditRejected {
        history.execute(command, mergeKey);
    }

    /** Ends a run of merged edits (the mouse was released). */
    public void endMerge() {
        history.endMerge();
    }

    public void undo() {
        history.undo();
    }

    public void redo() {
        history.redo();
    }

    /** Records that the current design is what {@code savedTo} now holds. */
    public void markSaved(Path savedTo) {
        file.set(savedTo);
        history.markSaved();
    }

    /**
     * Records that {@code savedTo} now holds {@code written}, a design this document showed (a save
     * that ran in the background while edits went on): the document is clean only while it shows
     * that design.
     */
    public void markSaved(Path savedTo, Design written) {
        file.set(savedTo);
        history.markSaved(written);
    }

    public Design design() {
        return design.get();
    }

    /** The scenario being edited. */
    public Scenario scenario() {
        Design d = design.get();
        return d.scenario(scenarioId.get()).orElse(d.scenarios().get(0));
    }

    public ReadOnlyObjectProperty<Design> designProperty() {
        return design;
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file;
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty;
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo;
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo;
    }

    /** "Undo Move 3 cards", or "Undo" when there is nothing to undo. */
    public ReadOnlyStringProperty undoTextProperty() {
        return undoText;
    }

    public ReadOnlyStringProperty redoTextProperty() {
        return redoText;
    }

    public StringProperty scenarioIdProperty() {
        return scenarioId;
    }

    /**
     * The id of the phase the views show, or {@code null} for all phases at once (the default).
     * When an edit removes that phase, the views go back to all phases.
     */
    public StringProperty phaseIdProperty() {
        return phaseId;
    }

    /** The phase the views show, or {@code null} for all phases. */
    public Phase phase() {
        String id = phaseId.get();
        return id == null ? null : design.get().phase(id).orElse(null);
    }

    private void publish() {
        Design d = history.current();
        if (d.scenario(scenarioId.get()).isEmpty()) {
            scenarioId.set(d.scenarios().get(0).id());
        }
        design.set(d);
        if (phaseId.get() != null && d.phase(phaseId.get()).isEmpty()) {
            phaseId.set(null);
        }
        dirty.set(history.isDirty());
        canUndo.set(history.canUndo());
        canRedo.set(history.canRedo());
        undoText.set(history.undoText()
                .map(t -> I18n.tr("action.undoStep", t.localized(I18n.bundle())))
                .orElse(I18n.tr("action.undo")));
        redoText.set(history.redoText()
                .map(t -> I18n.tr("action.redoStep", t.localized(I18n.bundle())))
                .orElse(I18n.tr("action.redo")));
    }
}
