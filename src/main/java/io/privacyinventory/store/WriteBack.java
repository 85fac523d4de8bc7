package io.privacyinventory.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Has the system write a new file's pages to disk while the file is still being made, so that the
 * flush to disk before it is moved into place ({@link io.privacyinventory.exchange.AtomicFiles}) finds
 * little left to write. A thread of its own flushes the file again and again until {@link #close}.
 * This is only an early start: it makes nothing visible and guarantees nothing; the flush before the
 * move is still the one that counts, and a flush that fails here is left to that one to report.
 *
 * <p>Closing a second handle of a file drops every lock this process holds on it, SQLite's
 * included, so the handle is only closed by {@link #close}, which the caller runs once SQLite's
 * connection to the file is closed.
 */
final class WriteBack implements AutoCloseable {
    /** Rest between two flushes, so that a flush with nothing to write is not repeated in a loop. */
    private static final long PAUSE_MILLIS = 100;

    private final Path file;
    private final Thread thread;
    private final Object lock = new Object();
    private boolean stopped;
    /** Used by the thread only until {@link #close} has waited for it. */
    private FileChannel channel;

    private WriteBack(Path file) {
        this.file = file;
        this.thread = new Thread(this::run, "import write-back");
        thread.setDaemon(true);
    }

    /** Starts flushing {@code file} (which may not be there yet: it is opened once it is). */
    static WriteBack start(Path file) {
        WriteBack writeBack = new WriteBack(file);
        writeBack.thread.start();
        return writeBack;
    }

    private void run() {
        while (true) {
            synchronized (lock) {
                if (stopped) {
                    return;
                }
            }
            try {
                if (channel == null) {
                    channel = FileChannel.open(file, StandardOpenOption.WRITE);
                }
                channel.force(false);
            } catch (IOException | RuntimeException e) {
                if (channel != null) {
                    // a flush that fails: the flush before the move does it all, and reports what fails
                    return;
                }
                // not there yet: SQLite is about to make it
            }
            synchronized (lock) {
                if (stopped) {
                    return;
                }
                try {
                    lock.wait(PAUSE_MILLIS);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    /**
     * Stops flushing, waits for a flush under way, and closes the handle. Run only once SQLite has
     * closed its connection to the file (see the class's note on locks).
     */
    @Override
    public void close() {
        synchronized (lock) {
            stopped = true;
            lock.notifyAll();
        }
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        try {
            if (channel != null) {
                channel.close();
            }
        } catch (IOException e) {
            // nothing was written through this handle: nothing is lost by a failing close
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
