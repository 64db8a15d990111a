package com.alvh.workbench.io;

import com.alvh.workbench.scenario.ScenarioJson;
import com.alvh.workbench.scenario.ScenarioSamples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The one atomic writer: whole files, permissions and symbolic links kept, leftovers cleaned. */
class AtomicFilesTest {

    @TempDir
    Path dir;

    private List<String> names() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void replacesTheTargetAndLeavesNoTemporaryFile() throws IOException {
        Path f = dir.resolve("a.txt");
        AtomicFiles.writeString(f, "one");
        AtomicFiles.writeString(f, "two");
        assertThat(Files.readString(f)).isEqualTo("two");
        assertThat(names()).containsExactly("a.txt");
    }

    @Test
    void keepsTheFilesPermissions() throws IOException {
        Path f = dir.resolve("s.json");
        Files.writeString(f, "old");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-r--r--"));
        AtomicFiles.writeString(f, "new");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f))).isEqualTo("rw-r--r--");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-rw----"));
        AtomicFiles.writeString(f, "newer");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f))).isEqualTo("rw-rw----");
    }

    /** The case of the issue: saving a scenario turned a 0644 file into 0600 and a link into a plain file. */
    @Test
    void savingAScenarioKeepsPermissionsAndWritesThroughALink() throws IOException {
        Path real = Files.createDirectory(dir.resolve("real")).resolve("base.json");
        ScenarioJson.save(ScenarioSamples.baseCondorAlvh(), real);
        Files.setPosixFilePermissions(real, PosixFilePermissions.fromString("rw-r--r--"));
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), Path.of("real/base.json"));

        ScenarioJson.save(ScenarioSamples.baseCondorAlvh().withName("Renamed"), link);

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readSymbolicLink(link)).isEqualTo(Path.of("real/base.json"));
        assertThat(ScenarioJson.load(real).name()).isEqualTo("Renamed");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(real))).isEqualTo("rw-r--r--");
        try (Stream<Path> s = Files.list(real.getParent())) {
            assertThat(s.map(p -> p.getFileName().toString()).toList()).containsExactly("base.json");
        }
    }

    @Test
    void followsAChainOfLinksAndCreatesADanglingLinksTarget() throws IOException {
        Path target = dir.resolve("t.txt");
        Path first = Files.createSymbolicLink(dir.resolve("l1"), target);
        Path second = Files.createSymbolicLink(dir.resolve("l2"), Path.of("l1"));
        AtomicFiles.writeString(second, "through two links");
        assertThat(Files.isSymbolicLink(first)).isTrue();
        assertThat(Files.isSymbolicLink(second)).isTrue();
        assertThat(Files.readString(target)).isEqualTo("through two links");
    }

    @Test
    void aLinkLoopIsAClearError() throws IOException {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        Files.createSymbolicLink(a, b);
        Files.createSymbolicLink(b, a);
        assertThatThrownBy(() -> AtomicFiles.writeString(a, "x")).isInstanceOf(IOException.class)
                .hasMessageContaining(a.toString()).hasMessageContaining("symbolic links");
    }

    @Test
    void aFailingWriterLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path f = dir.resolve("keep.csv");
        Files.writeString(f, "old content");
        assertThatThrownBy(() -> AtomicFiles.write(f, temp -> {
            Files.writeString(temp, "half");
            throw new IllegalStateException("disk full (simulated)");
        })).isInstanceOf(IOException.class).hasMessageStartingWith("Cannot write " + f)
                .hasMessageContaining("disk full (simulated)");
        assertThat(Files.readString(f)).isEqualTo("old content");
        assertThat(names()).containsExactly("keep.csv");
    }

    @Test
    void aMissingFolderOrAFolderAsTargetIsNamed() {
        Path missing = dir.resolve("no/such/file.txt");
        assertThatThrownBy(() -> AtomicFiles.writeString(missing, "x")).isInstanceOf(IOException.class)
                .hasMessageContaining(missing.toString()).hasMessageContaining("does not exist");
        assertThatThrownBy(() -> AtomicFiles.writeString(dir, "x")).isInstanceOf(IOException.class)
                .hasMessageContaining("directory");
    }

    @Test
    void staleTemporaryFilesOfTheTargetAreRemovedFreshOnesKept() throws IOException {
        Path f = dir.resolve("x.json");
        Path stale = Files.writeString(dir.resolve(".x.json.abc123.tmp"), "left by a killed writer");
        Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minus(AtomicFiles.STALE_AFTER).minus(Duration.ofMinutes(1))));
        Path fresh = Files.writeString(dir.resolve(".x.json.def456.tmp"), "another writer, still busy");
        Path other = Files.writeString(dir.resolve(".y.json.abc123.tmp"), "another target's");
        Files.setLastModifiedTime(other, FileTime.from(Instant.EPOCH));

        AtomicFiles.writeString(f, "{}");

        assertThat(names()).containsExactly(".x.json.def456.tmp", ".y.json.abc123.tmp", "x.json");
        assertThat(Files.readString(fresh, StandardCharsets.UTF_8)).isEqualTo("another writer, still busy");
    }
}
