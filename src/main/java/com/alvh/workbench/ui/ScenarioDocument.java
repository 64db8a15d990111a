package com.alvh.workbench.ui;

import com.alvh.workbench.scenario.ScenarioJson;
import com.alvh.workbench.scenario.ScenarioSpec;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.Optional;

/**
 * The scenario being edited: its current state, the file it belongs to, whether it has unsaved
 * changes, and undo/redo. Specs are immutable, so an edit pushes the previous spec on the undo
 * stack and undo is a pointer swap. No JavaFX here: the view model wraps it and unit tests use it
 * directly.
 */
public final class ScenarioDocument {

    /** How many edits undo remembers. */
    public static final int UNDO_LIMIT = 200;

    /** One remembered state and what changed it (for "Undo change spot" menu labels). */
    private record Step(ScenarioSpec spec, String label) {
    }

    private ScenarioSpec spec;
    private ScenarioSpec saved;
    private Path file;
    private final Deque<Step> undo = new ArrayDeque<>();
    private final Deque<Step> redo = new ArrayDeque<>();

    /**
     * A document on a spec, with no unsaved changes yet (a fresh sample is not "modified").
     *
     * @param spec the scenario
     * @param file where it was read from, or null for a scenario that has no file yet
     */
    public ScenarioDocument(ScenarioSpec spec, Path file) {
        this(spec, file, false);
    }

    /**
     * @param spec the scenario
     * @param file where it was read from, or null
     * @param modified whether it starts with unsaved changes (recovered work does)
     */
    public ScenarioDocument(ScenarioSpec spec, Path file, boolean modified) {
        this.spec = Objects.requireNonNull(spec, "spec");
        this.file = file;
        this.saved = modified ? null : spec;
    }

    /** Opens a file. @throws com.alvh.workbench.scenario.ScenarioException listing every problem */
    public static ScenarioDocument open(Path file) throws IOException {
        return new ScenarioDocument(ScenarioJson.load(file), file);
    }

    /** The current scenario. */
    public ScenarioSpec spec() {
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
    public boolean edit(ScenarioSpec next, String label) {
        Objects.requireNonNull(next, "next");
        if (next.equals(spec)) {
            return false;
        }
        undo.push(new Step(spec, label));
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
        Step s = undo.pop();
        redo.push(new Step(spec, s.label()));
        spec = s.spec();
        return true;
    }

    /** Re-applies the last undone edit. @return whether there was one */
    public boolean redo() {
        if (redo.isEmpty()) {
            return false;
        }
        Step s = redo.pop();
        undo.push(new Step(spec, s.label()));
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
