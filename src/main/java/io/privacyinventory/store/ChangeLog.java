package io.privacyinventory.store;

import io.privacyinventory.model.Coded;
import io.privacyinventory.model.EntityType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The change log table. Each row's hash covers the row and the previous row's hash, so changing
 * or removing a row in the middle of the history breaks the chain from there on.
 */
final class ChangeLog {
    static final String GENESIS_HASH = "0".repeat(64);

    private final Connection connection;

    ChangeLog(Connection connection) {
        this.connection = connection;
    }

    long nextChangeSet() throws SQLException {
        try (PreparedStatement statement =
                        connection.prepareStatement("SELECT COALESCE(MAX(change_set), 0) + 1 FROM change_log");
                ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private String lastHash() throws SQLException {
        try (PreparedStatement statement =
                        connection.prepareStatement("SELECT hash FROM change_log ORDER BY seq DESC LIMIT 1");
                ResultSet rows = statement.executeQuery()) {
            return rows.next() ? rows.getString(1) : GENESIS_HASH;
        }
    }

    ChangeLogEntry append(
            long changeSet,
            Long reverts,
            Instant time,
            String user,
            EntityType type,
            String entityId,
            String field,
            Integer position,
            String before,
            String after)
            throws SQLException {
        ChangeLogEntry entry = new ChangeLogEntry(
                nextSeq(), changeSet, reverts, time, user, type, entityId, field, position, before, after);
        insert(entry, after, hash(lastHash(), entry));
        return entry;
    }

    /**
     * A new file's first row, made before it is written: the whole inventory as JSON in UTF-8 and the
     * row's hash, so that making and hashing a large inventory's text is done off the writing thread.
     */
    record FirstRow(ChangeLogEntry entry, byte[] afterUtf8, String hash) {}

    /**
     * Row 1 of change set 1, after the genesis hash: the same hash and, once inserted, the same stored
     * text as {@link #append} gives for the string the bytes encode, but without that string, which for a
     * large inventory is hundreds of megabytes.
     */
    static FirstRow firstRow(Instant time, String user, byte[] afterUtf8) {
        ChangeLogEntry entry =
                new ChangeLogEntry(1, 1, null, time, user, EntityType.INVENTORY, null, null, null, null, null);
        return new FirstRow(entry, afterUtf8, hash(GENESIS_HASH, entry, afterUtf8));
    }

    /** Inserts {@code row} into a log that has no row yet, as the change set it was made for. */
    void appendFirstRow(long changeSet, Instant time, FirstRow row) throws SQLException {
        if (nextSeq() != row.entry().seq()
                || changeSet != row.entry().changeSet()
                || !time.equals(row.entry().time())) {
            throw new IllegalStateException("the first row of a change log was made for another place or time");
        }
        insert(row.entry(), row.afterUtf8(), row.hash());
    }

    private long nextSeq() throws SQLException {
        try (PreparedStatement statement =
                        connection.prepareStatement("SELECT COALESCE(MAX(seq), 0) + 1 FROM change_log");
                ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /**
     * {@code after} is the entry's "after" as a string, or as UTF-8 bytes: bytes are bound as a blob
     * and cast to text, which stores exactly those bytes as text (the file's encoding is UTF-8).
     */
    private void insert(ChangeLogEntry entry, Object after, String hash) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "INSERT INTO change_log (seq, change_set, reverts, time, user, entity_type, entity_id, field, position,"
                        + " before, after, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS TEXT), ?)")) {
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
                    after,
                    hash);
            statement.executeUpdate();
        }
    }

    /** Newest first; {@code limit} 0 or less means all. */
    List<ChangeLogEntry> newestFirst(int limit, int offset) throws SQLException {
        return query("SELECT * FROM change_log ORDER BY seq DESC LIMIT " + (limit > 0 ? limit : -1) + " OFFSET "
                + Math.max(0, offset));
    }

    List<ChangeLogEntry> changeSet(long changeSet) throws SQLException {
        return query("SELECT * FROM change_log WHERE change_set = " + changeSet + " ORDER BY seq");
    }

    /** All rows, oldest first, up to and with {@code lastSeq} (all of them for {@code Long.MAX_VALUE}). */
    List<ChangeLogEntry> oldestFirst(long lastSeq) throws SQLException {
        return query("SELECT * FROM change_log WHERE seq <= " + lastSeq + " ORDER BY seq");
    }

    /** The newest row's hash and the number of rows: what to keep elsewhere to show later that nothing was cut off. */
    HistoryHead head() throws SQLException {
        try (PreparedStatement statement =
                        connection.prepareStatement("SELECT seq, hash FROM change_log ORDER BY seq DESC LIMIT 1");
                ResultSet rows = statement.executeQuery()) {
            return rows.next() ? new HistoryHead(rows.getLong(1), rows.getString(2)) : new HistoryHead(0, GENESIS_HASH);
        }
    }

    /** The row whose hash is {@code hash}, or null when none is. */
    Long rowWithHash(String hash) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT seq FROM change_log WHERE hash = ?")) {
            statement.setString(1, hash);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getLong(1) : null;
            }
        }
    }

    HistoryVerification verify() throws SQLException {
        String previous = GENESIS_HASH;
        long checked = 0;
        long expectedSeq = 1;
        try (PreparedStatement statement = connection.prepareStatement("SELECT * FROM change_log ORDER BY seq");
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                ChangeLogEntry entry = entry(rows);
                if (entry.seq() != expectedSeq) {
                    return new HistoryVerification(
                            checked, entry.seq(), "row " + expectedSeq + " is missing before row " + entry.seq());
                }
                String stored = rows.getString("hash");
                if (!hash(previous, entry).equals(stored)) {
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
                entries.add(entry(rows));
            }
        }
        return entries;
    }

    /** One row as read by any dialect: the columns have the same names on the server. */
    static ChangeLogEntry entry(ResultSet rows) throws SQLException {
        long reverts = rows.getLong("reverts");
        Long revertsOrNull = rows.wasNull() ? null : reverts;
        String type = rows.getString("entity_type");
        return new ChangeLogEntry(
                rows.getLong("seq"),
                rows.getLong("change_set"),
                revertsOrNull,
                Instant.parse(rows.getString("time")),
                rows.getString("user"),
                Coded.parse(EntityType.class, type)
                        .orElseThrow(() -> new SQLException("change log row names an unknown entity type: " + type)),
                rows.getString("entity_id"),
                rows.getString("field"),
                Columns.nullableInt(rows, "position"),
                rows.getString("before"),
                rows.getString("after"));
    }

    /** SHA-256 over the previous hash and each part of the row, every part prefixed by its length. */
    static String hash(String previousHash, ChangeLogEntry entry) {
        return hash(previousHash, entry, null);
    }

    /** As {@link #hash(String, ChangeLogEntry)}, the "after" part as given in UTF-8 when that is not null. */
    private static String hash(String previousHash, ChangeLogEntry entry, byte[] afterUtf8) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
        Object[] parts = {
            previousHash,
            entry.seq(),
            entry.changeSet(),
            entry.reverts(),
            entry.time(),
            entry.user(),
            entry.entityType().code(),
            entry.entityId(),
            entry.field(),
            entry.position(),
            entry.before(),
            afterUtf8 != null ? afterUtf8 : entry.after()
        };
        for (Object part : parts) {
            if (part == null) {
                digest.update("-1:".getBytes(StandardCharsets.UTF_8));
            } else {
                byte[] bytes =
                        part instanceof byte[] utf8 ? utf8 : part.toString().getBytes(StandardCharsets.UTF_8);
                digest.update((bytes.length + ":").getBytes(StandardCharsets.UTF_8));
                digest.update(bytes);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
