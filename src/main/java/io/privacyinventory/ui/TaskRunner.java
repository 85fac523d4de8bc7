package io.privacyinventory.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * Runs work off the FX thread and hands the result back on it. One worker thread per runner, so
 * edits reach the file in the order they were made. The editor has two: the document's, for the
 * file, and one for work on the (immutable) inventory in memory — checks, previews, exports — so
 * that they never queue ahead of an edit. Tests use {@link #direct()}, which runs everything at
 * once on the caller's thread and makes asynchronous code deterministic.
 */
public interface TaskRunner {

    <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    static TaskRunner background() {
        return background("inventory-worker");
    }

    static TaskRunner background(String name) {
        ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        });
        return new TaskRunner() {
            @Override
            public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
                executor.execute(() -> {
                    try {
                        T result = work.call();
                        Platform.runLater(() -> onSuccess.accept(result));
                    } catch (Exception | Error e) {
                        Platform.runLater(() -> onFailure.accept(e));
                    }
                });
            }
        };
    }

    static TaskRunner direct() {
        return new TaskRunner() {
            @Override
            public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
                T result;
                try {
                    result = work.call();
                } catch (Exception e) {
                    onFailure.accept(e);
                    return;
                }
                onSuccess.accept(result);
            }
        };
    }
}
