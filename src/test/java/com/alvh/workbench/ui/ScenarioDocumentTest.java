package com.alvh.workbench.ui;

import com.alvh.workbench.scenario.ScenarioJson;
import com.alvh.workbench.scenario.ScenarioSamples;
import com.alvh.workbench.scenario.ScenarioSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

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
        AutosaveStore s = new AutosaveStore(dir.resolve("autosave.json"));
        assertThat(s.recover()).isEmpty();
        ScenarioSpec edited = BASE.withName("unsaved work");
        s.write(edited);
        assertThat(s.recover()).contains(edited);
        s.clear();
        assertThat(s.recover()).isEmpty();
        assertThat(ScenarioJson.write(edited)).contains("unsaved work");
    }
}
