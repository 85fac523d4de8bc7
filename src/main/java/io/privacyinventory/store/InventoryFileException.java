package io.privacyinventory.store;

import java.nio.file.Path;

/** A file that cannot be opened as an inventory: missing, not ours, damaged or too new. */
public class InventoryFileException extends Exception {
    private static final long serialVersionUID = 1L;

    public InventoryFileException(Path file, String reason) {
        super(file + ": " + reason);
    }

    public InventoryFileException(Path file, String reason, Throwable cause) {
        super(file + ": " + reason, cause);
    }
}
