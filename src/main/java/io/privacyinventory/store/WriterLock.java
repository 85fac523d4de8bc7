package io.privacyinventory.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.SecureRandom;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One writer per inventory file: an operating-system lock ({@link FileChannel#tryLock}) on a
 * sidecar file beside it, {@code .NAME.lock}. The operating system drops the lock when the process
 * ends, however it ends (kill -9, power loss), so a crash never leaves a file locked. The sidecar
 * is empty: that it exists means nothing; only the lock on it does.
 *
 * <p>Why a sidecar and not the database itself: a new file is built under a temporary name and
 * moved into place, so a lock on the database's inode would not follow its name; and SQLite keeps
 * its own POSIX locks on the database.
 *
 * <p>POSIX locks belong to a process, and closing any descriptor of a file releases all of the
 * process's locks on it. So this process never opens a second descriptor of a sidecar it holds:
 * a second writer in the same process is refused by {@link #HELD} before the file is touched.
 *
 * <p>A writer that made the sidecar removes it when it lets go, so that commands leave no
 * sidecar behind. Another process may have opened the sidecar just before, and would then lock a
 * file that no longer has a name while a third process makes a new one. So the remover first
 * writes one byte into the sidecar through its own descriptor, then deletes the name, then
 * releases; whoever gets the lock of a sidecar that is not empty knows it was given up, closes it
 * and starts again. Checking the size through one's own descriptor needs no second one. A writer
 * killed between the byte and the delete leaves a marked sidecar under its name: the next one
 * finds the name still leads to the file it locked (see {@link #isStillNamed}) and takes it over.
 * A sidecar this writer found in place (made by a window that was killed, or by an older version)
 * is left.
 * See docs/decisions/0009-output-files-and-new-inventories.md.
 */
final class WriterLock implements AutoCloseable {
    /** The sidecars this process holds, by real path. */
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

    private static final boolean WINDOWS = System.getProperty("os.name", "").startsWith("Windows");
    private static final String SUFFIX = ".lock";
    private static final int MAX_NAME_BYTES = 255;
    /** How often a sidecar that was given up while this process waited for it is opened afresh. */
    private static final int ATTEMPTS = 20;

    private static final ByteBuffer GIVEN_UP = ByteBuffer.wrap(new byte[] {'x'});
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path sidecar;
    private final FileChannel channel;
    private final FileLock lock;
    private final boolean made;

    private WriterLock(Path sidecar, FileChannel channel, FileLock lock, boolean made) {
        this.sidecar = sidecar;
        this.channel = channel;
        this.lock = lock;
        this.made = made;
    }

    /**
     * The sidecar of a database file: {@code .inventory.db.lock} beside {@code inventory.db}, links
     * followed. A name too long for that gets a shortened one, with a hash of the whole name.
     */
    static Path sidecarOf(Path database) throws IOException {
        Path absolute = database.toAbsolutePath();
        Path real = Files.exists(absolute)
                ? absolute.toRealPath()
                : absolute.getParent().toRealPath().resolve(absolute.getFileName());
        String name = real.getFileName().toString();
        String sidecar = "." + name + SUFFIX;
        if (sidecar.getBytes(StandardCharsets.UTF_8).length > MAX_NAME_BYTES) {
            String hash = Integer.toHexString(name.hashCode());
            int end = name.length();
            while (("." + name.substring(0, end) + "~" + hash + SUFFIX).getBytes(StandardCharsets.UTF_8).length
                    > MAX_NAME_BYTES) {
                end = name.offsetByCodePoints(end, -1);
            }
            sidecar = "." + name.substring(0, end) + "~" + hash + SUFFIX;
        }
        return real.resolveSibling(sidecar);
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
            for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
                WriterLock held = tryAcquire(database, sidecar);
                if (held != null) {
                    hideOnWindows(sidecar);
                    return held;
                }
            }
            throw new IOException("the lock file " + sidecar.getFileName() + " is not empty; delete it while no "
                    + "window has the inventory open");
        } catch (InventoryLockedException e) {
            HELD.remove(sidecar);
            throw e;
        } catch (IOException | RuntimeException e) {
            HELD.remove(sidecar);
            throw new InventoryFileException(database, "cannot be locked for writing (" + e.getMessage() + ")", e);
        }
    }

    /** The lock, or null when the sidecar turned out to have been given up by its last writer. */
    private static WriterLock tryAcquire(Path database, Path sidecar) throws IOException, InventoryLockedException {
        boolean made = true;
        FileChannel channel;
        try {
            channel = FileChannel.open(sidecar, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            made = false;
            try {
                channel = FileChannel.open(sidecar, StandardOpenOption.WRITE);
            } catch (NoSuchFileException gone) {
                return null;
            }
        }
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
        if (channel.size() > 0) {
            if (!isStillNamed(channel, sidecar)) {
                channel.close();
                return null;
            }
            // marked, but its name was never removed: its writer was killed while giving it up
            channel.truncate(0);
        }
        return new WriterLock(sidecar, channel, lock, made);
    }

    /**
     * Whether the sidecar's name still leads to the file this channel holds locked. Asking the
     * name's size needs no descriptor (a stat), so this channel's file is given a size no other
     * sidecar has, and the name's size is compared with it.
     */
    private static boolean isStillNamed(FileChannel channel, Path sidecar) throws IOException {
        long size = 2 + RANDOM.nextInt(1 << 16);
        channel.write(ByteBuffer.wrap(new byte[1]), size - 1);
        try {
            return Files.readAttributes(sidecar, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS)
                            .size()
                    == size;
        } catch (NoSuchFileException e) {
            return false;
        }
    }

    /**
     * Whether a window or command (in this process or another) has {@code database} open for
     * writing now. Looks without making a sidecar, and without holding anything afterwards.
     */
    static boolean isHeldElsewhere(Path database) throws IOException {
        Path sidecar = sidecarOf(database);
        if (HELD.contains(sidecar)) {
            return true;
        }
        FileChannel channel;
        try {
            channel = FileChannel.open(sidecar, StandardOpenOption.READ);
        } catch (NoSuchFileException e) {
            return false;
        }
        try (channel) {
            FileLock shared = channel.tryLock(0, Long.MAX_VALUE, true);
            if (shared == null) {
                return true;
            }
            shared.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true;
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
            if (made) {
                giveUp();
            }
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

    /** Marks the sidecar as given up and removes its name, still holding the lock; see the class comment. */
    private void giveUp() throws IOException {
        channel.write(GIVEN_UP.duplicate(), 0);
        try {
            Files.delete(sidecar);
        } catch (IOException e) {
            channel.truncate(0);
        }
    }
}
