package io.privacyinventory.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes a file so that readers see either the old content or the whole new one: the data goes
 * to a temporary file beside the target, is flushed to disk, and is then moved over the target.
 * When writing fails the temporary file is removed and the target is untouched.
 *
 * <p>The target is the file a user named: a symbolic link is followed, and the file it points to
 * is replaced (the link stays); a file that is there keeps its permissions; a read-only file is
 * refused rather than replaced. Temporary names are short enough for any legal target name, and
 * only the temporary file this call made is ever removed.
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

    /** A last look at the file about to be replaced, just before the move; throws to keep it. */
    @FunctionalInterface
    public interface Check {
        void check(Path destination) throws Exception;
    }

    /** Most file systems allow 255 bytes in a name; SQLite adds "-journal" to a database being built. */
    private static final int MAX_NAME_BYTES = 255 - "-journal".length();

    private static final int RANDOM_DIGITS = 16;
    private static final String SUFFIX = ".tmp";
    private static final int MAX_LINKS = 40;
    private static final SecureRandom RANDOM = new SecureRandom();

    private AtomicFiles() {}

    public static void write(Path target, Content content) throws IOException {
        write(target, content, destination -> {});
    }

    /** As {@link #write(Path, Content)}, with {@code beforeReplacing} run on the destination just before the move. */
    public static void write(Path target, Content content, Check beforeReplacing) throws IOException {
        try {
            replace(
                    target,
                    temporary -> {
                        try (OutputStream out = Files.newOutputStream(temporary)) {
                            content.writeTo(out);
                        }
                    },
                    beforeReplacing);
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
        replace(target, maker, destination -> {});
    }

    /** As {@link #replace(Path, FileMaker)}, with {@code beforeReplacing} run on the destination just before the move. */
    public static void replace(Path target, FileMaker maker, Check beforeReplacing) throws Exception {
        Path destination = destination(target);
        Path folder = destination.getParent();
        if (!Files.isDirectory(folder)) {
            throw new FileSystemException(
                    target.toString(), null, "the folder " + folderOf(target) + " does not exist");
        }
        Set<PosixFilePermission> keep = permissionsToKeep(target, destination);
        Path temporary = createTemporary(destination);
        try {
            if (keep != null) {
                Files.setPosixFilePermissions(temporary, keep);
            }
            maker.make(temporary);
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            beforeReplacing.check(destination);
            try {
                Files.move(temporary, destination, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, destination, StandardCopyOption.REPLACE_EXISTING);
            }
            syncFolder(folder);
        } finally {
            Files.deleteIfExists(temporary);
            Files.deleteIfExists(temporary.resolveSibling(temporary.getFileName() + "-journal"));
        }
    }

    /**
     * Asks the system to write the folder's entries to disk, so that the move is kept through a power
     * cut (the file's own contents were flushed before it). Where a folder cannot be opened for that
     * (Windows), the move stands as the system keeps it.
     */
    static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // not possible on this system: nothing more can be done for the folder entry
        }
    }

    /**
     * The file a write to {@code target} replaces: the target itself, or, when it is a symbolic
     * link, the file the link points to (which need not exist yet), as an absolute path.
     */
    public static Path destination(Path target) throws IOException {
        Path current = target.toAbsolutePath();
        for (int hops = 0; Files.isSymbolicLink(current); hops++) {
            if (hops == MAX_LINKS) {
                throw new FileSystemException(target.toString(), null, "too many symbolic links");
            }
            current = current.resolveSibling(Files.readSymbolicLink(current))
                    .toAbsolutePath()
                    .normalize();
        }
        return current;
    }

    /**
     * Whether {@code fileName} is a temporary file that a write to {@code destination} names as this
     * class does: exactly that form, so that no other file beside it (a user's ".inventory.db.notes.tmp")
     * ever matches.
     */
    public static boolean isTemporaryOf(Path destination, String fileName) {
        return Pattern.matches(
                "\\." + Pattern.quote(stem(destination)) + "\\.[0-9a-f]{" + RANDOM_DIGITS + "}" + Pattern.quote(SUFFIX)
                        + "(-journal)?",
                fileName);
    }

    /** The target's permissions when it is there (to give the new file), or null for a new file. */
    private static Set<PosixFilePermission> permissionsToKeep(Path target, Path destination) throws IOException {
        if (!Files.exists(destination, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        if (Files.isDirectory(destination)) {
            throw new FileSystemException(target.toString(), null, "it is a folder, not a file");
        }
        if (!Files.isRegularFile(destination)) {
            throw new FileSystemException(target.toString(), null, "it is not a regular file (a device or a pipe)");
        }
        PosixFileAttributeView posix = Files.getFileAttributeView(destination, PosixFileAttributeView.class);
        if (posix == null) {
            if (!Files.isWritable(destination)) {
                throw readOnly(target);
            }
            return null;
        }
        PosixFileAttributes attributes = posix.readAttributes();
        if (!attributes.permissions().contains(PosixFilePermission.OWNER_WRITE)) {
            throw readOnly(target);
        }
        return attributes.permissions();
    }

    private static AccessDeniedException readOnly(Path target) {
        return new AccessDeniedException(
                target.toString(),
                null,
                "the file is read-only, so it was not replaced (make it writable, or choose another name)");
    }

    private static Path createTemporary(Path destination) throws IOException {
        String stem = stem(destination);
        HexFormat hex = HexFormat.of();
        while (true) {
            byte[] random = new byte[RANDOM_DIGITS / 2];
            RANDOM.nextBytes(random);
            Path candidate = destination.resolveSibling("." + stem + "." + hex.formatHex(random) + SUFFIX);
            try {
                // createFile (unlike createTempFile) leaves the permissions to the user's umask, as for any new file
                return Files.createFile(candidate);
            } catch (FileAlreadyExistsException e) {
                // another writer drew the same digits: draw again
            }
        }
    }

    /** The destination's name, cut (at a character boundary) so that the temporary name fits the file system. */
    private static String stem(Path destination) {
        String name = destination.getFileName().toString();
        int room = MAX_NAME_BYTES - ".".length() - ".".length() - RANDOM_DIGITS - SUFFIX.length();
        int end = name.length();
        while (name.substring(0, end).getBytes(StandardCharsets.UTF_8).length > room) {
            end = name.offsetByCodePoints(end, -1);
        }
        return name.substring(0, end);
    }

    private static String folderOf(Path target) {
        Path parent = target.getParent();
        return parent == null ? target.toAbsolutePath().getParent().toString() : parent.toString();
    }
}
