package io.privacyinventory.store;

import java.nio.file.Path;

/**
 * A new inventory was to be made at a name where a file appeared meanwhile (another command or
 * window made it): it is left as it is. The caller may open it and replace its inventory instead,
 * which keeps the old one in the change log.
 */
public final class InventoryExistsException extends InventoryFileException {
    private static final long serialVersionUID = 1L;

    InventoryExistsException(Path file) {
        super(file, "already exists (another command or window made it meanwhile); it was left as it is");
    }
}
