package io.privacyinventory.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.privacyinventory.TestInventories;
import io.privacyinventory.exchange.InventoryFormatException;
import io.privacyinventory.exchange.InventoryJsonReader;
import io.privacyinventory.exchange.InventoryJsonWriter;
import io.privacyinventory.generate.InventoryGenerator;
import io.privacyinventory.model.Inventory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Import of a document into a new file writes rows while the document is still being read
 * (decision 0020): the file must hold exactly what making it from the inventory read gives, and a
 * document found bad only after many rows were written must leave no file and report the error
 * the reader reports.
 */
class DocumentImportTest {
    /** Activities written at a time: several batches, so that rows are written before the document's end. */
    private static final int PER_FLUSH = 64;

    private static final int ACTIVITIES = 300;

    private static final Instant TIME = Instant.parse("2026-12-01T10:00:00.125Z");

    private static Inventory generated;
    private static String document;

    @TempDir
    Path folder;

    @BeforeAll
    static void generate() {
        generated = InventoryGenerator.generate(ACTIVITIES, 3);
        document = new String(InventoryJsonWriter.toBytes(generated), StandardCharsets.UTF_8);
    }

    @Test
    void theNewFileHoldsTheSameRowsAndChangeLogAsMakingItFromTheInventoryRead() throws Exception {
        Path json = write("inventory.json", document);
        Path imported = folder.resolve("imported.db");
        Path made = folder.resolve("made.db");

        Inventory inventory = DocumentImport.build(json, imported, new ClockedStores.SettableClock(TIME), PER_FLUSH);
        InventoryStore.create(made, InventoryJsonReader.read(json), new ClockedStores.SettableClock(TIME))
                .close();

        assertThat(inventory).isEqualTo(generated);
        assertSameFile(imported, made);
        try (InventoryStore store = InventoryStore.openReadOnly(imported)) {
            assertThat(store.load()).isEqualTo(generated);
            assertThat(store.verifyHistory().intact()).isTrue();
        }
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + imported);
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT typeof(after) FROM change_log")) {
            assertThat(row.next()).isTrue();
            assertThat(row.getString(1)).isEqualTo("text");
        }
    }

    /**
     * The change log's first row handed to the writer before any row (it takes it between its batches) or
     * only after the rows are committed (it waits for it, and copies it in before the change log's
     * indexes, decision 0033): either way the file is the same as one made from the inventory, its indexes
     * in the same order, and its history verifies.
     */
    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void theFirstChangeLogRowHandedOverEarlyOrLateGivesTheSameFile(boolean early) throws Exception {
        Path json = write("inventory.json", document);
        Path imported = folder.resolve("imported.db");
        Path made = folder.resolve("made.db");
        Inventory read = InventoryJsonReader.read(json);

        writeStreamed(imported, read, read, early);
        InventoryStore.create(made, read, new ClockedStores.SettableClock(TIME)).close();

        assertSameFile(imported, made);
        try (InventoryStore store = InventoryStore.openReadOnly(imported)) {
            assertThat(store.verifyHistory().intact()).isTrue();
        }
    }

    /**
     * Items that are not those of the inventory the reading returns (here equal ones, but not the same
     * objects) are rolled back with the first change-log row the writer had inserted among them, and the
     * whole inventory is written anew: the first row goes in again, once.
     */
    @Test
    void rowsWrittenAnewAfterTheFirstChangeLogRowWentInHoldItOnce() throws Exception {
        Path json = write("inventory.json", document);
        Path imported = folder.resolve("imported.db");
        Path made = folder.resolve("made.db");
        Inventory streamed = InventoryJsonReader.read(json);
        Inventory returned = InventoryJsonReader.read(json);

        writeStreamed(imported, streamed, returned, true);
        InventoryStore.create(made, returned, new ClockedStores.SettableClock(TIME))
                .close();

        assertSameFile(imported, made);
    }

    /**
     * The references are checked on a connection of their own while the writer makes the indexes
     * (decision 0030). A reference to a missing row, which no import writes (put in here just before the
     * rows are committed), fails the import with the table and row named, and the writer's connection is
     * closed with its indexes' transaction rolled back: the file is left for the caller to remove.
     */
    @Test
    void aBrokenReferenceFoundBesideTheIndexesFailsTheImport() throws Exception {
        Path json = write("inventory.json", document);
        Path imported = folder.resolve("imported.db");
        Inventory read = InventoryJsonReader.read(json);
        StreamedRows rows = streamedRows(imported);
        rows.beforeRowsCommitted(connection -> Database.execute(
                connection,
                "INSERT INTO activity_data_subject (activity_id, data_subject_id, position)"
                        + " SELECT id, 999999, 99 FROM activity LIMIT 1"));
        try (FirstRowCopy firstRow = firstRowCopy(rows, read)) {
            rows.firstRow(firstRow);
            feed(rows, read, read);

            assertThatThrownBy(rows::connection)
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("broken reference in table activity_data_subject")
                    .hasMessageContaining("missing row of data_subject");
        }
        try (Connection reader = Database.connectToRead(imported);
                Statement statement = reader.createStatement();
                ResultSet indexes = statement.executeQuery(
                        "SELECT count(*) FROM sqlite_schema WHERE name = 'activity_data_subject_target'")) {
            indexes.next();
            assertThat(indexes.getInt(1))
                    .as("the indexes' transaction rolled back")
                    .isZero();
        }
        Files.delete(imported);
    }

    /**
     * The reading thread fails after the rows are committed, before it hands over the first row (making it
     * ran out of memory, say): the writer, which waits for the row, stops, rolls back the indexes'
     * transaction and closes the file, and the abandon returns.
     */
    @Test
    void anImportAbandonedWhileTheWriterWaitsForTheFirstRowEnds() throws Exception {
        Path json = write("inventory.json", document);
        Path imported = folder.resolve("imported.db");
        Inventory read = InventoryJsonReader.read(json);
        StreamedRows rows = streamedRows(imported);
        CountDownLatch rowsCommitting = new CountDownLatch(1);
        rows.beforeRowsCommitted(connection -> rowsCommitting.countDown());
        feed(rows, read, read);
        assertThat(rowsCommitting.await(60, TimeUnit.SECONDS))
                .as("the rows committed")
                .isTrue();

        RuntimeException reason = new RuntimeException("the first row could not be made");
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> rows.abandon(reason));

        assertThat(reason.getSuppressed()).isEmpty();
        // the writer and the check have ended, and nothing holds the file: a new connection may write it
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread.getName().equals("import writer") || thread.getName().equals("import check")) {
                thread.join(10_000);
                assertThat(thread.isAlive()).as(thread.getName()).isFalse();
            }
        }
        try (Connection writer = DriverManager.getConnection("jdbc:sqlite:" + imported);
                Statement statement = writer.createStatement()) {
            statement.execute("BEGIN EXCLUSIVE");
            try (ResultSet logged = statement.executeQuery("SELECT count(*) FROM change_log")) {
                logged.next();
                assertThat(logged.getInt(1)).as("no first row committed").isZero();
            }
            statement.execute("ROLLBACK");
        }
        Files.delete(imported);
    }

    /**
     * A new file written from an inventory in memory (a CSV import, {@code generate}, a new or default
     * inventory, decision 0033) is the file {@link InventoryStore#create} makes from it: a generated one, a
     * new empty one, and one with only an organisation's name.
     */
    @Test
    void aNewFileWrittenFromAnInventoryIsTheFileCreateMakes() throws Exception {
        List<Inventory> inventories =
                List.of(generated, Inventory.empty("nb", ""), Inventory.empty("en", "Example Ltd"));
        for (int i = 0; i < inventories.size(); i++) {
            Path written = folder.resolve("written-" + i + ".db");
            Path made = folder.resolve("made-" + i + ".db");

            DocumentImport.write(inventories.get(i), written, new ClockedStores.SettableClock(TIME));
            InventoryStore.create(made, inventories.get(i), new ClockedStores.SettableClock(TIME))
                    .close();

            assertSameFile(written, made);
        }
    }

    /** The same tables, rows and schema as {@code made}, and a file the app opens as any inventory. */
    private static void assertSameFile(Path imported, Path made) throws Exception {
        assertThat(tables(imported)).isEqualTo(tables(made));
        assertThat(schema(imported)).isEqualTo(schema(made));
        assertIsAnOrdinaryInventoryFile(imported);
    }

    /**
     * Feeds {@code streamed}'s items to a writer as the reading does, ends it with {@code returned}, and
     * commits with the first change-log row of {@code returned} handed to the writer before the first item
     * ({@code early}) or only once the writer has committed the rows.
     */
    private static void writeStreamed(Path file, Inventory streamed, Inventory returned, boolean early)
            throws Exception {
        StreamedRows rows = streamedRows(file);
        CountDownLatch rowsCommitting = new CountDownLatch(1);
        rows.beforeRowsCommitted(connection -> rowsCommitting.countDown());
        try (FirstRowCopy firstRow = firstRowCopy(rows, returned)) {
            if (early) {
                rows.firstRow(firstRow);
            }
            feed(rows, streamed, returned);
            if (!early) {
                assertThat(rowsCommitting.await(60, TimeUnit.SECONDS))
                        .as("the rows committed")
                        .isTrue();
                rows.firstRow(firstRow);
            }
            try (Connection connection = rows.connection()) {
                Database.execute(connection, "COMMIT");
            }
        }
    }

    /** A writer for a new file at {@code file}, its activities' rows in batches of {@link #PER_FLUSH}. */
    private static StreamedRows streamedRows(Path file) {
        return new StreamedRows(file, PER_FLUSH, InventoryStore.WHOLE_INVENTORY_CACHE_SIZE);
    }

    /** The change log's first row of {@code inventory}, stamped at {@link #TIME}, made for {@code rows}' file. */
    private static FirstRowCopy firstRowCopy(StreamedRows rows, Inventory inventory) throws SQLException {
        Instant time = ChangeLog.stamp(new ClockedStores.SettableClock(TIME));
        return FirstRowCopy.of(rows.changeLogTable(), ChangeLog.firstRow(time, ChangeLog.currentUser(), inventory));
    }

    /** Gives {@code rows} every list of {@code streamed} as the reading does, and ends it with {@code returned}. */
    private static void feed(StreamedRows rows, Inventory streamed, Inventory returned) {
        rows.feed(streamed);
        rows.end(returned);
    }

    /** Parts of the document after the lists that need them: the organisation, or a catalogue the activities name. */
    @ParameterizedTest
    @ValueSource(strings = {"organisation", "purposes", "dataCategories"})
    void aDocumentWithAPartAfterTheListsThatNeedItImportsTheSameRows(String last) throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = (ObjectNode) mapper.readTree(document);
        ObjectNode reordered = mapper.createObjectNode();
        root.fields().forEachRemaining(field -> {
            if (!field.getKey().equals(last)) {
                reordered.set(field.getKey(), field.getValue());
            }
        });
        reordered.set(last, root.get(last));
        Path json = write("reordered.json", mapper.writeValueAsString(reordered));
        Path imported = folder.resolve("imported.db");
        Path made = folder.resolve("made.db");

        DocumentImport.build(json, imported, new ClockedStores.SettableClock(TIME), PER_FLUSH);
        InventoryStore.create(made, generated, new ClockedStores.SettableClock(TIME))
                .close();

        assertSameFile(imported, made);
    }

    @Test
    void aReferenceToAnUnknownIdInTheLastActivityLeavesNoFileAndIsReportedAsTheReaderReportsIt() throws Exception {
        int at = document.lastIndexOf("\"dataCategories\": [");
        int quote = document.indexOf('"', at + "\"dataCategories\": [".length());
        String changed = document.substring(0, quote + 1) + "no-such-category"
                + document.substring(document.indexOf('"', quote + 1));
        assertRefusedAsTheReaderRefuses(write("unknown-reference.json", changed));
    }

    @Test
    void aDuplicateIdInTheLastActivityLeavesNoFileAndIsReportedAsTheReaderReportsIt() throws Exception {
        String firstId = generated.activities().get(0).id();
        int at = document.lastIndexOf("\n      \"id\": \"") + "\n      \"id\": ".length();
        String changed = document.substring(0, at) + "\"" + firstId + "\""
                + document.substring(document.indexOf('"', at + 1) + 1);
        assertRefusedAsTheReaderRefuses(write("duplicate.json", changed));
    }

    /**
     * The fast reading keeps neither places nor paths (decision 0016 reads again to report): a
     * translation in a language the inventory does not have, which only the validator finds, is
     * still reported at its own line and column, with its path.
     */
    @Test
    void aTranslationInAnotherLanguageInTheLastActivityIsReportedAtItsPlaceAndLeavesNoFile() throws Exception {
        int name = document.lastIndexOf("\"name\": {");
        int at = document.indexOf("\"en\": ", name);
        String changed = document.substring(0, at) + "\"de\": " + document.substring(at + "\"en\": ".length());
        Path json = write("other-language.json", changed);

        // the place of the translation's value
        int value = at + "\"de\": ".length();
        assertRefusedAsTheReaderRefuses(json);
        assertThat(catchMessage(json))
                .startsWith(json + ":" + lineOf(changed, value) + ":" + columnOf(changed, value) + ": activities["
                        + (ACTIVITIES - 1) + "].name.de: ")
                .contains("language \"de\" is not one of the inventory's languages");
    }

    /** Half of a character pair, escaped in the last activity's name: found while the item is parsed. */
    @Test
    void halfACharacterPairInTheLastActivityIsReportedAtItsPlaceAndLeavesNoFile() throws Exception {
        int name = document.lastIndexOf("\"name\": {");
        int at = document.indexOf("\"en\": \"", name) + "\"en\": ".length();
        String changed = document.substring(0, at + 1) + "\\ud800" + document.substring(at + 1);
        Path json = write("lone-surrogate.json", changed);

        assertRefusedAsTheReaderRefuses(json);
        assertThat(catchMessage(json))
                .startsWith(json + ":" + lineOf(changed, at) + ":" + columnOf(changed, at) + ": ")
                .contains("half of a character pair");
    }

    private static int lineOf(String text, int at) {
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    private static int columnOf(String text, int at) {
        return at - text.lastIndexOf('\n', at - 1);
    }

    @Test
    void aDocumentCutShortLeavesNoFileAndIsReportedAsTheReaderReportsIt() throws Exception {
        assertRefusedAsTheReaderRefuses(write("cut.json", document.substring(0, document.length() - 500)));
    }

    @Test
    void anEmptyFileThatWasThereStaysEmptyWhenTheDocumentIsBad() throws Exception {
        Path json = write("cut.json", document.substring(0, document.length() - 500));
        Path target = Files.createFile(folder.resolve("empty.db"));

        assertThatThrownBy(() -> DocumentImport.intoNewFile(json, target))
                .isInstanceOf(InventoryFormatException.class)
                .hasMessageContaining("the document ends too early");

        assertThat(Files.size(target)).isZero();
        assertThat(filesIn(folder)).containsExactlyInAnyOrder("cut.json", "empty.db");
    }

    /**
     * A disk that fills while the rows go in (a large import, whose pages leave SQLite's cache before
     * the commit; here a small cache on a 1 MB disk): SQLite has rolled back already, and the error
     * must still say that the disk is full and leave nothing.
     */
    @Test
    void aDiskThatFillsWhileTheRowsGoInIsReportedAsFullAndLeavesNothing() throws Exception {
        Path json = write("inventory.json", document);
        Path disk = Files.createDirectory(folder.resolve("disk"));
        assumeTrue(
                new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", disk.toString())
                                .start()
                                .waitFor()
                        == 0,
                "mounting a tmpfs needs root");
        try {
            Path target = disk.resolve("new.db");

            assertThatThrownBy(() -> InventoryStore.createFile(
                            target,
                            false,
                            temporary -> DocumentImport.build(json, temporary, Clock.systemUTC(), PER_FLUSH, -64)))
                    .isInstanceOf(InventoryFileException.class)
                    .hasMessageContaining("the disk is full");

            assertThat(filesIn(disk)).isEmpty();
        } finally {
            new ProcessBuilder("umount", disk.toString()).start().waitFor();
        }
    }

    @Test
    void anInventoryAlreadyAtTheTargetIsNeverReplaced() throws Exception {
        Path json = write("inventory.json", document);
        Path target = folder.resolve("there.db");
        InventoryStore.create(target, TestInventories.read(TestInventories.PRODUCT_SERVICES))
                .close();
        byte[] before = Files.readAllBytes(target);

        assertThatThrownBy(() -> DocumentImport.intoNewFile(json, target)).isInstanceOf(InventoryExistsException.class);

        assertThat(Files.readAllBytes(target)).isEqualTo(before);
    }

    private void assertRefusedAsTheReaderRefuses(Path json) throws Exception {
        Path target = folder.resolve("new.db");
        String expected = catchMessage(json);

        assertThatThrownBy(() -> InventoryStore.createFile(
                        target,
                        false,
                        temporary -> DocumentImport.build(json, temporary, Clock.systemUTC(), PER_FLUSH)))
                .isInstanceOf(InventoryFileException.class)
                .cause()
                .isInstanceOf(InventoryFormatException.class)
                .hasMessage(expected);

        assertThat(target).doesNotExist();
        assertThat(filesIn(folder)).containsExactly(json.getFileName().toString());
    }

    private static String catchMessage(Path json) {
        try {
            InventoryJsonReader.read(json);
        } catch (InventoryFormatException e) {
            return e.getMessage();
        }
        throw new AssertionError(json + " was expected to be refused");
    }

    private Path write(String name, String text) throws Exception {
        return Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static List<String> filesIn(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).toList();
        }
    }

    /**
     * The schema as SQLite keeps it: the tables in their order, then the indexes in theirs (those of
     * the schema's statements, then those SQLite made for keys), each with its statement. (The rows are written into tables without their indexes, which are made after
     * the last row, so an index's entry may come later in {@code sqlite_schema} than in a file made
     * the other way; its name, table and statement must be the same, and so must the order of the
     * tables and the order of the indexes, which is what {@code .dump} shows.)
     */
    private static List<String> schema(Path file) throws Exception {
        List<String> schema = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = connection.createStatement()) {
            for (String type : List.of("table", "index", "trigger", "view")) {
                try (ResultSet rows =
                        statement.executeQuery("SELECT type, name, tbl_name, sql FROM sqlite_schema WHERE type = '"
                                + type + "' ORDER BY sql IS NULL, rowid")) {
                    while (rows.next()) {
                        schema.add(rows.getString(1) + " " + rows.getString(2) + " on " + rows.getString(3) + ": "
                                + rows.getString(4));
                    }
                }
            }
        }
        return schema;
    }

    /**
     * What every later connection relies on, though the rows were written with the journal in memory,
     * without waiting for the disk and with foreign keys not enforced: a rollback-journal file (not
     * write-ahead), whose references all hold and whose pages are whole.
     */
    private static void assertIsAnOrdinaryInventoryFile(Path file) throws Exception {
        byte[] header;
        try (var in = Files.newInputStream(file)) {
            header = in.readNBytes(100);
        }
        assertThat(header[18]).as("file format write version: rollback journal").isEqualTo((byte) 1);
        assertThat(header[19]).as("file format read version: rollback journal").isEqualTo((byte) 1);
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = connection.createStatement()) {
            try (ResultSet rows = statement.executeQuery("PRAGMA journal_mode")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("delete");
            }
            try (ResultSet rows = statement.executeQuery("PRAGMA foreign_key_check")) {
                assertThat(rows.next())
                        .as("a row whose reference does not hold")
                        .isFalse();
            }
            try (ResultSet rows = statement.executeQuery("PRAGMA integrity_check")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("ok");
            }
        }
        assertThat(Files.exists(Database.journalOf(file))).isFalse();
    }

    /** Every table's rows in rowid order, by table name. */
    private static Map<String, List<String>> tables(Path file) throws Exception {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = connection.createStatement()) {
            List<String> names = new ArrayList<>();
            try (ResultSet rows =
                    statement.executeQuery("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
            }
            for (String name : names) {
                List<String> content = new ArrayList<>();
                try (ResultSet rows = statement.executeQuery("SELECT rowid, * FROM " + name + " ORDER BY rowid")) {
                    ResultSetMetaData columns = rows.getMetaData();
                    while (rows.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= columns.getColumnCount(); i++) {
                            row.append(rows.getString(i)).append('|');
                        }
                        content.add(row.toString());
                    }
                }
                tables.put(name, content);
            }
        }
        return tables;
    }
}
