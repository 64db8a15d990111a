package com.alvh.workbench.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;

/**
 * Reads a text file the way a user's input must be read: only a regular file (a folder, a named
 * pipe, {@code /dev/zero} or a socket is refused before it is opened, so nothing hangs or fills the
 * heap), through a stream that stops after a cap, strictly decoded as UTF-8 (a UTF-8 byte-order mark
 * is skipped; anything else that is not UTF-8 is refused with its byte offset).
 */
public final class TextFiles {

    private TextFiles() {
    }

    /**
     * A file that is not readable text: the message names the file and says what is wrong (which
     * byte, at which offset, or what kind of file it is). Bad input, not a failure of the machine.
     */
    public static final class NotTextException extends IOException {
        private final transient Path file;
        private final String problem;

        NotTextException(Path file, String problem) {
            super(file + ": " + problem);
            this.file = file;
            this.problem = problem;
        }

        /** The file. */
        public Path file() {
            return file;
        }

        /** What is wrong, without the file name, e.g. "not UTF-8: byte 0xff at offset 0". */
        public String problem() {
            return problem;
        }
    }

    /**
     * The text of {@code file}.
     *
     * @param maxBytes largest size accepted (bytes)
     * @throws NotTextException if it is not a regular file, is larger than {@code maxBytes}, or is not UTF-8
     * @throws java.nio.file.NoSuchFileException if it does not exist
     * @throws IOException if it cannot be read
     */
    public static String readUtf8(Path file, long maxBytes) throws IOException {
        BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
        if (!a.isRegularFile()) {
            throw new NotTextException(file, a.isDirectory() ? "is a folder, not a file"
                    : "is not a regular file (a device, named pipe or socket); give a file");
        }
        if (a.size() > maxBytes) {
            throw new NotTextException(file, "is " + a.size() + " bytes; at most " + maxBytes + " are read");
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            // A file that grows while it is read (or whose size the system misreports) is still capped.
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        }
        if (bytes.length > maxBytes) {
            throw new NotTextException(file, "is larger than " + maxBytes + " bytes");
        }
        return decode(file, bytes);
    }

    /**
     * {@code bytes} as strict UTF-8 (a leading byte-order mark dropped), as {@link #readUtf8} decodes a file.
     *
     * @param file the file they came from, for the message
     * @throws NotTextException naming the byte and its offset if they are not UTF-8 text
     */
    public static String decode(Path file, byte[] bytes) throws NotTextException {
        if (bytes.length >= 2 && ((bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff
                || (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe)) {
            throw new NotTextException(file, "is UTF-16 text (byte-order mark at offset 0); save it as UTF-8");
        }
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb
                && (bytes[2] & 0xff) == 0xbf ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult r = decoder.decode(in, out, true);
        if (!r.isError()) {
            r = decoder.flush(out);
        }
        int zero = indexOfZero(bytes);
        if (r.isError() && (zero < 0 || in.position() < zero)) {
            int offset = in.position();
            throw new NotTextException(file, "is not UTF-8 text: " + (offset < bytes.length
                    ? String.format(Locale.ROOT, "byte 0x%02x at offset %d", bytes[offset] & 0xff, offset)
                    : "a character cut short at the end (offset " + offset + ")"));
        }
        if (zero >= 0) {
            // Valid UTF-8, but no text file holds a NUL: a binary file, or UTF-16 without a byte-order mark.
            throw new NotTextException(file, "is not text: a zero byte at offset " + zero
                    + " (a binary file, or UTF-16 without a byte-order mark?)");
        }
        out.flip();
        return out.toString();
    }

    private static int indexOfZero(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return i;
            }
        }
        return -1;
    }
}
