package io.privacyinventory.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.privacyinventory.RandomInventory;
import io.privacyinventory.TestInventories;
import io.privacyinventory.model.Inventory;
import io.privacyinventory.store.InventoryStore;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files SQLite would read as part of an inventory without being asked: a write-ahead log copied
 * beside it from another database, and a rollback journal of another database. Reading commands
 * refuse the file with one line naming it and the stray file (exit 2) and change no byte of
 * either; a journal that is the file's own is still played back (see also CrashSafetyTest).
 */
class StrayJournalCommandTest {
    private static final byte[] JOURNAL_MAGIC = {
        (byte) 0xd9, (byte) 0xd5, 0x05, (byte) 0xf9, 0x20, (byte) 0xa1, 0x63, (byte) 0xd7
    };
    private static final int SECTOR = 512;

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void aWriteAheadLogFromAnotherFileIsNeverRead() throws Exception {
        Path file = inventory("inv.db", TestInventories.read(TestInventories.CLINIC_GROUP));
        Path other = folder.resolve("other.db");
        Path wal = folder.resolve("other.db-wal");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + other);
                Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA journal_mode = WAL");
            statement.execute("PRAGMA wal_autocheckpoint = 0");
            statement.execute("CREATE TABLE secrets (body TEXT)");
            statement.execute("INSERT INTO secrets VALUES ('another file''s text')");
            // copied while the log is live: closing the last connection folds it back into its file
            Files.copy(wal, folder.resolve("inv.db-wal"));
        }
        assertRefusedUnchanged(file, folder.resolve("inv.db-wal"), "has a write-ahead file beside it (inv.db-wal)");
    }

    @Test
    void aSharedMemoryIndexBesideTheFileIsRefusedToo() throws Exception {
        Path file = inventory("inv.db", TestInventories.read(TestInventories.CLINIC_GROUP));
        Path shm = Files.write(folder.resolve("inv.db-shm"), new byte[32768]);

        assertRefusedUnchanged(file, shm, "has a write-ahead file beside it (inv.db-shm)");
    }

    @Test
    void aHotJournalOfAnotherInventoryIsNotPlayedBack() throws Exception {
        Path file = inventory("inv.db", TestInventories.read(TestInventories.CLINIC_GROUP));
        Path other = inventory("other.db", RandomInventory.generate(new Random(3), 40));
        Path journal = Files.write(folder.resolve("inv.db-journal"), journalOf(other, 1, 2, 3));

        assertRefusedUnchanged(file, journal, "has a journal beside it (inv.db-journal) that is not this file's");
    }

    @Test
    void aJournalOfAnotherPageSizeIsNotPlayedBack() throws Exception {
        Path file = inventory("inv.db", TestInventories.read(TestInventories.CLINIC_GROUP));
        byte[] journal = journalOf(file, 1);
        ByteBuffer.wrap(journal).putInt(24, 1024);
        Path stray = Files.write(folder.resolve("inv.db-journal"), journal);

        assertRefusedUnchanged(file, stray, "its page size (1024) is not the file's (4096)");
    }

    @Test
    void theFilesOwnJournalIsStillPlayedBack() throws Exception {
        Inventory inventory = TestInventories.read(TestInventories.CLINIC_GROUP);
        Path file = inventory("inv.db", inventory);
        // the file's own pages as they are: what a change stopped before it reached the file leaves
        Files.write(folder.resolve("inv.db-journal"), journalOf(file, 1, 2));

        assertThat(run("export", "json", file.toString()))
                .as(err.toString(StandardCharsets.UTF_8))
                .isZero();
        assertThat(folder.resolve("inv.db-journal")).doesNotExist();
        try (InventoryStore store = InventoryStore.openReadOnly(file)) {
            assertThat(store.load()).isEqualTo(inventory);
        }
    }

    private Path inventory(String name, Inventory inventory) throws Exception {
        Path file = folder.resolve(name);
        InventoryStore.create(file, inventory).close();
        return file;
    }

    private void assertRefusedUnchanged(Path file, Path stray, String reason) throws Exception {
        byte[] fileBefore = Files.readAllBytes(file);
        byte[] strayBefore = Files.readAllBytes(stray);
        for (String[] command : new String[][] {
            {"export", "json", file.toString()}, {"check", file.toString()}, {"history", file.toString(), "--verify"}
        }) {
            int exit = run(command);
            String stderr = err.toString(StandardCharsets.UTF_8);
            assertThat(exit).as(String.join(" ", command) + ": " + stderr).isEqualTo(2);
            assertThat(stderr)
                    .startsWith("error: " + file + ": ")
                    .contains(reason)
                    .hasLineCount(1);
            assertThat(out.size()).isZero();
        }
        assertThat(Files.readAllBytes(file)).as("the inventory's bytes").isEqualTo(fileBefore);
        assertThat(Files.readAllBytes(stray)).as("the stray file's bytes").isEqualTo(strayBefore);
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        return new Cli(
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(args);
    }

    /**
     * A rollback journal as SQLite writes it (header, then page records with their checksums),
     * holding the given pages of {@code database} as they are now.
     */
    static byte[] journalOf(Path database, int... pages) throws Exception {
        byte[] bytes = Files.readAllBytes(database);
        int pageSize = ((bytes[16] & 0xFF) << 8) | (bytes[17] & 0xFF);
        int nonce = 0x5EED1234;
        ByteBuffer journal = ByteBuffer.allocate(SECTOR + pages.length * (pageSize + 8));
        journal.put(JOURNAL_MAGIC)
                .putInt(pages.length)
                .putInt(nonce)
                .putInt(bytes.length / pageSize)
                .putInt(SECTOR)
                .putInt(pageSize);
        journal.position(SECTOR);
        for (int page : pages) {
            byte[] content = Arrays.copyOfRange(bytes, (page - 1) * pageSize, page * pageSize);
            int checksum = nonce;
            for (int i = pageSize - 200; i > 0; i -= 200) {
                checksum += content[i] & 0xFF;
            }
            journal.putInt(page).put(content).putInt(checksum);
        }
        return journal.array();
    }
}
