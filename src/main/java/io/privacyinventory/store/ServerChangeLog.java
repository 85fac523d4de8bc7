package io.privacyinventory.store;

import io.privacyinventory.model.EntityType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The change log on the server: the file's columns and hash chain ({@link ChangeLog#hash}), in
 * PostgreSQL's SQL. Rows are only ever inserted; the server refuses anything else.
 */
final class ServerChangeLog {
    private final Connection connection;
    private final String table;
    /** Reading, which is the file's SQL on this table. */
    private final ChangeLog reading;

    ServerChangeLog(Connection connection, String schema) {
        this.connection = connection;
        this.table = ServerSchema.quoted(schema) + ".change_log";
        this.reading = ChangeLog.onServer(connection, table);
    }

    long nextChangeSet() throws SQLException {
        return reading.nextChangeSet();
    }

    HistoryHead head() throws SQLException {
        return reading.head();
    }

    /** Appends rows after {@code head}, each hashed over the one before; returns them as stored. */
    List<ChangeLogEntry> append(
            HistoryHead head, long changeSet, Long reverts, Instant time, String user, List<EditRows.Row> rows)
            throws SQLException {
        List<ChangeLogEntry> entries = new ArrayList<>();
        long seq = head.rows();
        String previous = head.hash();
        try (PreparedStatement statement = insert()) {
            for (EditRows.Row row : rows) {
                seq++;
                ChangeLogEntry entry = new ChangeLogEntry(
                        seq,
                        changeSet,
                        reverts,
                        time,
                        user,
                        row.type(),
                        row.id(),
                        row.field(),
                        row.position(),
                        row.before(),
                        row.after());
                String hash = ChangeLog.hash(previous, entry);
                ChangeLog.bind(statement, entry, entry.after(), hash);
                statement.addBatch();
                entries.add(entry);
                previous = hash;
            }
            statement.executeBatch();
        }
        return entries;
    }

    /** Appends rows that already have their place and hash (a file's log carried over whole). */
    void copy(List<ChangeLogEntry> entries) throws SQLException {
        try (PreparedStatement statement = insert()) {
            String previous = ChangeLog.GENESIS_HASH;
            for (ChangeLogEntry entry : entries) {
                String hash = ChangeLog.hash(previous, entry);
                ChangeLog.bind(statement, entry, entry.after(), hash);
                statement.addBatch();
                previous = hash;
            }
            statement.executeBatch();
        }
    }

    private PreparedStatement insert() throws SQLException {
        return connection.prepareStatement(
                "INSERT INTO " + table + " (" + ChangeLog.COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    }

    List<ChangeLogEntry> newestFirst(int limit, int offset) throws SQLException {
        return reading.newestFirst(limit, offset);
    }

    List<ChangeLogEntry> changeSet(long changeSet) throws SQLException {
        return reading.changeSet(changeSet);
    }

    List<ChangeLogEntry> oldestFirst(long lastSeq) throws SQLException {
        return reading.oldestFirst(lastSeq);
    }

    /** Rows written after {@code seq}: what other people changed since a client last read the record. */
    List<ChangeLogEntry> after(long seq) throws SQLException {
        return reading.after(seq);
    }

    Long rowWithHash(String hash) throws SQLException {
        return reading.rowWithHash(hash);
    }

    /** Recomputes the chain from the first row. */
    HistoryVerification verify() throws SQLException {
        return reading.verify();
    }

    static boolean touchesSame(EditRows.Row row, ChangeLogEntry other) {
        if (row.type() == EntityType.INVENTORY && row.field() == null
                || other.entityType() == EntityType.INVENTORY && other.field() == null) {
            return true;
        }
        return row.type() == other.entityType()
                && java.util.Objects.equals(row.id(), other.entityId())
                && (row.field() == null || other.field() == null || row.field().equals(other.field()));
    }
}
