package io.privacyinventory.ui.document;

import io.privacyinventory.store.InventoryStore;
import io.privacyinventory.store.RecordStore;
import io.privacyinventory.store.SchemaUpgrade;
import io.privacyinventory.store.ServerStore;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the open record is, as the window title, the status bar and the file choosers name it: an
 * inventory file, or a database on a team server.
 */
public final class RecordLocation {

    private final RecordStore store;

    RecordLocation(RecordStore store) {
        this.store = store;
    }

    /**
     * The inventory file; for a team server, a file named after its database, so that suggested
     * names for exports and copies read well (nothing is written there unless the user chooses it).
     */
    public Path file() {
        return store instanceof InventoryStore file
                ? file.file()
                : Path.of(((ServerStore) store).address().database() + ".db");
    }

    /** The file's name without ".db", the start of the names suggested for its copies and exports. */
    public String baseName() {
        return file().getFileName().toString().replaceFirst("\\.db$", "");
    }

    /** The folder the file is in, where choosers open first. */
    public Path folder() {
        return file().toAbsolutePath().getParent();
    }

    /** Where the record is, as the user names it: the file's path, or the server address (no password). */
    public String describe() {
        return store instanceof InventoryStore file
                ? file.file().toAbsolutePath().toString()
                : store.location();
    }

    /** For a team server, "database @ host" (the window title); empty for a file. */
    public Optional<String> serverTitle() {
        return store instanceof ServerStore server
                ? Optional.of(
                        server.address().database() + " @ " + server.address().host())
                : Optional.empty();
    }

    /** For a team server, the database user this editor works as; empty for a file. */
    public Optional<String> serverUser() {
        return store instanceof ServerStore server ? Optional.of(server.user()) : Optional.empty();
    }

    /** What opening the file upgraded in its layout, to tell the user once; empty if nothing. */
    public Optional<String> upgradeNote() {
        return store instanceof InventoryStore file ? file.upgrade().map(SchemaUpgrade::message) : Optional.empty();
    }
}
