package io.privacyinventory.store;

import io.privacyinventory.exchange.EntityCodec;
import io.privacyinventory.model.Coded;
import io.privacyinventory.model.EntityType;
import io.privacyinventory.model.Inventory;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * The change log table. Each row's hash covers the row and the previous row's hash, so changing
 * or removing a row in the middle of the history breaks the chain from there on. The file and the
 * team server have the same columns and chain; reading them is the same SQL but for the table's
 * name and how a query asks for all rows.
 */
final class ChangeLog {
    static final String GENESIS_HASH = "0".repeat(64);
    /** The table's columns in the order {@link #values} gives them, then the hash. */
    static final String COLUMNS =
            "seq, change_set, reverts, time, \"user\", entity_type, entity_id, field, position, before, after, hash";

    private final Connection connection;
    private final String table;
    /** What follows LIMIT to ask for all rows: -1 in SQLite, ALL in PostgreSQL. */
    private final String allRows;

    /** The log of an inventory file. */
    ChangeLog(Connection connection) {
        this(connection, "change_log", "-1");
    }

    /** The log of the server's schema, whose table's name is quoted. */
    static ChangeLog onServer(Connection connection, String table) {
        return new ChangeLog(connection, table, "ALL");
    }

    private ChangeLog(Connection connection, String table, String allRows) {
        this.connection = connection;
        this.table = table;
        this.allRows = allRows;
    }

    /** The time a change is stamped with: to the millisecond, as the log keeps it. */
    static Instant stamp(Clock clock) {
        return Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
    }

    /** Who a change made on this computer is logged as. */
    static String currentUser() {
        return System.getProperty("user.name", "unknown");
    }

    long nextChangeSet() throws SQLException {
        try (PreparedStatement statement =
                        connection.prepareStatement("SELECT COALESCE(MAX(change_set), 0) + 1 FROM " + table);
                ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private String lastHash() throws SQLException {
        try (PreparedStatement statement =
                        connection.prepareStatement("SELECT hash FROM " + table + " ORDER BY seq DESC LIMIT 1");
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
    static FirstRow firstRow(Instant time, String user, Inventory inventory) {
        return firstRow(time, user, new EntityCodec(inventory.languages()).toJsonUtf8(inventory));
    }

    /** As {@link #firstRow(Instant, String, Inventory)}, the inventory already written as UTF-8 JSON. */
    static FirstRow firstRow(Instant time, String user, byte[] afterUtf8) {
        ChangeLogEntry entry =
                new ChangeLogEntry(1, 1, null, time, user, EntityType.INVENTORY, null, null, null, null, null);
        return new FirstRow(entry, afterUtf8, hash(GENESIS_HASH, entry, afterUtf8));
    }

    /** Inserts {@code row} into a log that has no row yet, as the change set it was made for. */
    void appendFirstRow(long changeSet, Instant time, FirstRow row) throws SQLException {
        requireFirstRowFits(changeSet, time, row.entry());
        insert(row.entry(), row.afterUtf8(), row.hash());
    }

    /**
     * Inserts the first row that {@code copy} holds, as {@link #appendFirstRow(long, Instant, FirstRow)}
     * inserts the row itself: the same row, copied from the copy's table page by page (decision 0033).
     */
    void appendFirstRow(long changeSet, Instant time, FirstRowCopy copy) throws SQLException {
        requireFirstRowFits(changeSet, time, copy.entry());
        copy.copyInto(connection, table);
    }

    private void requireFirstRowFits(long changeSet, Instant time, ChangeLogEntry entry) throws SQLException {
        if (nextSeq() != entry.seq() || changeSet != entry.changeSet() || !time.equals(entry.time())) {
            throw new IllegalStateException("the first row of a change log was made for another place or time");
        }
    }

    private long nextSeq() throws SQLException {
        try (PreparedStatement statement =
                        connection.prepareStatement("SELECT COALESCE(MAX(seq), 0) + 1 FROM " + table);
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
        try (PreparedStatement statement = connection.prepareStatement("INSERT INTO " + table + " (" + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS TEXT), ?)")) {
            bind(statement, entry, after, hash);
            statement.executeUpdate();
        }
    }

    /** Binds one row to an insert of {@link #COLUMNS}, its "after" as given (a string, or UTF-8 bytes). */
    static void bind(PreparedStatement statement, ChangeLogEntry entry, Object after, String hash) throws SQLException {
        Object[] row = Arrays.copyOf(values(entry, after), 12);
        row[11] = hash;
        Columns.bind(statement, row);
    }

    /**
     * The row's columns but the hash, in the table's order, as they are stored and hashed: the time
     * as ISO-8601 text and the entity type as its code.
     */
    private static Object[] values(ChangeLogEntry entry, Object after) {
        return new Object[] {
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
            after
        };
    }

    /** Newest first; {@code limit} 0 or less means all. */
    List<ChangeLogEntry> newestFirst(int limit, int offset) throws SQLException {
        return query("SELECT * FROM " + table + " ORDER BY seq DESC LIMIT " + (limit > 0 ? limit : allRows) + " OFFSET "
                + Math.max(0, offset));
    }

    List<ChangeLogEntry> changeSet(long changeSet) throws SQLException {
        return query("SELECT * FROM " + table + " WHERE change_set = " + changeSet + " ORDER BY seq");
    }

    /** All rows, oldest first, up to and with {@code lastSeq} (all of them for {@code Long.MAX_VALUE}). */
    List<ChangeLogEntry> oldestFirst(long lastSeq) throws SQLException {
        return query("SELECT * FROM " + table + " WHERE seq <= " + lastSeq + " ORDER BY seq");
    }

    /** Rows written after {@code seq}: on the server, what other people changed since a client last read the record. */
    List<ChangeLogEntry> after(long seq) throws SQLException {
        return query("SELECT * FROM " + table + " WHERE seq > " + seq + " ORDER BY seq");
    }

    /** The newest row's hash and the number of rows: what to keep elsewhere to show later that nothing was cut off. */
    HistoryHead head() throws SQLException {
        try (PreparedStatement statement =
                        connection.prepareStatement("SELECT seq, hash FROM " + table + " ORDER BY seq DESC LIMIT 1");
                ResultSet rows = statement.executeQuery()) {
            return rows.next() ? new HistoryHead(rows.getLong(1), rows.getString(2)) : new HistoryHead(0, GENESIS_HASH);
        }
    }

    /** The row whose hash is {@code hash}, or null when none is. */
    Long rowWithHash(String hash) throws SQLException {
        try (PreparedStatement statement =
                connection.prepareStatement("SELECT seq FROM " + table + " WHERE hash = ?")) {
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
        try (PreparedStatement statement = connection.prepareStatement("SELECT * FROM " + table + " ORDER BY seq");
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
        update(digest, previousHash);
        for (Object value : values(entry, afterUtf8 != null ? afterUtf8 : entry.after())) {
            update(digest, value);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Adds one part: its length in UTF-8 bytes, a colon and the bytes; for null, -1 and a colon. */
    private static void update(MessageDigest digest, Object value) {
        if (value == null) {
            digest.update("-1:".getBytes(StandardCharsets.UTF_8));
            return;
        }
        byte[] bytes = value instanceof byte[] utf8 ? utf8 : value.toString().getBytes(StandardCharsets.UTF_8);
        digest.update((bytes.length + ":").getBytes(StandardCharsets.UTF_8));
        digest.update(bytes);
    }
}
