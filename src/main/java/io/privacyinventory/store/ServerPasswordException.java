package io.privacyinventory.store;

/**
 * A team server that would not let the user in for want of the right password: none was given and
 * none is in {@code PGPASSWORD} or {@code ~/.pgpass} ({@link #missing()}), or the one given was
 * refused. The message names the server and the user; nothing was opened.
 */
public final class ServerPasswordException extends StoreException {
    private static final long serialVersionUID = 1L;

    private final boolean missing;

    ServerPasswordException(String message, boolean missing, Throwable cause) {
        super(message, cause);
        this.missing = missing;
    }

    /** True when the server asked for a password and the app had none to give: the user can be asked for one. */
    public boolean missing() {
        return missing;
    }
}
