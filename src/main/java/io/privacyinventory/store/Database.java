package io.privacyinventory.store;

import io.privacyinventory.exchange.AtomicFiles;
import io.privacyinventory.exchange.FileProblems;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/**
 * Opening inventory files: recognising ours before anything is written, finishing SQLite's crash
 * recovery, the connection settings every connection gets, and the schema migrations with their
 * backup.
 */
final class Database {
    /** "PINV": marks the file as a Privacy Inventory document in the SQLite header. */
    static final int APPLICATION_ID = 0x50494E56;
    /** The newest file layout this build knows: the last of {@link Migration#bundled()}. */
    static final int SCHEMA_VERSION = latest(Migration.bundled());

    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final int HEADER_SIZE = 100;
    private static final int APPLICATION_ID_OFFSET = 68;
    private static final int WRITE_VERSION_OFFSET = 18;
    private static final int READ_VERSION_OFFSET = 19;
    private static final int WAL_FORMAT = 2;

    static {
        SqliteNativeLibrary.prepare();
    }

    private Database() {}

    /** An open connection, and the upgrade opening it made (null when none). */
    record Opened(Connection connection, SchemaUpgrade upgrade) {}

    static int latest(List<Migration> migrations) {
        return migrations.get(migrations.size() - 1).version();
    }

    /**
     * Checks that a file is an inventory this version can open, without writing to it (other than
     * finishing SQLite's recovery of a change a stopped program left behind); returns its schema
     * version. Refuses other files, damaged ones, newer ones, and older ones when only reading.
     */
    static int inspect(Path file, boolean readOnly, List<Migration> migrations) throws InventoryFileException {
        requireInventoryHeader(file);
        refuseWriteAheadFiles(file);
        finishCrashRecovery(file);
        int latest = latest(migrations);
        int userVersion;
        try (Connection probe = connect(file, true)) {
            int applicationId = pragmaInt(probe, "application_id");
            userVersion = pragmaInt(probe, "user_version");
            if (applicationId != APPLICATION_ID) {
                throw new InventoryFileException(file, otherApplication());
            }
            requireKnownVersion(file, userVersion, latest);
            String integrity = quickCheck(probe);
            if (!integrity.equals("ok")) {
                throw new InventoryFileException(file, "is damaged (" + integrity + ")");
            }
        } catch (SQLException e) {
            if (isBusy(e)) {
                throw new InventoryFileException(file, BUSY, e);
            }
            throw new InventoryFileException(file, "is damaged or not a database (" + e.getMessage() + ")", e);
        }
        if (userVersion < latest && readOnly) {
            throw new InventoryFileException(
                    file,
                    "uses an older file layout (schema " + userVersion + "); open it for editing once to upgrade it");
        }
        return userVersion;
    }

    private static void requireKnownVersion(Path file, int userVersion, int latest) throws InventoryFileException {
        if (userVersion > latest) {
            throw new InventoryFileException(
                    file,
                    "was made by a newer version of Privacy Inventory (schema " + userVersion
                            + "; this version knows up to " + latest + ")");
        }
    }

    /**
     * Opens a file {@link #inspect} accepted. For writing (the caller holds the writer lock), a file
     * of an older layout is upgraded, after a backup beside it.
     */
    static Opened open(Path file, boolean readOnly, List<Migration> migrations) throws InventoryFileException {
        Connection connection;
        int userVersion;
        try {
            connection = connect(file, readOnly);
            userVersion = pragmaInt(connection, "user_version");
        } catch (SQLException e) {
            throw new InventoryFileException(file, "cannot be opened (" + e.getMessage() + ")", e);
        }
        int latest = latest(migrations);
        try {
            requireKnownVersion(file, userVersion, latest);
            if (readOnly || userVersion == latest) {
                return new Opened(connection, null);
            }
            return new Opened(connection, upgrade(file, connection, userVersion, migrations));
        } catch (InventoryFileException | RuntimeException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    /** Creates the schema in a new file, which must not exist yet or be empty. */
    static Connection create(Path file, List<Migration> migrations) throws InventoryFileException {
        try {
            if (Files.exists(file) && Files.size(file) > 0) {
                throw new InventoryFileException(file, "already exists");
            }
        } catch (IOException e) {
            throw new InventoryFileException(file, "cannot be read (" + e.getMessage() + ")", e);
        }
        Connection connection = null;
        try {
            connection = connect(file, false);
            migrate(connection, 0, migrations);
            return connection;
        } catch (SQLException e) {
            closeQuietly(connection);
            throw new InventoryFileException(file, "cannot be created (" + e.getMessage() + ")", e);
        }
    }

    /**
     * Checks the first 100 bytes without SQLite, so that nothing of SQLite's (a journal, a rolled
     * back transaction, a write-ahead log) ever touches a file that is not ours.
     */
    static void requireInventoryHeader(Path file) throws InventoryFileException {
        if (!Files.isRegularFile(file)) {
            throw new InventoryFileException(
                    file,
                    Files.isDirectory(file)
                            ? "is a folder, not a file"
                            : Files.exists(file)
                                    ? "cannot be read: it is not a regular file (a device or a pipe)"
                                    : "no such file");
        }
        byte[] header = new byte[HEADER_SIZE];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(header, 0, header.length);
        } catch (IOException e) {
            throw new InventoryFileException(file, "cannot be read: " + FileProblems.reason(e), e);
        }
        if (read == 0) {
            throw new InventoryFileException(file, "is empty, not a Privacy Inventory file");
        }
        if (read < SQLITE_MAGIC.length || !Arrays.equals(Arrays.copyOf(header, SQLITE_MAGIC.length), SQLITE_MAGIC)) {
            throw new InventoryFileException(file, "is not a Privacy Inventory file (not an SQLite database)");
        }
        if (read < HEADER_SIZE) {
            throw new InventoryFileException(file, "is damaged (cut off inside its header)");
        }
        if (ByteBuffer.wrap(header, APPLICATION_ID_OFFSET, 4).getInt() != APPLICATION_ID) {
            throw new InventoryFileException(file, otherApplication());
        }
        if (header[WRITE_VERSION_OFFSET] == WAL_FORMAT || header[READ_VERSION_OFFSET] == WAL_FORMAT) {
            throw new InventoryFileException(
                    file,
                    "was switched to write-ahead logging by another program; "
                            + "Privacy Inventory files never use it");
        }
    }

    private static String otherApplication() {
        return "is an SQLite database of another application, not a Privacy Inventory file";
    }

    /**
     * A write-ahead log ({@code NAME-wal}) or its index ({@code NAME-shm}) beside a file: SQLite
     * reads a log it finds beside a database as part of it, whatever the file's header says, so a
     * log copied there from another file would show that file's data as this one's. Inventories
     * never use one, so the file is not opened at all.
     */
    static void refuseWriteAheadFiles(Path file) throws InventoryFileException {
        for (String suffix : new String[] {"-wal", "-shm"}) {
            Path sidecar = file.resolveSibling(file.getFileName() + suffix);
            if (Files.exists(sidecar, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                throw new InventoryFileException(
                        file,
                        "has a write-ahead file beside it (" + sidecar.getFileName()
                                + ") that Privacy Inventory never makes; SQLite would read it as part of the file, so the "
                                + "file was not opened: move " + sidecar.getFileName()
                                + " away if it does not belong here");
            }
        }
    }

    /**
     * A process that stopped in the middle of a change (killed, power cut) leaves a hot journal
     * beside the file. SQLite restores the last committed state from it on the first read of a
     * writable connection; a read-only connection refuses the file instead. So when a journal is
     * there, one writable connection reads once. That is the only write opening a file may make,
     * and it gives back exactly what was last saved.
     *
     * <p>First the journal must be shown to be this file's ({@link JournalCheck}): one copied here
     * from another database would be played back into this one. While another process of ours is
     * in the middle of a change it holds the writer lock and the journal is its own (SQLite sees
     * that it is not hot and leaves it alone), so the check is made only when the lock is free.
     */
    private static void finishCrashRecovery(Path file) throws InventoryFileException {
        Path journal = journalOf(file);
        if (!Files.exists(journal)) {
            return;
        }
        WriterLock lock = null;
        try {
            try {
                lock = WriterLock.acquire(file);
            } catch (InventoryLockedException e) {
                return;
            } catch (InventoryFileException e) {
                // no lock can be taken here (a read-only folder): no writer of ours is there either
            }
            String foreign;
            try {
                foreign = Files.exists(journal) ? JournalCheck.foreign(file, journal) : null;
            } catch (IOException e) {
                throw new InventoryFileException(
                        file,
                        "has a journal beside it (" + journal.getFileName() + ") that cannot be read (" + e.getMessage()
                                + "); the file was not opened",
                        e);
            }
            if (foreign != null) {
                throw new InventoryFileException(
                        file,
                        "has a journal beside it (" + journal.getFileName()
                                + ") that is not this file's: " + foreign + "; both were left untouched: move "
                                + journal.getFileName() + " away if it does not belong here");
            }
            try (Connection recovery = connect(file, false)) {
                pragmaInt(recovery, "schema_version");
            } catch (SQLException e) {
                if (isBusy(e)) {
                    throw new InventoryFileException(file, BUSY, e);
                }
                throw new InventoryFileException(
                        file,
                        "was left in the middle of a change by a program that stopped, "
                                + "and cannot be restored here (" + e.getMessage() + ")",
                        e);
            }
        } finally {
            if (lock != null) {
                lock.close();
            }
        }
    }

    /** What a reader is told while another process holds the file for a change longer than the busy timeout. */
    static final String BUSY =
            "is busy: another Privacy Inventory window or command is writing it; try again " + "when it has finished";

    /** SQLITE_BUSY or SQLITE_LOCKED: another connection holds the file for a change. */
    static boolean isBusy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                int code = sql.getErrorCode() & 0xff;
                if (code == 5 || code == 6) {
                    return true;
                }
                String message = sql.getMessage();
                if (message != null && (message.contains("SQLITE_BUSY") || message.contains("SQLITE_LOCKED"))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Why an operation on a file failed, in the words a user needs: busy, the disk full, or the driver's text. */
    static String describe(Throwable failure) {
        if (FileProblems.isDiskFull(failure)) {
            return "the disk is full";
        }
        if (isBusy(failure)) {
            return "another Privacy Inventory window or command is writing it; try again when it has finished";
        }
        return failure.getMessage();
    }

    /** Whether the file starts with SQLite's magic string. */
    static boolean hasSqliteHeader(Path file) throws IOException {
        byte[] start = new byte[SQLITE_MAGIC.length];
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(start, 0, start.length) == start.length && Arrays.equals(start, SQLITE_MAGIC);
        }
    }

    static Path journalOf(Path file) {
        return file.resolveSibling(file.getFileName() + "-journal");
    }

    /**
     * A second, read-only connection to a file this process is making (no checks of the file: it is not
     * finished), to read what has been committed while the first connection goes on writing.
     */
    static Connection connectToRead(Path file) throws SQLException {
        return connect(file, true);
    }

    /**
     * A connection to a database in this process's memory, named by the URI {@code uri} ({@code
     * file:NAME?mode=memory&cache=shared}), which other connections of the process can attach by that
     * URI. Nothing is ever written to disk, so it has no journal.
     */
    static Connection connectToMemory(String uri) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.OFF);
        return DriverManager.getConnection("jdbc:sqlite:" + uri, config.toProperties());
    }

    /**
     * Every connection: foreign keys on (SQLite leaves them off), a rollback journal so the
     * document stays one file, and full sync so a committed edit survives a power cut.
     */
    private static Connection connect(Path file, boolean readOnly) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setBusyTimeout(5000);
        if (readOnly) {
            config.setReadOnly(true);
            config.setOpenMode(SQLiteOpenMode.READONLY);
        } else {
            config.setJournalMode(SQLiteConfig.JournalMode.DELETE);
            config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        }
        return DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
    }

    /** Backs the file up beside itself, then runs the missing steps as one transaction. */
    private static SchemaUpgrade upgrade(Path file, Connection connection, int fromVersion, List<Migration> migrations)
            throws InventoryFileException {
        int toVersion = latest(migrations);
        Path backup = freeBackupName(file, fromVersion);
        try {
            backup(connection, backup, destination -> {});
        } catch (IOException e) {
            throw new InventoryFileException(
                    file,
                    "needs an upgrade of its file layout (schema " + fromVersion
                            + " to " + toVersion + "), but the backup before it could not be written (" + e.getMessage()
                            + "); the file was not changed",
                    e);
        }
        try {
            migrate(connection, fromVersion, migrations);
        } catch (SQLException | RuntimeException e) {
            throw new InventoryFileException(
                    file,
                    "could not be upgraded from file layout " + fromVersion + " to " + toVersion + " (" + e.getMessage()
                            + "); the file was left as it was, and a copy is in " + backup,
                    e);
        }
        return new SchemaUpgrade(file, fromVersion, toVersion, backup);
    }

    /** {@code inventory.v1.bak.db} beside {@code inventory.db}; {@code inventory.v1.bak-2.db} if that is taken. */
    static Path freeBackupName(Path file, int version) {
        String name = file.getFileName().toString();
        String stem =
                name.toLowerCase(java.util.Locale.ROOT).endsWith(".db") ? name.substring(0, name.length() - 3) : name;
        Path candidate = file.resolveSibling(stem + ".v" + version + ".bak.db");
        for (int n = 2; Files.exists(candidate); n++) {
            candidate = file.resolveSibling(stem + ".v" + version + ".bak-" + n + ".db");
        }
        return candidate;
    }

    /** A consistent copy through SQLite's online backup; the copy appears whole or not at all. */
    static void backup(Connection connection, Path target, AtomicFiles.Check beforeReplacing) throws IOException {
        try {
            AtomicFiles.replace(
                    target,
                    temporary -> {
                        try (Statement statement = connection.createStatement()) {
                            statement.executeUpdate("backup to \""
                                    + temporary.toAbsolutePath().toString().replace("\"", "\"\"") + "\"");
                        }
                    },
                    beforeReplacing);
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(target + ": the copy could not be written (" + e.getMessage() + ")", e);
        }
    }

    private static void migrate(Connection connection, int fromVersion, List<Migration> migrations)
            throws SQLException {
        execute(connection, "BEGIN IMMEDIATE");
        try {
            int version = fromVersion;
            for (Migration migration : migrations) {
                if (migration.version() > fromVersion) {
                    if (migration.version() != version + 1) {
                        throw new IllegalStateException("no migration to schema " + (version + 1));
                    }
                    migration.step().apply(connection);
                    version = migration.version();
                }
            }
            execute(connection, "PRAGMA application_id = " + APPLICATION_ID);
            execute(connection, "PRAGMA user_version = " + version);
            execute(connection, "COMMIT");
        } catch (SQLException | RuntimeException e) {
            execute(connection, "ROLLBACK");
            throw e;
        }
    }

    static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    static int pragmaInt(Connection connection, String pragma) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("PRAGMA " + pragma)) {
            return rows.next() ? rows.getInt(1) : 0;
        }
    }

    private static String quickCheck(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("PRAGMA quick_check(1)")) {
            return rows.next() ? rows.getString(1) : "no answer";
        }
    }

    static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                // already failing; the first error is the one to report
            }
        }
    }
}
