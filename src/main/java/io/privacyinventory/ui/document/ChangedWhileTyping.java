package io.privacyinventory.ui.document;

import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * Thrown by a change function made from what the user typed, when the value it is applied to is no
 * longer the one the user started typing over: a teammate's change (or another view's) arrived
 * meanwhile. {@link InventoryDocument#change} then refuses the change as a conflict naming who
 * changed the value, instead of writing the typed value over theirs unseen; the user's value is kept
 * in that refusal, to apply again.
 */
public final class ChangedWhileTyping extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Runnable typeOver;

    private ChangedWhileTyping(Runnable typeOver) {
        super("changed while the user was typing", null, false, false);
        this.typeOver = typeOver;
    }

    /**
     * {@code change}, which throws this exception when {@code asStarted} does not hold for the value
     * it is given (that value is not the one the user started from).
     */
    public static <T> UnaryOperator<T> unless(Predicate<T> asStarted, UnaryOperator<T> change) {
        boolean[] checking = {true};
        return latest -> {
            if (checking[0] && !asStarted.test(latest)) {
                throw new ChangedWhileTyping(() -> checking[0] = false);
            }
            return change.apply(latest);
        };
    }

    /** Lets the function that threw this make its change anyway: to compute the user's edits to keep. */
    void typeOver() {
        typeOver.run();
    }
}
