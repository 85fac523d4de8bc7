package io.privacyinventory.ui.document;

import io.privacyinventory.model.Inventory;
import io.privacyinventory.store.Backups;
import io.privacyinventory.store.InventoryLockedException;
import io.privacyinventory.store.InventoryStore;
import io.privacyinventory.store.NetworkShares;
import io.privacyinventory.ui.TaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/**
 * The editor's file work: opening an inventory as a document, making a new file (empty or from a
 * JSON document), the daily backup and the network-share check. Everything here is slow or touches
 * the disk: callers run it on a background worker. With {@link InventoryDocument}, the only part of
 * the user interface that talks to the store.
 */
public final class InventoryFiles {
    private InventoryFiles() {}

    /**
     * Opens a file as a document, for editing or read-only. Editing a file another window has open
     * fails with {@link InventoryLockedException} (see {@link #isLocked}).
     */
    public static InventoryDocument open(Path file, boolean readOnly, TaskRunner runner) throws Exception {
        InventoryStore store = readOnly ? InventoryStore.openReadOnly(file) : InventoryStore.open(file);
        try {
            return new InventoryDocument(store, store.load(), runner);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /** Whether opening failed only because another window or command is editing the file. */
    public static boolean isLocked(Throwable error) {
        return error instanceof InventoryLockedException;
    }

    /** Writes a new, empty inventory file (whole or not at all). */
    public static Path createEmpty(Path target, String language) throws Exception {
        InventoryStore.createFile(target, Inventory.empty(language, ""));
        return target;
    }

    /** Writes an inventory read from a JSON document as a new inventory file (whole or not at all). */
    public static Path create(Path target, Inventory inventory) throws Exception {
        InventoryStore.createFile(target, inventory);
        return target;
    }

    /** A name for the file a JSON document is imported into: beside it, not taken yet. */
    public static Path freeNameFor(Path json) {
        String base = json.getFileName().toString().replaceFirst("(?i)\\.json$", "");
        Path candidate = json.resolveSibling(base + ".db");
        for (int n = 2; Files.exists(candidate); n++) {
            candidate = json.resolveSibling(base + " (" + n + ").db");
        }
        return candidate;
    }

    /** The kind of network share the file lives on, if it does (files there can be damaged by locking trouble). */
    public static Optional<String> networkShare(Path file) {
        return NetworkShares.detect(file);
    }

    /** Today's backup of the file into {@code folder}, keeping the newest {@code kept}; empty if there was one already. */
    public static Optional<Path> dailyBackup(Path file, Path folder, int kept) throws Exception {
        return Backups.rotate(file, folder, kept, Clock.systemDefaultZone());
    }
}
