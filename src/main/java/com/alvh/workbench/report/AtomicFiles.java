package com.alvh.workbench.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Whole-file writes: the content goes to a hidden temporary file beside the target, which then
 * replaces the target in one atomic move. A failure deletes the temporary file and leaves any
 * earlier target as it was; the {@link IOException} names the target.
 */
public final class AtomicFiles {

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
        Path directory = absolute.getParent();
        if (absolute.getFileName() == null || directory == null) {
            throw new IOException("Cannot write " + target + ": not a file path");
        }
        if (Files.isDirectory(absolute)) {
            throw new IOException("Cannot write " + absolute + ": it is a directory");
        }
        Path temp;
        try {
            temp = createTempSibling(directory, absolute.getFileName().toString());
        } catch (IOException e) {
            throw new IOException("Cannot write " + absolute + ": " + describe(e), e);
        }
        boolean moved = false;
        try {
            content.writeTo(temp);
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            moved = true;
        } catch (IOException | UncheckedIOException e) {
            throw new IOException("Cannot write " + absolute + ": " + describe(e), e);
        } catch (RuntimeException e) {
            throw new IOException("Cannot write " + absolute + ": " + describe(e), e);
        } finally {
            if (!moved) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // The original failure matters more.
                }
            }
        }
    }

    /** A new empty hidden file named after the target (ordinary permissions, unlike createTempFile's 0600). */
    private static Path createTempSibling(Path directory, String fileName) throws IOException {
        FileAlreadyExistsException last = null;
        for (int attempt = 0; attempt < 16; attempt++) {
            long random = ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE;
            try {
                return Files.createFile(directory.resolve("." + fileName + "." + Long.toString(random, 36) + ".tmp"));
            } catch (FileAlreadyExistsException e) {
                last = e;
            }
        }
        throw last;
    }

    private static String describe(Exception e) {
        String message = e.getMessage();
        String type = e.getClass().getSimpleName();
        return message == null || message.isBlank() ? type : type + ": " + message;
    }
}
