package io.privacyinventory.ui.document;

import io.privacyinventory.exchange.AtomicFiles;
import io.privacyinventory.exchange.InventoryJsonReader;
import io.privacyinventory.model.Inventory;
import io.privacyinventory.store.ChangeLogEntry;
import io.privacyinventory.store.InventoryStore;
import io.privacyinventory.store.RecordStore;
import io.privacyinventory.ui.TaskRunner;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * What the editor reads from the open record without changing it: pages of the change log, the
 * record as it stood at another moment, another inventory to compare with, and a copy of the file.
 * Reads run on the document's worker, after the edits sent before them; their results come back
 * on the FX thread.
 */
public final class RecordReads {
    private final RecordStore store;
    private final TaskRunner runner;

    RecordReads(RecordStore store, TaskRunner runner) {
        this.store = store;
        this.runner = runner;
    }

    /** One page of the change log, newest first. */
    public void history(int limit, int offset, Consumer<List<ChangeLogEntry>> onLoaded, Consumer<Throwable> onError) {
        runner.run(() -> store.history(limit, offset), onLoaded, onError);
    }

    /** The record as it stood at {@code moment}, rebuilt from the change log (null: no record yet). */
    public void asOf(Instant moment, Consumer<Inventory> onLoaded, Consumer<Throwable> onError) {
        runner.run(() -> store.replayAsOf(moment), onLoaded, onError);
    }

    /** Another inventory (a database or a JSON document), read without taking it for editing. */
    public void other(Path other, Consumer<Inventory> onLoaded, Consumer<Throwable> onError) {
        runner.run(
                () -> {
                    if (other.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
                        return InventoryJsonReader.read(other);
                    }
                    try (InventoryStore opened = InventoryStore.openReadOnly(other)) {
                        return opened.load();
                    }
                },
                onLoaded,
                onError);
    }

    /**
     * A consistent copy of the file at {@code target}, written while it stays open; {@code
     * beforeReplacing} may still refuse it once it is made. Slow for a large file: the caller runs
     * it on a background worker.
     */
    public Path copyTo(Path target, AtomicFiles.Check beforeReplacing) throws IOException {
        if (!(store instanceof InventoryStore file)) {
            throw new IOException(store.location() + ": a team server's record is copied with File › Export JSON");
        }
        file.backupTo(target, beforeReplacing);
        return target;
    }
}
