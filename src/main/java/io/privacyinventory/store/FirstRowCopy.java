package io.privacyinventory.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;

/**
 * The change log's first row of a new file (the whole inventory as JSON, decision 0017), inserted ahead
 * of time into a database of its own in this process's memory, from which the new file's writer copies
 * it (decision 0033). Inserting a value of hundreds of megabytes makes SQLite copy it twice into memory
 * it has just allocated (the bound value, then the record); that insert runs here, on the thread that
 * made the row, while the writer is still busy with the rows. The writer's {@code INSERT … SELECT *} from
 * a table of the very same definition is SQLite's transfer of whole records, which copies the row's
 * pages as they are, without decoding or building it again: the same stored row, at a fraction of the
 * cost.
 *
 * <p>The database lives as long as one of its connections is open: this object's, and that of a writer
 * it was attached to. Nothing of it is ever on disk.
 */
final class FirstRowCopy implements AutoCloseable {
    /** The name the copy's database is attached under on the writer's connection. */
    static final String SCHEMA = "first_row";

    private final ChangeLogEntry entry;
    private final String uri;
    private final Connection holder;
    /** The writer's connection once the copy's database is attached to it (it stays so until it closes). */
    private Connection attachedTo;

    private FirstRowCopy(ChangeLogEntry entry, String uri, Connection holder) {
        this.entry = entry;
        this.uri = uri;
        this.holder = holder;
    }

    /**
     * Inserts {@code row} into a new database in memory whose change log table is made by {@code
     * changeLogTable}: the {@code CREATE TABLE} statement of the new file's own change log, so that the
     * two tables are alike as SQLite's transfer requires.
     */
    static FirstRowCopy of(String changeLogTable, ChangeLog.FirstRow row) throws SQLException {
        // a name of its own: two imports in one process never share the database
        String uri = "file:privacy-inventory-first-row-" + UUID.randomUUID() + "?mode=memory&cache=shared";
        Connection holder = Database.connectToMemory(uri);
        try {
            Database.execute(holder, changeLogTable);
            ChangeLog log = new ChangeLog(holder);
            log.appendFirstRow(log.nextChangeSet(), row.entry().time(), row);
            return new FirstRowCopy(row.entry(), uri, holder);
        } catch (SQLException | RuntimeException | Error e) {
            // an out-of-memory error included: the database would otherwise keep hundreds of megabytes
            Database.closeQuietly(holder);
            throw e;
        }
    }

    /** The URI of the copy's database, by which a connection of this process attaches it. */
    String uri() {
        return uri;
    }

    /** The row's entry, without its text. */
    ChangeLogEntry entry() {
        return entry;
    }

    /**
     * Copies the row into {@code table} of {@code connection}'s main database, which must be empty; the
     * copy's database stays attached to that connection (it cannot be detached inside a transaction) until
     * the connection closes. May be called again on the same connection, after a rollback.
     */
    void copyInto(Connection connection, String table) throws SQLException {
        if (attachedTo != connection) {
            try (PreparedStatement attach = connection.prepareStatement("ATTACH DATABASE ? AS " + SCHEMA)) {
                attach.setString(1, uri);
                attach.execute();
            }
            attachedTo = connection;
        }
        Database.execute(connection, "INSERT INTO main." + table + " SELECT * FROM " + SCHEMA + "." + table);
    }

    /** Closes this object's connection: the database goes once the writer's connection is closed too. */
    @Override
    public void close() {
        Database.closeQuietly(holder);
    }
}
