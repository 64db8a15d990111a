package com.alvh.workbench.report;

import com.alvh.workbench.chart.ChartTheme;
import com.alvh.workbench.chart.MarketLabels;
import com.alvh.workbench.io.AtomicFiles;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The folder a report goes into, written whole: a report never leaves a mix of two runs' files.
 *
 * <ol>
 *   <li>{@link #open} checks the folder before any work starts (a file, the working folder, or a
 *       folder holding anything a report does not write is refused: the folder is replaced whole) and
 *       takes a lock beside it, {@code .NAME.lock}, holding this process's id: a second report into
 *       the same folder fails at once, naming the process that writes it. The operating system
 *       releases the lock when a process dies, so a killed report never blocks the next one.</li>
 *   <li>{@link #write} writes every file into a fresh folder beside the target,
 *       {@code .NAME.staging-RUNID}, then {@value #MANIFEST} (run id, time, software version, the
 *       inputs' SHA-256 and every file's size and SHA-256), then puts it in place: the old report is
 *       renamed aside ({@code .NAME.old-RUNID}), the new one renamed to {@code NAME}, the old one
 *       deleted. Until the first rename the old report is untouched.</li>
 *   <li>Leftovers of a killed report are cleaned under the lock by the next {@link #open}: staging
 *       folders are deleted; if a kill fell between the two renames, the old report is put back.</li>
 * </ol>
 */
public final class ReportFolder implements AutoCloseable {

    /** The manifest's file name. */
    public static final String MANIFEST = "manifest.json";

    /** The names a report writes: any other entry in an existing target means it is not a report folder. */
    private static final Pattern REPORT_FILE = Pattern.compile(
            "report\\.(html|pdf)|chart-[a-z0-9-]+\\.(png|svg)|[a-z0-9-]+\\.csv|" + Pattern.quote(MANIFEST));

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /**
     * The lock files this process holds. A second report of this process into a held folder is refused
     * before it opens the lock file: closing any descriptor of a file drops every POSIX lock the process
     * has on it, so merely probing would unlock the first report for other processes.
     */
    private static final Set<Path> HELD = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private final Path target;
    private final Path lockFile;
    private final FileChannel lockChannel;
    private final FileLock lock;

    private ReportFolder(Path target, Path lockFile, FileChannel lockChannel, FileLock lock) {
        this.target = target;
        this.lockFile = lockFile;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    /**
     * Checks the target folder, locks it and cleans what a killed report left.
     *
     * @param folder where the report goes (created with its parents if missing)
     * @return the locked folder; close it to release the lock
     * @throws ReportFolderException if the folder cannot hold a report, or another report is writing it
     * @throws IOException if the parent folder cannot be created or the lock file written
     */
    public static ReportFolder open(Path folder) throws IOException {
        Objects.requireNonNull(folder, "folder");
        Path target = folder.toAbsolutePath().normalize();
        if (Files.isSymbolicLink(target) && Files.isDirectory(target)) {
            target = target.toRealPath(); // the link stays; the folder it names is replaced
        }
        check(folder, target);
        Path parent = target.getParent();
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new IOException("Cannot create report folder " + target + ": " + AtomicFiles.describe(e), e);
        }
        Path lockFile = parent.resolve("." + target.getFileName() + ".lock");
        if (!HELD.add(lockFile)) {
            throw busy(folder, lockFile);
        }
        FileChannel channel;
        FileLock lock;
        try {
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.READ);
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
        } catch (IOException | RuntimeException e) {
            HELD.remove(lockFile);
            throw e;
        }
        if (lock == null) {
            channel.close();
            HELD.remove(lockFile);
            throw busy(folder, lockFile);
        }
        try {
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(true);
            recover(parent, target);
        } catch (IOException | RuntimeException e) {
            lock.release();
            channel.close();
            HELD.remove(lockFile);
            throw e;
        }
        return new ReportFolder(target, lockFile, channel, lock);
    }

    private static ReportFolderException busy(Path folder, Path lockFile) {
        String holder = holder(lockFile);
        return new ReportFolderException(folder + ": another report is being written into this folder"
                + (holder.isEmpty() ? "" : " (process " + holder + ")")
                + "; wait until it ends or choose another folder", true);
    }

    /** The report folder (absolute). */
    public Path path() {
        return target;
    }

    /**
     * Writes the report whole (see the class comment).
     *
     * @param inputs the run's inputs as text (the scenario as run), hashed into the manifest; null to
     *     hash the parameters as the report lists them ({@code parameters.csv})
     * @param afterEachFile told each file written into the staging folder (for progress), or null
     * @return the report's files in their final place, the manifest last
     * @throws IOException naming the file that could not be written; the previous report is then untouched
     */
    public List<Path> write(ReportContent content, Set<ReportFormat> formats, ChartTheme theme, MarketLabels labels,
                            String inputs, Consumer<Path> afterEachFile) throws IOException {
        Objects.requireNonNull(content, "content");
        String inputsText = inputs != null ? inputs : ReportCsv.parameters(content);
        return write(Run.of(content), inputsText,
                staging -> ReportWriter.writeFiles(content, staging, formats, theme, labels, afterEachFile),
                afterEachFile);
    }

    /**
     * Writes any report whole (see the class comment): {@code files} writes into the staging folder,
     * then the manifest is added and the folder put in place. Used by reports that are not a
     * {@link ReportContent} (a sweep's).
     *
     * @param run what the manifest says of the run besides its files
     * @param inputs the run's inputs as text, hashed into the manifest
     * @param files writes the report's files into the folder it is given (only names a report may hold)
     * @param afterEachFile told of the manifest once written (for progress), or null; {@code files} tells of its own
     * @return the report's files in their final place, the manifest last
     * @throws IOException naming the file that could not be written; the previous report is then untouched
     */
    public List<Path> write(Run run, String inputs, FileWriter files, Consumer<Path> afterEachFile) throws IOException {
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(inputs, "inputs");
        Objects.requireNonNull(files, "files");
        if (!lock.isValid()) {
            throw new IllegalStateException("the report folder " + target + " was closed");
        }
        String runId = UUID.randomUUID().toString();
        Path parent = target.getParent();
        String name = target.getFileName().toString();
        Path staging = parent.resolve("." + name + ".staging-" + runId);
        Files.createDirectory(staging);
        List<String> names = new ArrayList<>();
        try {
            for (Path f : files.writeInto(staging)) {
                String n = f.getFileName().toString();
                if (!REPORT_FILE.matcher(n).matches() || !staging.equals(f.toAbsolutePath().getParent())) {
                    // The next report would refuse a folder holding it: never write one.
                    throw new IllegalArgumentException("a report may not hold '" + f + "'");
                }
                names.add(n);
            }
            Path manifest = staging.resolve(MANIFEST);
            AtomicFiles.writeString(manifest, manifest(runId, run, inputs, staging, names));
            names.add(MANIFEST);
            if (afterEachFile != null) {
                afterEachFile.accept(manifest);
            }
            replace(staging, parent, name, runId);
        } catch (IOException | RuntimeException e) {
            deleteTree(staging);
            throw e;
        }
        return names.stream().map(target::resolve).toList();
    }

    /**
     * What a manifest says of the run besides its files.
     *
     * @param title the report's title
     * @param softwareVersion the workbench version that produced the numbers
     * @param seed the root random seed
     * @param paths paths (per policy for a sweep)
     * @param steps steps per path
     */
    public record Run(String title, String softwareVersion, long seed, int paths, int steps) {
        public Run {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(softwareVersion, "softwareVersion");
        }

        static Run of(ReportContent c) {
            return new Run(c.title(), c.softwareVersion(), c.seed(), c.paths(), c.steps());
        }
    }

    /** Writes a report's files into a folder and returns them in writing order. */
    @FunctionalInterface
    public interface FileWriter {
        /**
         * @param dir the (staging) folder to write into
         * @return the files written, each directly in {@code dir}
         * @throws IOException naming the file that could not be written
         */
        List<Path> writeInto(Path dir) throws IOException;
    }

    /** Releases the lock. */
    @Override
    public void close() throws IOException {
        try {
            if (lock.isValid()) {
                lock.release();
            }
        } finally {
            try {
                lockChannel.close();
            } finally {
                HELD.remove(lockFile);
            }
        }
    }

    // ------------------------------------------------------------------ checks and recovery

    private static void check(Path given, Path target) throws IOException {
        if (target.getParent() == null) {
            throw new ReportFolderException(given + ": the root folder cannot hold a report");
        }
        Path workingFolder = Path.of("").toAbsolutePath().normalize();
        if (workingFolder.startsWith(target)) {
            throw new ReportFolderException("'" + given + "' is the working folder" + (workingFolder.equals(target)
                    ? "" : " or holds it") + ": a report replaces its folder whole; name a folder of its own, e.g. report");
        }
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw new ReportFolderException(given + ": is a file, not a folder");
        }
        if (Files.isDirectory(target)) {
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(target)) {
                for (Path e : entries) {
                    String n = e.getFileName().toString();
                    if (!REPORT_FILE.matcher(n).matches() || !Files.isRegularFile(e)) {
                        throw new ReportFolderException(given + ": holds '" + n + "', which a report does not write; "
                                + "a report replaces its folder whole, so give a new or empty folder, or an earlier "
                                + "report's");
                    }
                }
            }
        }
    }

    /** Under the lock: puts back a report a kill left aside, deletes staging folders and old copies. */
    private static void recover(Path parent, Path target) throws IOException {
        String name = target.getFileName().toString();
        Pattern leftover = Pattern.compile("\\." + Pattern.quote(name) + "\\.(staging|old)-[0-9a-f-]+");
        List<Path> old = new ArrayList<>();
        List<Path> staging = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(parent,
                e -> leftover.matcher(e.getFileName().toString()).matches())) {
            for (Path e : entries) {
                (e.getFileName().toString().contains(".old-") ? old : staging).add(e);
            }
        }
        if (!Files.exists(target) && !old.isEmpty()) {
            // Killed between the two renames: the previous report is whole, beside the target.
            move(old.remove(0), target);
        }
        for (Path p : old) {
            deleteTree(p);
        }
        for (Path p : staging) {
            deleteTree(p);
        }
    }

    private static void replace(Path staging, Path parent, String name, String runId) throws IOException {
        Path target = parent.resolve(name);
        if (Files.exists(target)) {
            Path aside = parent.resolve("." + name + ".old-" + runId);
            move(target, aside);
            move(staging, target);
            deleteTree(aside);
        } else {
            move(staging, target);
        }
        try (FileChannel ch = FileChannel.open(parent, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException ignored) {
            // Not every platform can open a folder; the renames are atomic all the same.
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static String holder(Path lockFile) {
        try {
            String text = Files.readString(lockFile, StandardCharsets.UTF_8).trim();
            return text.matches("\\d{1,10}") ? text : "";
        } catch (IOException e) {
            return "";
        }
    }

    // ------------------------------------------------------------------ manifest

    private static String manifest(String runId, Run run, String inputs, Path dir, List<String> names)
            throws IOException {
        ObjectNode o = JSON.createObjectNode();
        o.put("runId", runId);
        o.put("created", Instant.now().toString());
        o.put("softwareVersion", run.softwareVersion());
        o.put("title", run.title());
        o.put("seed", run.seed());
        o.put("paths", run.paths());
        o.put("steps", run.steps());
        o.put("inputsSha256", sha256(inputs.getBytes(StandardCharsets.UTF_8)));
        ArrayNode files = o.putArray("files");
        for (String n : names) {
            Path f = dir.resolve(n);
            files.addObject().put("name", n).put("bytes", Files.size(f)).put("sha256", sha256(f));
        }
        return JSON.writeValueAsString(o) + "\n";
    }

    /** The SHA-256 of a file, as lower-case hex. */
    public static String sha256(Path file) throws IOException {
        MessageDigest md = digest();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                md.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }

    static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                    Files.delete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException ignored) {
            // A leftover is hidden and named; the next report deletes it under its lock.
        }
    }

    /**
     * A folder that cannot take a report (bad input), or that another report is writing ({@link #busy()}).
     */
    public static final class ReportFolderException extends IOException {
        private final boolean busy;

        ReportFolderException(String message) {
            this(message, false);
        }

        ReportFolderException(String message, boolean busy) {
            super(message);
            this.busy = busy;
        }

        /** Whether another report holds the folder's lock (try again later), rather than a folder that cannot be used. */
        public boolean busy() {
            return busy;
        }
    }
}
