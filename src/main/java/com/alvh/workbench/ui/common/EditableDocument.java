package com.alvh.workbench.ui.common;

import com.alvh.workbench.scenario.ScenarioFile;
import com.alvh.workbench.scenario.ScenarioJson;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.Optional;

/**
 * A scenario being edited (equity or DeFi): its current state, the file it belongs to, whether it
 * has unsaved changes, and undo/redo. Specs are immutable, so an edit pushes the previous spec on
 * the undo stack and undo is a pointer swap. No JavaFX here: the view models wrap it and unit tests
 * use it directly.
 *
 * @param <T> the scenario type
 */
public class EditableDocument<T extends ScenarioFile> {

    /** How many edits undo remembers. */
    public static final int UNDO_LIMIT = 200;

    /** One remembered state and what changed it (for "Undo change spot" menu labels). */
    private record Step<S>(S spec, String label) {
    }

    private T spec;
    private T saved;
    private Path file;
    private final Deque<Step<T>> undo = new ArrayDeque<>();
    private final Deque<Step<T>> redo = new ArrayDeque<>();

    /**
     * A document on a spec, with no unsaved changes yet (a fresh sample is not "modified").
     *
     * @param spec the scenario
     * @param file where it was read from, or null for a scenario that has no file yet
     */
    public EditableDocument(T spec, Path file) {
        this(spec, file, false);
    }

    /**
     * @param spec the scenario
     * @param file where it was read from, or null
     * @param modified whether it starts with unsaved changes (recovered work does)
     */
    public EditableDocument(T spec, Path file, boolean modified) {
        this.spec = Objects.requireNonNull(spec, "spec");
        this.file = file;
        this.saved = modified ? null : spec;
    }

    /** The current scenario. */
    public T spec() {
        return spec;
    }

    /** The file, if the scenario has been saved or opened. */
    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    /** Whether there are changes not yet saved (an untouched sample has none; recovered work has). */
    public boolean isDirty() {
        return !spec.equals(saved);
    }

    /**
     * Applies an edit; an edit that changes nothing is not recorded.
     *
     * @param next the new spec
     * @param label what changed, e.g. "spot"
     * @return whether anything changed
     */
    public boolean edit(T next, String label) {
        Objects.requireNonNull(next, "next");
        if (next.equals(spec)) {
            return false;
        }
        undo.push(new Step<>(spec, label));
        if (undo.size() > UNDO_LIMIT) {
            undo.removeLast();
        }
        redo.clear();
        spec = next;
        return true;
    }

    /** Whether there is an edit to undo. */
    public boolean canUndo() {
        return !undo.isEmpty();
    }

    /** Whether there is an undone edit to redo. */
    public boolean canRedo() {
        return !redo.isEmpty();
    }

    /** The label of the edit undo would revert, if any. */
    public Optional<String> undoLabel() {
        return undo.isEmpty() ? Optional.empty() : Optional.of(undo.peek().label());
    }

    /** The label of the edit redo would re-apply, if any. */
    public Optional<String> redoLabel() {
        return redo.isEmpty() ? Optional.empty() : Optional.of(redo.peek().label());
    }

    /** Reverts the last edit. @return whether there was one */
    public boolean undo() {
        if (undo.isEmpty()) {
            return false;
        }
        Step<T> s = undo.pop();
        redo.push(new Step<>(spec, s.label()));
        spec = s.spec();
        return true;
    }

    /** Re-applies the last undone edit. @return whether there was one */
    public boolean redo() {
        if (redo.isEmpty()) {
            return false;
        }
        Step<T> s = redo.pop();
        undo.push(new Step<>(spec, s.label()));
        spec = s.spec();
        return true;
    }

    /** Saves to the current file. @throws IllegalStateException if there is none (use {@link #saveAs}) */
    public void save() throws IOException {
        if (file == null) {
            throw new IllegalStateException("the scenario has no file yet; use save as");
        }
        saveAs(file);
    }

    /** Saves atomically to {@code target}, which becomes the document's file. */
    public void saveAs(Path target) throws IOException {
        ScenarioJson.save(spec, target);
        file = target;
        saved = spec;
    }
}
