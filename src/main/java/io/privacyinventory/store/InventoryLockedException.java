package io.privacyinventory.store;

import java.nio.file.Path;

/**
 * The file is open for writing elsewhere: in another Privacy Inventory window or by a writing
 * command, in this process or another. Reading it ({@link InventoryStore#openReadOnly}) still works.
 */
public final class InventoryLockedException extends InventoryFileException {
    private static final long serialVersionUID = 1L;

    InventoryLockedException(Path file) {
        super(
                file,
                "is open in another Privacy Inventory window (or a command is writing it); "
                        + "it can be opened read-only until that window is closed");
    }
}
