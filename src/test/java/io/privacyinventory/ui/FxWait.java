package io.privacyinventory.ui;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/**
 * The UI tests' way to act on the FX thread and wait for what that set off, without fixed sleeps.
 *
 * <p>TestFX's {@code robot.interact} and {@code WaitForAsyncUtils.waitForFxEvents} wait five rounds of
 * "let the FX thread catch up, then sleep 10 ms" after every action: the tests spent about half their
 * time asleep there (docs/performance.md, session 6). {@link #settle()} waits for exactly what those
 * sleeps stood in for: the events already queued on the FX thread and the ones those queue (two rounds), then
 * one whole pulse (animations, CSS and layout of every showing window), then what that pulse queued.
 * Work on other threads is not waited for: a test that needs it waits for its result by condition.
 */
public final class FxWait {
    private static final long TIMEOUT_SECONDS = 30;

    /** Rounds of "everything queued so far has run": events queued by queued events are run too. */
    private static final int DRAIN_ROUNDS = 2;

    private FxWait() {}

    /** Runs the action on the FX thread, rethrows what it threw, then waits until the window settles. */
    public static void run(Runnable action) {
        onFx(action);
        settle();
    }

    /** Waits until the FX thread has run what is queued, one pulse has laid out every window, and what it queued. */
    public static void settle() {
        if (Platform.isFxApplicationThread()) {
            throw new IllegalStateException("settle() waits for the FX thread and cannot be called on it");
        }
        for (int round = 0; round < DRAIN_ROUNDS; round++) {
            onFx(() -> {});
        }
        pulse();
        onFx(() -> {});
    }

    /**
     * Waits for one whole pulse. An animation timer is called at the start of a pulse, before the
     * scenes' CSS and layout; what it queues runs on the FX thread after that pulse has finished.
     */
    private static void pulse() {
        CountDownLatch done = new CountDownLatch(1);
        onFx(() -> new AnimationTimer() {
            @Override
            public void handle(long now) {
                stop();
                Platform.runLater(done::countDown);
            }
        }.start());
        await(done, "a pulse");
    }

    private static void onFx(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
            return;
        }
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                action.run();
            } catch (Throwable e) {
                thrown.set(e);
            } finally {
                done.countDown();
            }
        });
        await(done, "the action");
        Throwable failure = thrown.get();
        if (failure instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failure instanceof Error error) {
            throw error;
        }
        if (failure != null) {
            throw new IllegalStateException(failure);
        }
    }

    private static void await(CountDownLatch latch, String what) {
        try {
            if (!latch.await(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                throw new AssertionError("the FX thread did not finish " + what + " within " + TIMEOUT_SECONDS + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for the FX thread", e);
        }
    }
}
