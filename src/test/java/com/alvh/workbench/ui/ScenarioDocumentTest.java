package com.alvh.workbench.ui;

import com.alvh.workbench.ui.defi.DefiEditorViewModel;
import com.alvh.workbench.ui.scenario.ScenarioDocument;

import com.alvh.workbench.scenario.ScenarioJson;
import com.alvh.workbench.scenario.ScenarioSamples;
import com.alvh.workbench.scenario.ScenarioSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScenarioDocumentTest {

    private static final ScenarioSpec BASE = ScenarioSamples.baseCondorAlvh();

    @Test
    void editUndoRedoWalkThroughTheStates() {
        ScenarioDocument d = new ScenarioDocument(BASE, null);
        assertThat(d.isDirty()).as("an untouched sample has no changes").isFalse();
        assertThat(new ScenarioDocument(BASE, null, true).isDirty()).as("recovered work").isTrue();
        ScenarioSpec a = BASE.withCapital(2_000_000);
        ScenarioSpec b = a.withName("b");
        assertThat(d.edit(a, "capital")).isTrue();
        assertThat(d.edit(b, "name")).isTrue();
        assertThat(d.edit(b, "name")).as("no-op edits are not recorded").isFalse();
        assertThat(d.undoLabel()).contains("name");
        assertThat(d.undo()).isTrue();
        assertThat(d.spec()).isEqualTo(a);
        assertThat(d.redoLabel()).contains("name");
        assertThat(d.undo()).isTrue();
        assertThat(d.spec()).isEqualTo(BASE);
        assertThat(d.undo()).isFalse();
        assertThat(d.redo()).isTrue();
        assertThat(d.spec()).isEqualTo(a);
        d.edit(a.withName("c"), "name");
        assertThat(d.canRedo()).as("a new edit clears redo").isFalse();
    }

    @Test
    void savingClearsDirtyAndUndoingBackToTheSavedStateIsClean(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("s.json");
        ScenarioDocument d = new ScenarioDocument(BASE, null);
        d.saveAs(file);
        assertThat(d.isDirty()).isFalse();
        assertThat(d.file()).contains(file);
        d.edit(BASE.withCapital(3_000_000), "capital");
        assertThat(d.isDirty()).isTrue();
        d.undo();
        assertThat(d.isDirty()).isFalse();
        assertThat(ScenarioDocument.open(file).spec()).isEqualTo(BASE);
    }

    @Test
    void undoIsBounded() {
        ScenarioDocument d = new ScenarioDocument(BASE, null);
        for (int i = 0; i < ScenarioDocument.UNDO_LIMIT + 10; i++) {
            d.edit(BASE.withCapital(1_000_000 + i + 1), "capital");
        }
        int n = 0;
        while (d.undo()) {
            n++;
        }
        assertThat(n).isEqualTo(ScenarioDocument.UNDO_LIMIT);
    }

    @Test
    void recentFilesKeepNewestFirstWithoutDuplicatesOrMissingFiles(@TempDir Path dir) throws IOException {
        RecentFiles r = new RecentFiles(dir.resolve("recent.txt"));
        Path a = Files.writeString(dir.resolve("a.json"), "{}");
        Path b = Files.writeString(dir.resolve("b.json"), "{}");
        r.add(a);
        r.add(b);
        r.add(a);
        assertThat(r.list()).containsExactly(a.toAbsolutePath(), b.toAbsolutePath());
        Files.delete(b);
        assertThat(r.list()).containsExactly(a.toAbsolutePath());
    }

    @Test
    void autosaveRecoversTheLastUnsavedStateAndClears(@TempDir Path dir) throws IOException {
        AutosaveStore<ScenarioSpec> s = new AutosaveStore<>(dir.resolve("autosave.json"), ScenarioSpec.class);
        assertThat(s.recover()).isEmpty();
        ScenarioSpec edited = BASE.withName("unsaved work");
        s.write(edited);
        assertThat(s.recover()).as("its own live work is not offered back").isEmpty();
        s.close(); // the session ends without a clean exit
        AutosaveStore<ScenarioSpec> next = new AutosaveStore<>(dir.resolve("autosave.json"), ScenarioSpec.class);
        assertThat(next.recover()).contains(edited);
        next.clear();
        assertThat(next.recover()).isEmpty();
        assertThat(new AutosaveStore<>(dir.resolve("autosave.json"), ScenarioSpec.class).recover()).isEmpty();
        assertThat(ScenarioJson.write(edited)).contains("unsaved work");
    }

    @Test
    void theDefiScenarioIsAutosavedToItsOwnFileAndRecoveredAsUnsaved(@TempDir Path dir) throws IOException {
        ScenarioSession session = new ScenarioSession(new com.alvh.workbench.scenario.ScenarioResolver(Path.of("sample-data")),
                dir);
        DefiEditorViewModel defi = new DefiEditorViewModel(Path.of("sample-data"));
        session.attachDefi(defi);
        assertThat(session.autosaveIfDirty()).as("nothing edited").isFalse();
        defi.chooseSample("tail-risk");
        assertThat(session.autosaveIfDirty()).isTrue();
        try (var files = Files.list(dir)) {
            List<String> names = files.map(p -> p.getFileName().toString()).toList();
            assertThat(names).anyMatch(n -> n.matches("autosave-defi\\.[0-9]+-[0-9a-f]+\\.json"));
            assertThat(names).as("the equity scenario was not edited").noneMatch(n -> n.startsWith("autosave."));
        }
        com.alvh.workbench.scenario.DefiScenarioSpec unsaved = defi.specProperty().get();
        session.releaseAutosaves(); // the session ends without a clean exit

        // The next session: a fresh editor, the work offered back as unsaved.
        ScenarioSession next = new ScenarioSession(new com.alvh.workbench.scenario.ScenarioResolver(Path.of("sample-data")),
                dir);
        DefiEditorViewModel fresh = new DefiEditorViewModel(Path.of("sample-data"));
        next.attachDefi(fresh);
        assertThat(next.recoverable()).isEmpty();
        assertThat(next.recoverableDefi()).contains(unsaved);
        // Declining the equity scenario's recovery keeps the DeFi one.
        next.discardScenarioAutosave();
        assertThat(next.recoverableDefi()).contains(unsaved);
        next.recoverDefi(next.recoverableDefi().orElseThrow());
        assertThat(fresh.specProperty().get()).isEqualTo(unsaved);
        assertThat(fresh.dirtyProperty().get()).isTrue();
        next.discardAutosave();
        assertThat(next.recoverableDefi()).isEmpty();

        // A file of the other kind where the DeFi autosave should be is reported, not loaded.
        ScenarioJson.save(BASE, dir.resolve("autosave-defi.json"));
        assertThatThrownBy(next::recoverableDefi).isInstanceOf(com.alvh.workbench.scenario.ScenarioException.class)
                .hasMessageContaining("$.kind");
    }
}
