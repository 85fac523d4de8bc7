package io.privacyinventory.store;

/** The database failed underneath an operation (disk full, file vanished, I/O error). */
public class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
