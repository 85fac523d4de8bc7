package io.privacyinventory.store;

import java.nio.file.Path;

/**
 * Opening a file for editing upgraded it to this version's file layout. The file as it was before
 * is kept in {@code backup}, written with SQLite's backup API before anything changed; tell the
 * user (once) where it is.
 */
public record SchemaUpgrade(Path file, int fromVersion, int toVersion, Path backup) {

    /** One sentence for the user. */
    public String message() {
        return file + " was upgraded from file layout " + fromVersion + " to " + toVersion
                + " for this version of Privacy Inventory; a copy of the file as it was is in " + backup;
    }
}
