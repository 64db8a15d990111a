package com.alvh.workbench.io;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * The one way the product writes a file (scenario, autosave, recent-files list, chart export, CSV
 * export, every report file): whole or not at all.
 *
 * <ul>
 *   <li>The content goes to a hidden temporary sibling {@code .NAME.RANDOM.tmp} of the target, is
 *       flushed to disk ({@code fsync}), then replaces the target in one atomic rename, and the
 *       folder is flushed so the rename survives a power cut. A failure deletes the temporary file
 *       and leaves an earlier target as it was; the {@link IOException} starts with
 *       "Cannot write TARGET".</li>
 *   <li>A symbolic link is written through: its final target is replaced, the link stays a link
 *       (a dangling link gets its target created, as a shell redirection would).</li>
 *   <li>An existing file keeps its POSIX permissions (a 0644 scenario stays 0644; the temporary file
 *       is made with {@code createFile}, which follows the umask, never {@code createTempFile}'s 0600);
 *       its owner and group are kept where the process may set them.</li>
 *   <li>Temporary files of this target left by a killed process (older than {@link #STALE_AFTER}) are
 *       removed on the next write of it.</li>
 * </ul>
 * The target's folder must exist.
 */
public final class AtomicFiles {

    /** A temporary sibling older than this is a leftover of a killed writer, not one still being written. */
    public static final Duration STALE_AFTER = Duration.ofMinutes(10);

    /** Longest chain of symbolic links followed (as Linux's ELOOP limit). */
    private static final int MAX_LINKS = 40;
    private static final int TEMP_NAME_ATTEMPTS = 16;

    /** Writes a file's content to the given (temporary) path. */
    @FunctionalInterface
    public interface Content {
        void writeTo(Path file) throws IOException;
    }

    private AtomicFiles() {
    }

    /** Writes {@code text} as UTF-8 to {@code target}, atomically. */
    public static void writeString(Path target, String text) throws IOException {
        write(target, file -> Files.writeString(file, text, StandardCharsets.UTF_8));
    }

    /**
     * Writes {@code target} atomically through {@code content}, which fills a temporary sibling.
     *
     * @throws IOException if anything fails (also a runtime failure of {@code content}); the message
     *     starts with "Cannot write TARGET"
     */
    public static void write(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        Path file = finalTarget(absolute);
        Path directory = file.getParent();
        if (file.getFileName() == null || directory == null) {
            throw new IOException("Cannot write " + target + ": not a file path");
        }
        if (Files.isDirectory(file)) {
            throw new IOException("Cannot write " + absolute + ": it is a directory");
        }
        if (!Files.isDirectory(directory)) {
            throw new IOException("Cannot write " + absolute + ": directory " + directory + " does not exist");
        }
        removeStaleTemps(directory, file.getFileName().toString(), STALE_AFTER);
        PosixFileAttributes before = posixAttributes(file);
        Path temp;
        try {
            temp = createTempSibling(directory, file.getFileName().toString());
        } catch (IOException e) {
            throw new IOException("Cannot write " + absolute + ": " + describe(e), e);
        }
        boolean moved = false;
        try {
            content.writeTo(temp);
            keepAttributes(temp, before);
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                // Same folder, so this is rare (some network file systems); still a whole-file replace.
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            moved = true;
            syncFolder(directory);
        } catch (IOException | RuntimeException e) {
            throw new IOException("Cannot write " + absolute + ": " + describe(e), e);
        } finally {
            if (!moved) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // The original failure matters more; the leftover is hidden, named, and removed later.
                }
            }
        }
    }

    /**
     * The file a write of {@code path} must replace: {@code path} itself, or the end of the chain of
     * symbolic links it starts (relative links resolved against their own folder).
     *
     * @throws IOException if the chain is longer than {@value #MAX_LINKS} links (a loop)
     */
    static Path finalTarget(Path path) throws IOException {
        Path p = path;
        for (int hops = 0; Files.isSymbolicLink(p); hops++) {
            if (hops >= MAX_LINKS) {
                throw new IOException("Cannot write " + path + ": too many levels of symbolic links");
            }
            Path link = Files.readSymbolicLink(p);
            p = p.resolveSibling(link).toAbsolutePath().normalize();
        }
        return p;
    }

    /**
     * Deletes this writer's temporary files {@code .NAME.*.tmp} of target {@code fileName} in
     * {@code directory} that were last modified more than {@code olderThan} ago. Best effort: a file
     * that cannot be deleted stays (it is hidden and named after its target).
     *
     * @return how many were deleted
     */
    public static int removeStaleTemps(Path directory, String fileName, Duration olderThan) {
        Pattern temp = Pattern.compile("\\." + Pattern.quote(fileName) + "\\.[0-9a-z]+\\.tmp");
        Instant cutoff = Instant.now().minus(olderThan);
        int removed = 0;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory,
                e -> temp.matcher(e.getFileName().toString()).matches())) {
            for (Path e : entries) {
                try {
                    FileTime modified = Files.getLastModifiedTime(e, LinkOption.NOFOLLOW_LINKS);
                    if (modified.toInstant().isBefore(cutoff) && Files.deleteIfExists(e)) {
                        removed++;
                    }
                } catch (IOException ignored) {
                    // Gone already, or not ours to delete: leave it.
                }
            }
        } catch (IOException ignored) {
            // An unreadable folder fails the write itself, with a clearer message.
        }
        return removed;
    }

    private static PosixFileAttributes posixAttributes(Path file) {
        PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        if (view == null || !Files.exists(file)) {
            return null;
        }
        try {
            return view.readAttributes();
        } catch (IOException e) {
            return null;
        }
    }

    /** Gives the new file the old one's permissions, and its owner and group where the process may. */
    private static void keepAttributes(Path temp, PosixFileAttributes before) throws IOException {
        if (before == null) {
            return;
        }
        PosixFileAttributeView view = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
        if (view == null) {
            return;
        }
        view.setPermissions(before.permissions());
        try {
            PosixFileAttributes now = view.readAttributes();
            if (!now.group().equals(before.group())) {
                view.setGroup(before.group());
            }
            if (!now.owner().equals(before.owner())) {
                view.setOwner(before.owner());
            }
        } catch (FileSystemException notPermitted) {
            // Only the owner's own groups, or root, may be set: the permissions are kept in any case.
        }
    }

    /** Flushes a folder's entries (the rename) to disk; not every platform can open a folder, which is fine. */
    private static void syncFolder(Path directory) {
        try (FileChannel ch = FileChannel.open(directory, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException ignored) {
            // Windows and some file systems refuse to open a folder; the rename itself is still atomic.
        }
    }

    /** A new empty hidden file named after the target (ordinary permissions, unlike createTempFile's 0600). */
    private static Path createTempSibling(Path directory, String fileName) throws IOException {
        FileAlreadyExistsException last = null;
        for (int attempt = 0; attempt < TEMP_NAME_ATTEMPTS; attempt++) {
            long random = ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE;
            try {
                return Files.createFile(directory.resolve("." + fileName + "." + Long.toString(random, 36) + ".tmp"));
            } catch (FileAlreadyExistsException e) {
                last = e;
            }
        }
        throw last;
    }

    /** An exception in a few words: its type and message. */
    public static String describe(Exception e) {
        String message = e.getMessage();
        String type = e.getClass().getSimpleName();
        return message == null || message.isBlank() ? type : type + ": " + message;
    }
}
