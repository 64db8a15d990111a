package com.alvh.workbench.ui.common;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What menus, buttons and the window title show of an {@link EditableDocument}: unsaved changes,
 * whether undo and redo apply and what they would do ("Undo spot"), and a title with a star when
 * unsaved. One per editor view model, updated after every change of its document.
 */
public final class DocumentStatus {

    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title");
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper(this, "undoText", "Undo");
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper(this, "redoText", "Redo");

    /** Shows the state of {@code document}. */
    public void update(EditableDocument<?> document) {
        dirty.set(document.isDirty());
        canUndo.set(document.canUndo());
        canRedo.set(document.canRedo());
        undoText.set(document.undoLabel().map(l -> "Undo " + l).orElse("Undo"));
        redoText.set(document.redoLabel().map(l -> "Redo " + l).orElse("Redo"));
        title.set((document.isDirty() ? "* " : "") + document.spec().name()
                + document.file().map(f -> " - " + f.getFileName()).orElse(" (not saved)"));
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoTextProperty() {
        return redoText.getReadOnlyProperty();
    }
}
