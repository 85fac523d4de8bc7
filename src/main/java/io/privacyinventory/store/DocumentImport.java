package io.privacyinventory.store;

import io.privacyinventory.exchange.InventoryFormatException;
import io.privacyinventory.exchange.InventoryJsonReader;
import io.privacyinventory.model.Inventory;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;

/**
 * Imports an inventory document into a new inventory file while the document is read (decision
 * 0020): the reading thread parses and maps the document, a second thread inserts the rows of the
 * items already mapped, and the file is committed only once the whole document has been read and
 * found valid. A document with an error anywhere leaves nothing: the new file is built under a
 * temporary name and removed, and the error is the one {@link InventoryJsonReader#read(Path)}
 * reports. The file is the one {@link InventoryStore#createNewFile} makes from the inventory read.
 */
public final class DocumentImport {
    private DocumentImport() {}

    /**
     * Reads the document at {@code document} and makes a new inventory file of it at {@code target},
     * whole or not at all, where there is no inventory yet (a missing or empty file), as {@link
     * InventoryStore#createNewFile} does; returns the inventory imported.
     *
     * @throws InventoryFormatException the document is not a good inventory document: nothing written
     * @throws InventoryExistsException an inventory appeared at {@code target} meanwhile: it is kept
     * @throws InventoryFileException the new file cannot be made
     */
    public static Inventory intoNewFile(Path document, Path target)
            throws InventoryFormatException, InventoryFileException {
        Inventory[] imported = new Inventory[1];
        try {
            InventoryStore.createFile(target, false, temporary -> imported[0] = build(document, temporary));
        } catch (InventoryExistsException e) {
            throw e;
        } catch (InventoryFileException e) {
            if (e.getCause() instanceof InventoryFormatException bad) {
                throw bad;
            }
            throw e;
        }
        return imported[0];
    }

    /**
     * Makes a new inventory file at {@code file} (not there, or empty) from the document at {@code
     * document}; on any failure the file may be left half made, for the caller to remove (as {@link
     * io.privacyinventory.exchange.AtomicFiles} does with its temporary).
     */
    static Inventory build(Path document, Path file) throws Exception {
        return build(document, file, Clock.systemUTC(), StreamedRows.ACTIVITIES_PER_FLUSH);
    }

    /**
     * As {@link #build(Path, Path)}, stamping the change log with {@code clock}, the activities' rows
     * written {@code activitiesPerFlush} at a time.
     */
    static Inventory build(Path document, Path file, Clock clock, int activitiesPerFlush) throws Exception {
        return build(document, file, clock, activitiesPerFlush, InventoryStore.WHOLE_INVENTORY_CACHE_SIZE);
    }

    /** As {@link #build(Path, Path, Clock, int)}, with SQLite's page cache for the inserts as given. */
    static Inventory build(Path document, Path file, Clock clock, int activitiesPerFlush, int insertCacheSize)
            throws Exception {
        return make(file, clock, activitiesPerFlush, insertCacheSize, rows -> InventoryJsonReader.read(document, rows));
    }

    /**
     * Makes a new inventory file at {@code file} (not there, or empty) from {@code inventory}, which the
     * caller has validated, as {@link #build(Path, Path)} makes one from a document: the writing thread
     * inserts the rows while this one makes the change log's first row (decision 0033). The same file as
     * {@link InventoryStore#create} makes; on any failure the file may be left half made, for the caller to
     * remove.
     */
    static void write(Inventory inventory, Path file, Clock clock) throws Exception {
        make(file, clock, StreamedRows.ACTIVITIES_PER_FLUSH, InventoryStore.WHOLE_INVENTORY_CACHE_SIZE, rows -> {
            rows.feed(inventory);
            return inventory;
        });
    }

    /** What gives the writer a new file's items: a document being read, or an inventory in memory. */
    private interface Items {
        /** Hands every item to {@code rows} and returns the inventory they are of, whole and valid. */
        Inventory feed(StreamedRows rows) throws InventoryFormatException;
    }

    /**
     * Makes the new file at {@code file} from what {@code items} hands its writer, the change log stamped with
     * {@code clock}; on any failure the writer is stopped and the file may be left half made.
     */
    private static Inventory make(Path file, Clock clock, int activitiesPerFlush, int insertCacheSize, Items items)
            throws Exception {
        Instant time = ChangeLog.stamp(clock);
        String user = ChangeLog.currentUser();
        // the file's pages go to disk while it is made, not all in the flush before it is moved into place;
        // closed (last, below) only once SQLite's connection to the file is closed on every path
        try (WriteBack writeBack = WriteBack.start(file)) {
            StreamedRows rows = new StreamedRows(file, activitiesPerFlush, insertCacheSize);
            Inventory inventory;
            try {
                inventory = items.feed(rows);
            } catch (InventoryFormatException | RuntimeException | Error e) {
                rows.abandon(e);
                throw e;
            }
            finish(rows, inventory, file, time, user);
            return inventory;
        }
    }

    /**
     * Once every item is with the writer: hands it the end, makes the change log's first row and commits
     * what the writer made.
     */
    private static void finish(StreamedRows rows, Inventory inventory, Path file, Instant time, String user)
            throws Exception {
        // the reading thread is free now: while the writing thread inserts the rows it has not come to
        // yet, this one makes the change log's first row (the whole inventory as JSON, decision 0017) and
        // inserts it into a database of its own in memory, for the writer to copy (decision 0033)
        rows.end(inventory);
        String changeLogTable = rows.changeLogTable();
        FirstRowCopy firstRow = null;
        try {
            if (changeLogTable != null) {
                try {
                    firstRow = FirstRowCopy.of(changeLogTable, ChangeLog.firstRow(time, user, inventory));
                } catch (SQLException | RuntimeException | Error e) {
                    rows.abandon(e);
                    throw e;
                }
                rows.firstRow(firstRow);
            }
            Connection connection;
            try {
                // throws what made the writer fail (without a change log table to copy into, it has failed)
                connection = rows.connection();
            } catch (InventoryFileException e) {
                throw InventoryStore.withoutTemporaryName(e, file);
            }
            try (connection) {
                Database.execute(connection, "COMMIT");
            }
        } finally {
            if (firstRow != null) {
                firstRow.close();
            }
        }
    }
}
