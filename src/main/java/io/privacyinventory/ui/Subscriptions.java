package io.privacyinventory.ui;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;

import java.util.ArrayList;
import java.util.List;

/**
 * Listeners a view puts on longer-lived objects (the open document, the findings), kept so they
 * can all be taken off when the view goes away (another file opened, the language switched).
 */
public final class Subscriptions {
    private final List<Runnable> removals = new ArrayList<>();

    public <T> void listen(ObservableValue<T> observable, ChangeListener<? super T> listener) {
        observable.addListener(listener);
        removals.add(() -> observable.removeListener(listener));
    }

    /** Something else to undo on disposal, such as a view model's own subscriptions. */
    public void onDispose(Runnable removal) {
        removals.add(removal);
    }

    public void dispose() {
        for (int i = removals.size() - 1; i >= 0; i--) {
            removals.get(i).run();
        }
        removals.clear();
    }
}
