package io.privacyinventory.ui.document;

import io.privacyinventory.model.Inventory;
import io.privacyinventory.store.HistoryHead;
import io.privacyinventory.store.RecordStore;
import io.privacyinventory.ui.TaskRunner;
import java.util.function.Consumer;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.util.Duration;

/**
 * For a file opened read-only while another window edits it: looks at the change log's head at
 * a fixed interval and, when it has moved, reads the file again and hands the record on, so the
 * read-only window shows the other's edits. The head (row count and newest hash) moves with every
 * committed change.
 */
final class FileFollower {
    private final RecordStore store;
    private final TaskRunner runner;
    private final Consumer<Inventory> onChanged;
    private final Consumer<Throwable> onError;
    private Timeline polling;
    private HistoryHead seen;

    FileFollower(RecordStore store, TaskRunner runner, Consumer<Inventory> onChanged, Consumer<Throwable> onError) {
        this.store = store;
        this.runner = runner;
        this.onChanged = onChanged;
        this.onError = onError;
    }

    void start(Duration interval) {
        if (polling != null) {
            return;
        }
        runner.run(store::historyHead, head -> seen = head, onError);
        polling = new Timeline(new KeyFrame(interval, event -> check()));
        polling.setCycleCount(Animation.INDEFINITE);
        polling.play();
    }

    private void check() {
        runner.run(
                () -> {
                    HistoryHead head = store.historyHead();
                    return head.equals(seen) ? null : new Reread(head, store.load());
                },
                changed -> {
                    if (changed != null) {
                        seen = changed.head();
                        onChanged.accept(changed.inventory());
                    }
                },
                onError);
    }

    private record Reread(HistoryHead head, Inventory inventory) {}

    /** Stops looking; from any thread. */
    void stop() {
        Timeline timeline = polling;
        if (timeline == null) {
            return;
        }
        if (Platform.isFxApplicationThread()) {
            timeline.stop();
        } else {
            Platform.runLater(timeline::stop);
        }
    }
}
