package io.privacyinventory.store;

import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Opening inventory files: recognising ours before anything is written, the connection settings
 * every connection gets, and the schema migrations.
 */
final class Database {
    /** "PINV": marks the file as a Privacy Inventory document in the SQLite header. */
    static final int APPLICATION_ID = 0x50494E56;
    static final int SCHEMA_VERSION = 1;

    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private Database() {
    }

    /** Opens an existing inventory file, refusing (without writing) anything that is not one. */
    static Connection open(Path file, boolean readOnly) throws InventoryFileException {
        if (!Files.isRegularFile(file)) {
            throw new InventoryFileException(file, Files.exists(file) ? "is not a file" : "no such file");
        }
        requireSqliteHeader(file);
        int userVersion;
        try (Connection probe = connect(file, true)) {
            int applicationId = pragmaInt(probe, "application_id");
            userVersion = pragmaInt(probe, "user_version");
            if (applicationId != APPLICATION_ID) {
                throw new InventoryFileException(file, "is an SQLite database of another application, "
                        + "not a Privacy Inventory file");
            }
            if (userVersion > SCHEMA_VERSION) {
                throw new InventoryFileException(file, "was made by a newer version of Privacy Inventory (schema "
                        + userVersion + "; this version knows up to " + SCHEMA_VERSION + ")");
            }
            String integrity = quickCheck(probe);
            if (!integrity.equals("ok")) {
                throw new InventoryFileException(file, "is damaged (" + integrity + ")");
            }
        } catch (SQLException e) {
            throw new InventoryFileException(file, "is damaged or not a database (" + e.getMessage() + ")", e);
        }
        if (userVersion < SCHEMA_VERSION && readOnly) {
            throw new InventoryFileException(file, "uses an older file layout (schema " + userVersion
                    + "); open it for editing once to upgrade it");
        }
        try {
            Connection connection = connect(file, readOnly);
            if (!readOnly && userVersion < SCHEMA_VERSION) {
                migrate(connection, userVersion);
            }
            return connection;
        } catch (SQLException e) {
            throw new InventoryFileException(file, "cannot be opened (" + e.getMessage() + ")", e);
        }
    }

    /** Creates the schema in a new file, which must not exist yet or be empty. */
    static Connection create(Path file) throws InventoryFileException {
        try {
            if (Files.exists(file) && Files.size(file) > 0) {
                throw new InventoryFileException(file, "already exists");
            }
        } catch (IOException e) {
            throw new InventoryFileException(file, "cannot be read (" + e.getMessage() + ")", e);
        }
        try {
            Connection connection = connect(file, false);
            migrate(connection, 0);
            return connection;
        } catch (SQLException e) {
            throw new InventoryFileException(file, "cannot be created (" + e.getMessage() + ")", e);
        }
    }

    private static void requireSqliteHeader(Path file) throws InventoryFileException {
        byte[] header = new byte[SQLITE_MAGIC.length];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(header, 0, header.length);
        } catch (IOException e) {
            throw new InventoryFileException(file, "cannot be read (" + e.getMessage() + ")", e);
        }
        if (read == 0) {
            throw new InventoryFileException(file, "is empty, not a Privacy Inventory file");
        }
        if (read < header.length || !Arrays.equals(header, SQLITE_MAGIC)) {
            throw new InventoryFileException(file, "is not a Privacy Inventory file (not an SQLite database)");
        }
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

    private static void migrate(Connection connection, int fromVersion) throws SQLException {
        execute(connection, "BEGIN IMMEDIATE");
        try {
            for (int version = fromVersion + 1; version <= SCHEMA_VERSION; version++) {
                for (String statement : migrationStatements(version)) {
                    execute(connection, statement);
                }
            }
            execute(connection, "PRAGMA application_id = " + APPLICATION_ID);
            execute(connection, "PRAGMA user_version = " + SCHEMA_VERSION);
            execute(connection, "COMMIT");
        } catch (SQLException | RuntimeException e) {
            execute(connection, "ROLLBACK");
            throw e;
        }
    }

    /**
     * The statements of one migration script. The driver runs only the first statement of a
     * multi-statement string, so scripts separate statements by a line holding only ';'.
     */
    static List<String> migrationStatements(int version) {
        String name = "V" + version + (version == 1 ? "__initial" : "") + ".sql";
        String script;
        try (InputStream in = Database.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("migration script missing: " + name);
            }
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("migration script unreadable: " + name, e);
        }
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n")) {
            if (line.strip().equals(";")) {
                if (!current.toString().isBlank()) {
                    statements.add(current.toString().strip());
                }
                current.setLength(0);
            } else if (!line.strip().startsWith("--")) {
                current.append(line).append('\n');
            }
        }
        if (!current.toString().isBlank()) {
            throw new IllegalStateException(name + " ends without ';'");
        }
        return statements;
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
}
