package io.privacyinventory.ui;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;

/**
 * The user's Cancel, as work in the background sees it. Work that writes a file checks it while
 * writing (through {@link #guard}) and once more just before the finished file replaces the
 * target (through {@link #check(Path)}): a cancelled export leaves no file and changes none.
 */
public final class Cancellation {
    private volatile boolean cancelled;

    /** Asks the work to stop; it stops at its next check. */
    void cancel() {
        cancelled = true;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    /** Throws {@link CancellationException} once the user has cancelled. */
    public void check() {
        if (cancelled) {
            throw new CancellationException("cancelled");
        }
    }

    /** The same check, in the form a file writer calls just before it replaces {@code destination}. */
    public void check(Path destination) {
        check();
    }

    /** {@code out}, stopping with {@link CancellationException} at the first write after Cancel. */
    public OutputStream guard(OutputStream out) {
        return new FilterOutputStream(out) {
            @Override
            public void write(int b) throws IOException {
                check();
                out.write(b);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                check();
                out.write(bytes, offset, length);
            }
        };
    }
}
