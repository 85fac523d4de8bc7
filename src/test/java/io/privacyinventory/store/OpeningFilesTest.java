package io.privacyinventory.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.privacyinventory.TestInventories;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that are not inventories are refused with a clear reason and are never written to. */
class OpeningFilesTest {
    @TempDir
    Path folder;

    @Test
    void sqliteDatabaseOfAnotherApplicationIsRefusedUntouched() throws Exception {
        Path other = folder.resolve("other.db");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + other);
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)");
            statement.execute("INSERT INTO notes (body) VALUES ('hello')");
        }

        assertRefusedUnchanged(other, "is an SQLite database of another application, not a Privacy Inventory file");
    }

    @Test
    void textFileIsRefusedUntouched() throws Exception {
        Path text = folder.resolve("notes.db");
        Files.writeString(text, "just some text that is long enough to be read", StandardCharsets.UTF_8);

        assertRefusedUnchanged(text, "is not a Privacy Inventory file (not an SQLite database)");
    }

    @Test
    void emptyFileIsRefusedUntouched() throws Exception {
        Path empty = Files.createFile(folder.resolve("empty.db"));

        assertRefusedUnchanged(empty, "is empty, not a Privacy Inventory file");
    }

    @Test
    void missingFileIsNamed() {
        Path missing = folder.resolve("missing.db");

        assertThatThrownBy(() -> InventoryStore.open(missing)).hasMessage(missing + ": no such file");
        assertThat(missing).doesNotExist();
    }

    @Test
    void fileFromANewerVersionIsRefusedUntouched() throws Exception {
        Path newer = inventoryFile("newer.db");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + newer);
                Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA user_version = " + (Database.SCHEMA_VERSION + 1));
        }

        assertRefusedUnchanged(newer, "was made by a newer version of Privacy Inventory");
    }

    @Test
    void damagedFileIsRefusedUntouched() throws Exception {
        Path damaged = inventoryFile("damaged.db");
        byte[] bytes = Files.readAllBytes(damaged);
        for (int i = 4096; i < bytes.length; i += 7) {
            bytes[i] = (byte) (bytes[i] ^ 0x5A);
        }
        Files.write(damaged, bytes);

        assertRefusedUnchanged(damaged, "is damaged");
    }

    @Test
    void truncatedFileIsRefusedUntouched() throws Exception {
        Path truncated = inventoryFile("truncated.db");
        byte[] bytes = Files.readAllBytes(truncated);
        Files.write(truncated, java.util.Arrays.copyOf(bytes, bytes.length / 2));

        assertRefusedUnchanged(truncated, "is damaged");
    }

    @Test
    void jsonDocumentRenamedToDbIsRefusedUntouched() throws Exception {
        Path renamed = folder.resolve("inventory.db");
        Files.copy(TestInventories.CLINIC_GROUP, renamed);

        assertRefusedUnchanged(renamed, "is not a Privacy Inventory file (not an SQLite database)");
    }

    @Test
    void fileCutOffInsideItsHeaderIsRefusedUntouched() throws Exception {
        Path cut = inventoryFile("cut.db");
        Files.write(cut, java.util.Arrays.copyOf(Files.readAllBytes(cut), 60));

        assertRefusedUnchanged(cut, "is damaged (cut off inside its header)");
    }

    @Test
    void databaseOfAnotherApplicationInWalModeGetsNoLogFiles() throws Exception {
        Path other = folder.resolve("other.db");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + other);
                Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA journal_mode = WAL");
            statement.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)");
            statement.execute("INSERT INTO notes (body) VALUES ('hello')");
        }

        assertRefusedUnchanged(other, "is an SQLite database of another application, not a Privacy Inventory file");
    }

    @Test
    void inventorySwitchedToWriteAheadLoggingIsRefusedUntouched() throws Exception {
        Path switched = inventoryFile("switched.db");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + switched);
                Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA journal_mode = WAL");
        }

        assertRefusedUnchanged(switched, "was switched to write-ahead logging by another program");
    }

    @Test
    void readingAFileLeftInTheMiddleOfAChangeGivesTheLastSavedState() throws Exception {
        Path file = inventoryFile("crashed.db");
        try (io.privacyinventory.ChildJvm child =
                io.privacyinventory.ChildJvm.start(HaltMidChange.class, file.toString())) {
            child.awaitLine("halting", 60);
            child.waitFor(60);
        }
        Path journal = Database.journalOf(file);
        assertThat(journal).exists();

        try (InventoryStore store = InventoryStore.openReadOnly(file)) {
            assertThat(store.load()).isEqualTo(TestInventories.read(TestInventories.CLINIC_GROUP));
        }

        assertThat(journal).doesNotExist();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = connection.createStatement();
                java.sql.ResultSet rows = statement.executeQuery("PRAGMA integrity_check")) {
            rows.next();
            assertThat(rows.getString(1)).isEqualTo("ok");
        }
    }

    @Test
    void migrationFromAnEmptyFileCreatesTheCurrentSchema() throws Exception {
        Path fresh = Files.createFile(folder.resolve("fresh.db"));

        try (Connection connection = Database.create(fresh, Migration.bundled())) {
            assertThat(Database.pragmaInt(connection, "user_version")).isEqualTo(Database.SCHEMA_VERSION);
            assertThat(Migration.statements("V1__initial.sql"))
                    .isNotEmpty()
                    .allSatisfy(statement -> assertThat(statement).doesNotContain(";"));
        }
    }

    private Path inventoryFile(String name) throws Exception {
        Path file = folder.resolve(name);
        InventoryStore.create(file, TestInventories.read(TestInventories.CLINIC_GROUP))
                .close();
        return file;
    }

    /** Refused for reading and writing, the bytes as they were, and nothing new beside the file. */
    private void assertRefusedUnchanged(Path file, String reason) throws Exception {
        byte[] before = Files.readAllBytes(file);
        java.util.List<Path> filesBefore = listing();

        assertThatThrownBy(() -> InventoryStore.open(file))
                .isInstanceOf(InventoryFileException.class)
                .hasMessageStartingWith(file + ": " + reason);
        assertThatThrownBy(() -> InventoryStore.openReadOnly(file))
                .isInstanceOf(InventoryFileException.class)
                .hasMessageStartingWith(file + ": " + reason);

        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(listing()).isEqualTo(filesBefore);
    }

    private java.util.List<Path> listing() throws Exception {
        try (java.util.stream.Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }
}
