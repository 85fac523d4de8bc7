package io.privacyinventory.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The app's real background worker with a slow disk put in front of it: each piece of work handed to
 * it waits until the test {@link #release releases} the disk (at most 30 s), as a busy disk or network
 * share would make it wait. After {@link #hold}, work handed on from then waits again.
 */
public final class HeldWorker implements TaskRunner {
    private final TaskRunner worker = TaskRunner.background();
    private volatile CountDownLatch ready = new CountDownLatch(1);

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        CountDownLatch disk = ready;
        worker.run(
                () -> {
                    disk.await(30, TimeUnit.SECONDS);
                    return work.call();
                },
                onSuccess,
                onFailure);
    }

    /** Lets the work held so far go on, and all work handed on until the next {@link #hold}. */
    public void release() {
        ready.countDown();
    }

    /** Holds the work handed on from now until the next {@link #release}. */
    public void hold() {
        ready = new CountDownLatch(1);
    }
}
