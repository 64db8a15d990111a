package com.alvh.workbench.ui;

import com.alvh.workbench.ui.common.EditableDocument;
import com.alvh.workbench.ui.defi.DefiEditorViewModel;
import com.alvh.workbench.ui.scenario.ScenarioDocument;
import com.alvh.workbench.ui.scenario.ScenarioEditorViewModel;

import com.alvh.workbench.scenario.Scenario;
import com.alvh.workbench.scenario.ScenarioException;
import com.alvh.workbench.scenario.ScenarioResolver;
import com.alvh.workbench.scenario.ScenarioSamples;
import com.alvh.workbench.scenario.DefiScenarioSpec;
import com.alvh.workbench.scenario.ScenarioSpec;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The scenario side of the workbench: the editor, the files (open, save, save as, recent), crash
 * recovery through an autosave, and the run setup the Results tab takes from the scenario. No scene
 * graph here; the view asks the questions (which file, discard changes?) and calls these methods.
 */
public final class ScenarioSession {

    /** Seconds between autosaves of unsaved work. */
    public static final int AUTOSAVE_SECONDS = 30;

    private final ScenarioResolver resolver;
    private final ScenarioEditorViewModel editor;
    private final RecentFiles recent;
    private final AutosaveStore<ScenarioSpec> autosave;
    private final AutosaveStore<DefiScenarioSpec> defiAutosave;
    private DefiEditorViewModel defiEditor;

    /**
     * @param resolver the shipped history (replays, bootstrap, calibration)
     * @param settingsDirectory where recent files and the autosave live (e.g. {@code ~/.alvh-workbench})
     */
    public ScenarioSession(ScenarioResolver resolver, Path settingsDirectory) {
        this.resolver = resolver;
        this.editor = ScenarioEditorViewModel.onSample(resolver);
        this.recent = new RecentFiles(settingsDirectory.resolve("recent.txt"));
        this.autosave = new AutosaveStore<>(settingsDirectory.resolve("autosave.json"), ScenarioSpec.class);
        this.defiAutosave = new AutosaveStore<>(settingsDirectory.resolve("autosave-defi.json"), DefiScenarioSpec.class);
    }

    /** The settings folder: {@code -Dalvh.settings=DIR}, else {@code ~/.alvh-workbench}. */
    public static Path defaultSettingsDirectory() {
        String override = System.getProperty("alvh.settings");
        return override != null ? Path.of(override) : Path.of(System.getProperty("user.home"), ".alvh-workbench");
    }

    public ScenarioEditorViewModel editor() {
        return editor;
    }

    /** Whether there are unsaved changes (the view asks before discarding them). */
    public boolean isDirty() {
        return editor.dirtyProperty().get();
    }

    /** Starts over on the ready sample scenario (unsaved). */
    public void newFromSample() {
        editor.load(new ScenarioDocument(ScenarioSamples.baseCondorAlvh(), null));
    }

    /**
     * Opens a file; on any problem the current scenario stays as it was.
     *
     * @throws ScenarioException listing every problem with its JSON path
     * @throws IOException if it cannot be read
     */
    public void open(Path file) throws IOException {
        editor.open(file);
        rememberQuietly(file);
    }

    /** Saves to the current file. @throws IllegalStateException if it has none (use {@link #saveAs}) */
    public void save() throws IOException {
        editor.save();
        editor.document().file().ifPresent(this::rememberQuietly);
        autosave.clear();
    }

    /** Saves to {@code file}, which becomes the scenario's file. */
    public void saveAs(Path file) throws IOException {
        editor.saveAs(file);
        rememberQuietly(file);
        autosave.clear();
    }

    /** Whether the scenario has a file to save to. */
    public boolean hasFile() {
        return editor.document().file().isPresent();
    }

    /** Recently used scenario files, newest first. */
    public List<Path> recentFiles() {
        return recent.list();
    }

    /** Writes unsaved work to the autosave (called every {@value #AUTOSAVE_SECONDS} s). @return whether it wrote */
    public boolean autosaveIfDirty() throws IOException {
        boolean wrote = false;
        if (isDirty()) {
            autosave.write(editor.specProperty().get());
            wrote = true;
        }
        if (defiEditor != null && defiEditor.dirtyProperty().get()) {
            defiAutosave.write(defiEditor.specProperty().get());
            wrote = true;
        }
        return wrote;
    }

    /** Autosaves and recovers the DeFi tab's scenario too (separately from the equity scenario). */
    public void attachDefi(DefiEditorViewModel editor) {
        this.defiEditor = editor;
    }

    /** The DeFi scenario a crashed session left, if any. @throws ScenarioException if the autosave is unreadable */
    public Optional<DefiScenarioSpec> recoverableDefi() throws IOException {
        return defiAutosave.recover();
    }

    /** Opens recovered DeFi work as a new, unsaved DeFi scenario. */
    public void recoverDefi(DefiScenarioSpec spec) {
        if (defiEditor == null) {
            throw new IllegalStateException("no DeFi editor attached");
        }
        defiEditor.load(new EditableDocument<>(spec, null, true));
    }

    /** Removes the DeFi autosave (the user declined its recovery). */
    public void discardDefiAutosave() throws IOException {
        defiAutosave.clear();
    }

    /** The scenario a crashed session left, if any. @throws ScenarioException if the autosave is unreadable */
    public Optional<ScenarioSpec> recoverable() throws IOException {
        return autosave.recover();
    }

    /** Opens recovered work as a new, unsaved scenario. */
    public void recover(ScenarioSpec spec) {
        editor.load(new ScenarioDocument(spec, null, true));
    }

    /** Removes both autosaves (a clean exit: nothing to recover next time). */
    public void discardAutosave() throws IOException {
        autosave.clear();
        defiAutosave.clear();
    }

    /**
     * Releases the autosaves' locks and leaves their files, as the end of this process does (a crash
     * included): another instance may then recover the work.
     */
    public void releaseAutosaves() throws IOException {
        try {
            autosave.close();
        } finally {
            defiAutosave.close();
        }
    }

    /** Removes the equity scenario's autosave only (the user declined its recovery; the DeFi one stays). */
    public void discardScenarioAutosave() throws IOException {
        autosave.clear();
    }

    /** The resolved scenario being edited (what Run runs). @throws ScenarioException if it has problems */
    public Scenario scenario() {
        return resolver.resolve(editor.specProperty().get());
    }

    /** Adds a file (also a DeFi scenario opened in its tab) to the recent files; a failure to record it is not an error. */
    public void remember(Path file) {
        rememberQuietly(file);
    }

    private void rememberQuietly(Path file) {
        try {
            recent.add(file);
        } catch (IOException e) {
            // The recent-files list is a convenience: failing to update it must not fail a save.
        }
    }
}
