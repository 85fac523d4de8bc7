package io.privacyinventory.cli;

import io.privacyinventory.model.Inventory;
import io.privacyinventory.store.ChangeLogEntry;
import io.privacyinventory.store.ChangeLogReplay;
import io.privacyinventory.store.InventoryStore;
import io.privacyinventory.store.RecordStore;
import io.privacyinventory.store.StoreException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The record of an inventory database as it stood at a past moment, rebuilt from its change log
 * ({@code diff FILE.db@DATE}, {@code export json --as-of}); see {@link InventoryStore#replayAsOf}
 * for which rows count.
 */
final class RecordAsOf {
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private RecordAsOf() {}

    /** The record in {@code database} at {@code moment}; a moment before the file's first change is bad input. */
    static Inventory read(Path database, Instant moment) throws CliException {
        try (RecordStore store = TeamServers.openReadOnly(database)) {
            Inventory then = store.replayAsOf(moment);
            if (then == null) {
                throw new CliException(database + " had no record yet at " + local(moment) + firstChange(store));
            }
            return then;
        } catch (ChangeLogReplay.ReplayException e) {
            throw new CliException(
                    database + ": the change log cannot be rebuilt to that moment (" + e.getMessage()
                            + "); history --verify tells more",
                    e);
        } catch (StoreException e) {
            throw new CliException(e.getMessage(), e);
        }
    }

    private static String firstChange(RecordStore store) {
        List<ChangeLogEntry> newestFirst = store.history(0);
        return newestFirst.isEmpty()
                ? ""
                : " (its history starts "
                        + local(newestFirst.get(newestFirst.size() - 1).time()) + ")";
    }

    private static String local(Instant moment) {
        return LocalDateTime.ofInstant(moment, ZoneId.systemDefault()).format(LOCAL);
    }
}
