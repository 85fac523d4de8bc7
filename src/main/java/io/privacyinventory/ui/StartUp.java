package io.privacyinventory.ui;

import io.privacyinventory.ui.document.InventoryDocument;
import io.privacyinventory.ui.document.InventoryFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The part of the app's start that needs no window: reading the saved settings, choosing the file
 * (the one named on the command line, else the one opened last, else the default inventory, made
 * on first start) and opening it. It runs on a thread of its own from before JavaFX starts, so the
 * file is being read while the toolkit starts and the window is built, instead of after the window
 * is shown; the window waits only for the settings, which are read first.
 */
final class StartUp {
    private final TaskRunner runner;
    private final CompletableFuture<AppPreferences> preferences = new CompletableFuture<>();
    private final CompletableFuture<Path> file = new CompletableFuture<>();
    private final CompletableFuture<InventoryDocument> document = new CompletableFuture<>();
    /** Set once the document (or its error) went to the window, or it was closed because the app stopped. */
    private final AtomicBoolean delivered = new AtomicBoolean();

    private StartUp(TaskRunner runner) {
        this.runner = runner;
    }

    /**
     * Starts reading the settings and opening the file on a new thread. {@code runner} is the
     * document's worker, handed to the document opened; with {@code smoke} the file opened last is
     * not reopened (the default inventory is).
     */
    static StartUp begin(
            Path initialFile,
            Callable<Path> defaultFile,
            boolean smoke,
            Supplier<AppPreferences> settings,
            TaskRunner runner) {
        StartUp start = new StartUp(runner);
        Thread thread = new Thread(() -> start.run(initialFile, defaultFile, smoke, settings), "inventory-start");
        thread.setDaemon(true);
        thread.start();
        return start;
    }

    private void run(Path initialFile, Callable<Path> defaultFile, boolean smoke, Supplier<AppPreferences> settings) {
        AppPreferences read;
        try {
            read = settings.get();
            read.load();
            preferences.complete(read);
        } catch (RuntimeException | Error e) {
            preferences.completeExceptionally(e);
            read = null;
        }
        Path chosen;
        try {
            Path last = read == null || smoke ? null : read.lastFile();
            if (initialFile != null) {
                chosen = initialFile;
            } else if (last != null && Files.isRegularFile(last)) {
                chosen = last;
            } else {
                chosen = defaultFile.call();
            }
        } catch (Exception | Error e) {
            file.completeExceptionally(e);
            document.completeExceptionally(e);
            return;
        }
        file.complete(chosen);
        try {
            document.complete(InventoryFiles.open(chosen, false, runner));
        } catch (Exception | Error e) {
            document.completeExceptionally(e);
        }
    }

    /** The document's worker, which the document opened at start was given. */
    TaskRunner runner() {
        return runner;
    }

    /** The saved settings, waiting for them if they are still being read (read again here if that failed). */
    AppPreferences preferences(Supplier<AppPreferences> fallback) {
        try {
            return preferences.join();
        } catch (CompletionException e) {
            return fallback.get();
        }
    }

    /**
     * Calls {@code chosen} with the file once it is known, then {@code opened} with the document or
     * {@code failed} with the file (null when even choosing it failed) and the error; each through
     * {@code onFxThread}, so only once the toolkit runs.
     */
    void deliver(
            Consumer<Runnable> onFxThread,
            Consumer<Path> chosen,
            BiConsumer<Path, InventoryDocument> opened,
            BiConsumer<Path, Throwable> failed) {
        file.thenAccept(path -> onFxThread.accept(() -> chosen.accept(path)));
        document.whenComplete((result, error) -> {
            Path path = file.isCompletedExceptionally() ? null : file.join();
            try {
                onFxThread.accept(() -> {
                    if (!delivered.compareAndSet(false, true)) {
                        closeQuietly(result);
                    } else if (error == null) {
                        opened.accept(path, result);
                    } else {
                        failed.accept(path, error instanceof CompletionException ? error.getCause() : error);
                    }
                });
            } catch (RuntimeException toolkitGone) {
                // the window closed before the file was open: nobody will show it, so it is closed here
                closeUndelivered();
            }
        });
    }

    /**
     * Closes the document opened at start if it has not been handed to the window (the app stops
     * first), and makes a later delivery close it instead, so its lock and connection are let go.
     */
    void closeUndelivered() {
        if (delivered.compareAndSet(false, true)) {
            closeQuietly(document.getNow(null));
        }
    }

    private static void closeQuietly(InventoryDocument opened) {
        if (opened != null) {
            opened.close();
        }
    }
}
