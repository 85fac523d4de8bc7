package io.privacyinventory.store;

/** An edit that would leave the inventory broken; nothing of its change set was written. */
public class EditRejectedException extends Exception {
    private static final long serialVersionUID = 1L;

    public EditRejectedException(String message) {
        super(message);
    }

    public EditRejectedException(String message, Throwable cause) {
        super(message, cause);
    }
}
