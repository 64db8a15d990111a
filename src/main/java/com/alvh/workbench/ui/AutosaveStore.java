package com.alvh.workbench.ui;

import com.alvh.workbench.scenario.ScenarioException;
import com.alvh.workbench.scenario.ScenarioFile;
import com.alvh.workbench.scenario.ScenarioJson;
import com.alvh.workbench.scenario.ScenarioProblem;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Crash recovery, one autosave per running workbench: each instance writes its unsaved work
 * periodically (atomically) to its own file {@code NAME.ID.json} beside the configured
 * {@code NAME.json}, and holds a lock on {@code NAME.ID.lock} (which names its process id) while it
 * runs. A clean exit or a save deletes the file. At start-up {@link #recover()} offers only work whose
 * instance is gone: an autosave whose lock no process holds (the operating system releases a lock
 * when its process dies, however it dies). A second workbench never offers, nor overwrites, the live
 * work of the first. Recovered work is claimed (its lock taken) so two new instances cannot both take
 * it; it is deleted once this instance has autosaved it under its own name, or on {@link #clear()}.
 * An autosave of an older version ({@code NAME.json} itself, no lock) is recovered the same way.
 *
 * <p>One store per kind of scenario (the equity scenario and the DeFi scenario are edited side by
 * side and autosaved to separate files).
 *
 * @param <T> the scenario type kept
 */
public final class AutosaveStore<T extends ScenarioFile> implements AutoCloseable {

    /**
     * The locks this process holds, by lock file. Probed here first, so this process never opens (and so,
     * on closing, releases: POSIX drops every lock a process has on a file when any of its descriptors on
     * that file closes) a lock file one of its own stores holds; and held here, so a store no longer
     * referenced keeps its lock (as a running workbench does) until it is cleared or closed.
     */
    private static final java.util.Map<Path, Held> HELD = new java.util.concurrent.ConcurrentHashMap<>();

    private final Path base;
    private final Class<T> type;
    private final String stem;
    private final Path file;
    private final Path lockFile;
    private Held own;
    private Claimed adopted;

    /** A lock this instance holds. */
    private record Held(Path file, FileChannel channel, FileLock lock) {
        void release() throws IOException {
            HELD.remove(file, this);
            try {
                if (lock.isValid()) {
                    lock.release();
                }
            } finally {
                channel.close();
            }
        }
    }

    /** A dead instance's autosave this instance has claimed; {@code held} is null for an old unlocked file. */
    private record Claimed(Path file, Path lockFile, Held held) {
    }

    /**
     * @param file where autosaves live and how they are named, e.g. {@code ~/.alvh-workbench/autosave.json}
     *     (this instance writes {@code autosave.ID.json} beside it)
     * @param type the kind of scenario it holds
     */
    public AutosaveStore(Path file, Class<T> type) {
        this.base = file.toAbsolutePath().normalize();
        this.type = type;
        String name = base.getFileName().toString();
        this.stem = name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
        String id = ProcessHandle.current().pid() + "-" + UUID.randomUUID().toString().substring(0, 8);
        this.file = base.resolveSibling(stem + "." + id + ".json");
        this.lockFile = base.resolveSibling(stem + "." + id + ".lock");
    }

    /** This instance's autosave file. */
    public Path file() {
        return file;
    }

    /** Writes the scenario (atomically) to this instance's file, holding this instance's lock. */
    public synchronized void write(T spec) throws IOException {
        if (own == null) {
            Files.createDirectories(base.getParent());
            own = lock(lockFile);
            if (own == null) {
                throw new IOException("Cannot autosave to " + file + ": its lock " + lockFile + " is held by another process");
            }
        }
        ScenarioJson.save(spec, file);
        // The claimed work now lives in this instance's own autosave.
        dropAdopted();
    }

    /** Removes this instance's autosave and any work it recovered (after a save, a clean exit, a declined recovery). */
    public synchronized void clear() throws IOException {
        Files.deleteIfExists(file);
        try {
            dropAdopted();
        } finally {
            if (own != null) {
                // Nothing left to protect: the next write takes a fresh lock; no lock file piles up.
                Files.deleteIfExists(lockFile);
                own.release();
                own = null;
            }
        }
    }

    /**
     * The newest autosave left by an instance that is gone, if any, claimed by this instance. An
     * unreadable autosave is reported, not silently dropped.
     *
     * @throws ScenarioException if the file is there but cannot be read as a scenario of this kind
     */
    public synchronized Optional<T> recover() throws IOException {
        if (adopted == null || !Files.isRegularFile(adopted.file())) {
            adopted = claimNewest();
        }
        if (adopted == null) {
            return Optional.empty();
        }
        Path f = adopted.file();
        ScenarioFile read = ScenarioJson.loadFile(f);
        if (!type.isInstance(read)) {
            throw new ScenarioException(f.toString(), List.of(new ScenarioProblem("$.kind",
                    "this autosave holds another kind of scenario than " + type.getSimpleName())));
        }
        return Optional.of(type.cast(read));
    }

    /** Releases this instance's locks and leaves its files, as the end of the process would. */
    @Override
    public synchronized void close() throws IOException {
        try {
            if (own != null) {
                own.release();
                own = null;
            }
        } finally {
            if (adopted != null && adopted.held() != null) {
                adopted.held().release();
            }
            adopted = null;
        }
    }

    // ------------------------------------------------------------------ instances

    /** Claims the newest autosave whose instance is gone: its lock is free (or it is an old unlocked file). */
    private Claimed claimNewest() throws IOException {
        Path folder = base.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            return null;
        }
        Pattern instance = Pattern.compile(Pattern.quote(stem) + "\\.([0-9]+-[0-9a-f]+)\\.json");
        Pattern instanceLock = Pattern.compile(Pattern.quote(stem) + "\\.([0-9]+-[0-9a-f]+)\\.lock");
        List<Path> candidates = new ArrayList<>();
        List<Path> locks = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path e : entries) {
                String n = e.getFileName().toString();
                if (!e.equals(file) && Files.isRegularFile(e) && (instance.matcher(n).matches() || e.equals(base))) {
                    candidates.add(e);
                } else if (!e.equals(lockFile) && instanceLock.matcher(n).matches()) {
                    locks.add(e);
                }
            }
        }
        for (Path l : locks) {
            String n = l.getFileName().toString();
            if (!Files.exists(l.resolveSibling(n.substring(0, n.length() - ".lock".length()) + ".json"))) {
                // An instance that died before its first autosave: its free lock file goes.
                Held h = lock(l);
                if (h != null) {
                    Files.deleteIfExists(l);
                    h.release();
                }
            }
        }
        candidates.sort(Comparator.comparing((Path p) -> modified(p)).reversed());
        for (Path c : candidates) {
            if (c.equals(base)) {
                return new Claimed(c, null, null); // written before autosaves had locks
            }
            String n = c.getFileName().toString();
            Path lock = c.resolveSibling(n.substring(0, n.length() - ".json".length()) + ".lock");
            Held held = lock(lock);
            if (held != null) {
                return new Claimed(c, lock, held);
            }
        }
        return null;
    }

    private void dropAdopted() throws IOException {
        if (adopted == null) {
            return;
        }
        Claimed a = adopted;
        adopted = null;
        try {
            Files.deleteIfExists(a.file());
            if (a.lockFile() != null) {
                Files.deleteIfExists(a.lockFile());
            }
        } finally {
            if (a.held() != null) {
                a.held().release();
            }
        }
    }

    /** The lock of {@code lockFile} with this process's id written in it, or null if a live process holds it. */
    private static Held lock(Path lockFile) throws IOException {
        Path key = lockFile.toAbsolutePath().normalize();
        if (HELD.containsKey(key)) {
            return null; // another store of this process: a live instance
        }
        FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = ch.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null; // held by another store of this same process: a live instance
        }
        if (lock == null) {
            ch.close();
            return null;
        }
        ch.truncate(0);
        ch.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.UTF_8)), 0);
        Held held = new Held(key, ch, lock);
        if (HELD.putIfAbsent(key, held) != null) {
            lock.release();
            ch.close();
            return null;
        }
        return held;
    }

    private static FileTime modified(Path p) {
        try {
            return Files.getLastModifiedTime(p);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }
}
