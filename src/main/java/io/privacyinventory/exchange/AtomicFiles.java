package io.privacyinventory.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;

/**
 * Writes a file so that readers see either the old content or the whole new one: the data goes
 * to a temporary file beside the target, is flushed to disk, and is then moved over the target.
 * When writing fails the temporary file is removed and the target is untouched.
 */
public final class AtomicFiles {

    /** Writes something to a stream; may fail. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Produces a finished file at the path it is given; may fail. */
    @FunctionalInterface
    public interface FileMaker {
        void make(Path file) throws Exception;
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private AtomicFiles() {
    }

    public static void write(Path target, Content content) throws IOException {
        try {
            replace(target, temporary -> {
                try (OutputStream out = Files.newOutputStream(temporary)) {
                    content.writeTo(out);
                }
            });
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /**
     * Lets {@code maker} build the file under a temporary name in the target's folder, then moves it
     * into place. Whatever the maker throws is passed on, and nothing is left behind.
     */
    public static void replace(Path target, FileMaker maker) throws Exception {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        // createFile (unlike createTempFile) leaves the permissions to the user's umask, as for any new file
        Path temporary = Files.createFile(folder.resolve("." + absolute.getFileName() + "."
                + Long.toHexString(RANDOM.nextLong()) + ".tmp"));
        try {
            maker.make(temporary);
            try (var channel = java.nio.channels.FileChannel.open(temporary, java.nio.file.StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            try {
                Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
            Files.deleteIfExists(temporary.resolveSibling(temporary.getFileName() + "-journal"));
        }
    }
}
