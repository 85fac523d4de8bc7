package io.privacyinventory.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * File work the user waits for (reading an import, writing an export or a copy), run in the
 * background. When it takes longer than a moment a small window says what is being done, with a
 * progress bar and Cancel. Cancelling drops the result (nothing is asked, opened or reported
 * afterwards) and tells the work through its {@link Cancellation}: a file being written is then
 * abandoned, and the target is left as it was. A failure is always handed to {@code onFailure},
 * never swallowed.
 */
public final class BackgroundWork {
    /** Work that can be told to stop. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Cancellation cancellation) throws Exception;
    }

    /** Work done within this time shows no window at all. */
    static final Duration SHOWN_AFTER = Duration.millis(300);

    private BackgroundWork() {}

    static <T> void run(
            TaskRunner runner,
            Window owner,
            Messages messages,
            String what,
            Callable<T> work,
            Consumer<T> onSuccess,
            Consumer<Throwable> onFailure) {
        run(runner, owner, messages, what, cancellation -> work.call(), onSuccess, onFailure);
    }

    /** As above, for work that stops when the user cancels it (it checks {@code cancellation}). */
    public static <T> void run(
            TaskRunner runner,
            Window owner,
            Messages messages,
            String what,
            Work<T> work,
            Consumer<T> onSuccess,
            Consumer<Throwable> onFailure) {
        Cancellation cancellation = new Cancellation();
        Dialog<ButtonType> progress = new Dialog<>();
        progress.setTitle(messages.get("work.title"));
        ProgressBar bar = new ProgressBar();
        bar.setMaxWidth(Double.MAX_VALUE);
        Label label = new Label(what);
        label.setWrapText(true);
        progress.getDialogPane().setContent(new VBox(10, label, bar));
        progress.getDialogPane().setPrefWidth(420);
        progress.getDialogPane().setId("backgroundWork");
        progress.getDialogPane().getButtonTypes().add(messages.cancel());
        if (owner != null) {
            progress.initOwner(owner);
        }
        boolean[] state = new boolean[2]; // [0] done, [1] cancelled
        progress.setOnHidden(event -> {
            state[1] = !state[0];
            if (state[1]) {
                cancellation.cancel();
            }
        });
        PauseTransition delay = new PauseTransition(SHOWN_AFTER);
        delay.setOnFinished(event -> {
            if (!state[0]) {
                progress.show();
            }
        });
        delay.play();
        runner.run(
                () -> work.run(cancellation),
                result -> {
                    if (finish(state, delay, progress)) {
                        onSuccess.accept(result);
                    }
                },
                error -> {
                    if (finish(state, delay, progress)) {
                        onFailure.accept(error);
                    }
                });
    }

    /** Closes the progress window; false if the user cancelled the work before it finished. */
    private static boolean finish(boolean[] state, PauseTransition delay, Dialog<ButtonType> progress) {
        if (state[1]) {
            return false;
        }
        state[0] = true;
        delay.stop();
        if (progress.isShowing()) {
            progress.close();
        }
        return true;
    }
}
