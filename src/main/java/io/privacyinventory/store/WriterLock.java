package io.privacyinventory.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * One writer per inventory file: an operating-system lock ({@link FileChannel#tryLock}) on a
 * sidecar file beside it, {@code .NAME.lock}. The operating system drops the lock when the process
 * ends, however it ends (kill -9, power loss), so a crash never leaves a file locked; a sidecar
 * left behind by a crash is simply locked again by the next writer.
 *
 * <p>Why a sidecar and not the database itself: SQLite's own POSIX locks on the database would be
 * released the moment this process closed any other descriptor of the same file, and a new file
 * is built under a temporary name and moved into place, so a lock on the database's inode would
 * not follow its name.
 *
 * <p>Where the file system allows it (POSIX), releasing deletes the sidecar while still holding
 * the lock, so that no empty files collect. A process that opened the sidecar just before it was
 * deleted would then lock a file no name leads to; so after locking, the holder writes a random
 * token into it and reads it back through the name, and tries again if the name leads elsewhere.
 */
final class WriterLock implements AutoCloseable {
    private static final int ATTEMPTS = 5;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final boolean DELETE_ON_RELEASE = FileSystems.getDefault().supportedFileAttributeViews()
            .contains("posix");

    private final Path sidecar;
    private final FileChannel channel;
    private final FileLock lock;

    private WriterLock(Path sidecar, FileChannel channel, FileLock lock) {
        this.sidecar = sidecar;
        this.channel = channel;
        this.lock = lock;
    }

    /** The sidecar of a database file: {@code .inventory.db.lock} beside {@code inventory.db}, links followed. */
    static Path sidecarOf(Path database) throws IOException {
        Path absolute = database.toAbsolutePath();
        Path real = Files.exists(absolute) ? absolute.toRealPath()
                : absolute.getParent().toRealPath().resolve(absolute.getFileName());
        return real.resolveSibling("." + real.getFileName() + ".lock");
    }

    /** Locks {@code database} for writing in this process, or refuses because another writer has it. */
    static WriterLock acquire(Path database) throws InventoryFileException {
        try {
            Path sidecar = sidecarOf(database);
            for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
                WriterLock held = tryOnce(sidecar);
                if (held == null) {
                    throw new InventoryLockedException(database);
                }
                if (held.nameLeadsHere()) {
                    return held;
                }
                held.releaseOnly();
            }
            throw new InventoryLockedException(database);
        } catch (IOException e) {
            throw new InventoryFileException(database, "cannot be locked for writing (" + e.getMessage() + ")", e);
        }
    }

    /** The lock, or null when another process (or another store in this one) holds it. */
    private static WriterLock tryOnce(Path sidecar) throws IOException {
        FileChannel channel = FileChannel.open(sidecar, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        try {
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                return null;
            }
            hideOnWindows(sidecar);
            return new WriterLock(sidecar, channel, lock);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    private boolean nameLeadsHere() throws IOException {
        byte[] token = new byte[16];
        RANDOM.nextBytes(token);
        String written = "Privacy Inventory writer " + ProcessHandle.current().pid() + " "
                + HexFormat.of().formatHex(token) + "\n";
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(written.getBytes(StandardCharsets.US_ASCII)), 0);
        try {
            return Files.readString(sidecar, StandardCharsets.US_ASCII).equals(written);
        } catch (IOException e) {
            return false;
        }
    }

    private static void hideOnWindows(Path sidecar) {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("dos")) {
            try {
                Files.setAttribute(sidecar, "dos:hidden", true);
            } catch (IOException | RuntimeException e) {
                // only cosmetic
            }
        }
    }

    Path sidecar() {
        return sidecar;
    }

    @Override
    public void close() {
        if (DELETE_ON_RELEASE) {
            try {
                Files.deleteIfExists(sidecar);
            } catch (IOException e) {
                // a sidecar that stays behind is harmless: the next writer locks it again
            }
        }
        releaseOnly();
    }

    private void releaseOnly() {
        try {
            lock.release();
        } catch (IOException e) {
            // closing the channel releases it as well
        }
        try {
            channel.close();
        } catch (IOException e) {
            // nothing more to release
        }
    }
}
