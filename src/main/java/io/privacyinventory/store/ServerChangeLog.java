package io.privacyinventory.store;

import io.privacyinventory.model.EntityType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
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

    ServerChangeLog(Connection connection, String schema) {
        this.connection = connection;
        this.table = ServerSchema.quoted(schema) + ".change_log";
    }

    long nextChangeSet() throws SQLException {
        return single("SELECT COALESCE(MAX(change_set), 0) + 1 FROM " + table);
    }

    HistoryHead head() throws SQLException {
        try (PreparedStatement statement =
                        connection.prepareStatement("SELECT seq, hash FROM " + table + " ORDER BY seq DESC LIMIT 1");
                ResultSet rows = statement.executeQuery()) {
            return rows.next()
                    ? new HistoryHead(rows.getLong(1), rows.getString(2))
                    : new HistoryHead(0, ChangeLog.GENESIS_HASH);
        }
    }

    /** Appends rows after {@code head}, each hashed over the one before; returns them as stored. */
    List<ChangeLogEntry> append(
            HistoryHead head, long changeSet, Long reverts, Instant time, String user, List<EditRows.Row> rows)
            throws SQLException {
        List<ChangeLogEntry> entries = new ArrayList<>();
        long seq = head.rows();
        String previous = head.hash();
        try (PreparedStatement statement = connection.prepareStatement("INSERT INTO " + table
                + " (seq, change_set, reverts, time, \"user\", entity_type, entity_id, field, position, before, after,"
                + " hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
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
                Columns.bind(
                        statement,
                        seq,
                        changeSet,
                        reverts,
                        time.toString(),
                        user,
                        row.type().code(),
                        row.id(),
                        row.field(),
                        row.position(),
                        row.before(),
                        row.after(),
                        hash);
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
        try (PreparedStatement statement = connection.prepareStatement("INSERT INTO " + table
                + " (seq, change_set, reverts, time, \"user\", entity_type, entity_id, field, position, before, after,"
                + " hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            String previous = ChangeLog.GENESIS_HASH;
            for (ChangeLogEntry entry : entries) {
                String hash = ChangeLog.hash(previous, entry);
                Columns.bind(
                        statement,
                        entry.seq(),
                        entry.changeSet(),
                        entry.reverts(),
                        entry.time().toString(),
                        entry.user(),
                        entry.entityType().code(),
                        entry.entityId(),
                        entry.field(),
                        entry.position(),
                        entry.before(),
                        entry.after(),
                        hash);
                statement.addBatch();
                previous = hash;
            }
            statement.executeBatch();
        }
    }

    List<ChangeLogEntry> newestFirst(int limit, int offset) throws SQLException {
        return query("SELECT * FROM " + table + " ORDER BY seq DESC" + (limit > 0 ? " LIMIT " + limit : "") + " OFFSET "
                + Math.max(0, offset));
    }

    List<ChangeLogEntry> changeSet(long changeSet) throws SQLException {
        return query("SELECT * FROM " + table + " WHERE change_set = " + changeSet + " ORDER BY seq");
    }

    List<ChangeLogEntry> oldestFirst(long lastSeq) throws SQLException {
        return query("SELECT * FROM " + table + " WHERE seq <= " + lastSeq + " ORDER BY seq");
    }

    /** Rows written after {@code seq}: what other people changed since a client last read the record. */
    List<ChangeLogEntry> after(long seq) throws SQLException {
        return query("SELECT * FROM " + table + " WHERE seq > " + seq + " ORDER BY seq");
    }

    Long rowWithHash(String hash) throws SQLException {
        try (PreparedStatement statement =
                connection.prepareStatement("SELECT seq FROM " + table + " WHERE hash = ?")) {
            statement.setString(1, hash);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getLong(1) : null;
            }
        }
    }

    /** Recomputes the chain from the first row. */
    HistoryVerification verify() throws SQLException {
        String previous = ChangeLog.GENESIS_HASH;
        long checked = 0;
        long expectedSeq = 1;
        try (PreparedStatement statement = connection.prepareStatement("SELECT * FROM " + table + " ORDER BY seq");
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                ChangeLogEntry entry = ChangeLog.entry(rows);
                if (entry.seq() != expectedSeq) {
                    return new HistoryVerification(
                            checked, entry.seq(), "row " + expectedSeq + " is missing before row " + entry.seq());
                }
                String stored = rows.getString("hash");
                if (!ChangeLog.hash(previous, entry).equals(stored)) {
                    return new HistoryVerification(
                            checked,
                            entry.seq(),
                            "row " + entry.seq() + " does not match its hash: it was changed, or a row before it was");
                }
                previous = stored;
                checked++;
                expectedSeq++;
            }
        }
        return new HistoryVerification(checked, null, null);
    }

    private List<ChangeLogEntry> query(String sql) throws SQLException {
        List<ChangeLogEntry> entries = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql);
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                entries.add(ChangeLog.entry(rows));
            }
        }
        return entries;
    }

    private long single(String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql);
                ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
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
