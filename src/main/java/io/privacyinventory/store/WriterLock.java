package io.privacyinventory.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One writer per inventory file: an operating-system lock ({@link FileChannel#tryLock}) on a
 * sidecar file beside it, {@code .NAME.lock}. The operating system drops the lock when the process
 * ends, however it ends (kill -9, power loss), so a crash never leaves a file locked. The sidecar
 * is empty and stays in place, like Firefox's {@code .parentlock}: that it exists means nothing;
 * only the lock on it does.
 *
 * <p>Why a sidecar and not the database itself: a new file is built under a temporary name and
 * moved into place, so a lock on the database's inode would not follow its name; and SQLite keeps
 * its own POSIX locks on the database.
 *
 * <p>POSIX locks belong to a process, and closing any descriptor of a file releases all of the
 * process's locks on it. So this process never opens a second descriptor of a sidecar it holds:
 * a second writer in the same process is refused by {@link #HELD} before the file is touched, and
 * the sidecar is never deleted (re-checking a name after deleting it would need another descriptor).
 */
final class WriterLock implements AutoCloseable {
    /** The sidecars this process holds, by real path. */
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();
    private static final boolean WINDOWS = System.getProperty("os.name", "").startsWith("Windows");

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

    /** Locks {@code database} for writing, or refuses because another writer (here or elsewhere) has it. */
    static WriterLock acquire(Path database) throws InventoryFileException {
        Path sidecar;
        try {
            sidecar = sidecarOf(database);
        } catch (IOException e) {
            throw new InventoryFileException(database, "cannot be locked for writing (" + e.getMessage() + ")", e);
        }
        if (!HELD.add(sidecar)) {
            throw new InventoryLockedException(database);
        }
        try {
            FileChannel channel = FileChannel.open(sidecar, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException | IOException e) {
                channel.close();
                throw e;
            }
            if (lock == null) {
                channel.close();
                throw new InventoryLockedException(database);
            }
            hideOnWindows(sidecar);
            return new WriterLock(sidecar, channel, lock);
        } catch (InventoryLockedException e) {
            HELD.remove(sidecar);
            throw e;
        } catch (IOException | RuntimeException e) {
            HELD.remove(sidecar);
            throw new InventoryFileException(database, "cannot be locked for writing (" + e.getMessage() + ")", e);
        }
    }

    /**
     * Only on Windows, whose locks belong to a handle: elsewhere setting the attribute opens the
     * sidecar a second time (Linux keeps "dos" attributes as extended attributes), and closing that
     * descriptor would drop the lock.
     */
    private static void hideOnWindows(Path sidecar) {
        if (WINDOWS) {
            try {
                Files.setAttribute(sidecar, "dos:hidden", true);
            } catch (IOException | RuntimeException e) {
                // only cosmetic
            }
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException e) {
            // closing the channel releases it as well
        }
        try {
            channel.close();
        } catch (IOException e) {
            // nothing more to release
        } finally {
            HELD.remove(sidecar);
        }
    }
}
