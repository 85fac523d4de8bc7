package io.privacyinventory.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.privacyinventory.TestInventories;
import io.privacyinventory.store.InventoryStore;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every command refuses every kind of file that is not an inventory it can use, with one line
 * naming the file and the reason, and leaves the file's bytes and its folder exactly as they were.
 */
class ForeignFilesCommandTest {
    @TempDir
    Path folder;

    @TempDir
    Path inputs;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private Path csv;

    /** The kinds of foreign file, each with how to make one and the reason it is refused for. */
    enum Foreign {
        JSON_RENAMED("is not a Privacy Inventory file (not an SQLite database)"),
        TEXT("is not a Privacy Inventory file (not an SQLite database)"),
        EMPTY("is empty, not a Privacy Inventory file"),
        CUT_IN_HEADER("is damaged (cut off inside its header)"),
        TRUNCATED("is damaged"),
        DAMAGED_PAGES("is damaged"),
        NEWER_VERSION("was made by a newer version of Privacy Inventory"),
        OTHER_APPLICATION("is an SQLite database of another application, not a Privacy Inventory file"),
        OTHER_APPLICATION_WAL("is an SQLite database of another application, not a Privacy Inventory file"),
        SWITCHED_TO_WAL("was switched to write-ahead logging by another program");

        final String reason;

        Foreign(String reason) {
            this.reason = reason;
        }
    }

    @BeforeEach
    void writeCsv() throws Exception {
        csv = inputs.resolve("activities.csv");
        assertThat(run("export", "csv", TestInventories.CLINIC_GROUP.toString(), "-o", csv.toString()))
                .isZero();
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        return new Cli(
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(args);
    }

    private Path make(Foreign kind) throws Exception {
        Path file = folder.resolve("inventory.db");
        switch (kind) {
            case JSON_RENAMED -> Files.copy(TestInventories.CLINIC_GROUP, file);
            case TEXT -> Files.writeString(file, "Behandlingsprotokoll\nEn tekstfil, ikke en database\n");
            case EMPTY -> Files.createFile(file);
            case CUT_IN_HEADER -> Files.write(file, Arrays.copyOf(inventoryBytes(), 60));
            case TRUNCATED -> {
                byte[] bytes = inventoryBytes();
                Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));
            }
            case DAMAGED_PAGES -> {
                byte[] bytes = inventoryBytes();
                for (int i = 4096; i < bytes.length; i += 7) {
                    bytes[i] = (byte) (bytes[i] ^ 0x5A);
                }
                Files.write(file, bytes);
            }
            case NEWER_VERSION -> {
                Files.write(file, inventoryBytes());
                sql(file, "PRAGMA user_version = 99");
            }
            case OTHER_APPLICATION -> sql(file, "CREATE TABLE notes (body TEXT)", "INSERT INTO notes VALUES ('x')");
            case OTHER_APPLICATION_WAL ->
                sql(
                        file,
                        "PRAGMA journal_mode = WAL",
                        "CREATE TABLE notes (body TEXT)",
                        "INSERT INTO notes VALUES ('x')");
            case SWITCHED_TO_WAL -> {
                Files.write(file, inventoryBytes());
                sql(file, "PRAGMA journal_mode = WAL");
            }
        }
        return file;
    }

    /** A real inventory file, made elsewhere so that no lock sidecar of it is in the folder. */
    private byte[] inventoryBytes() throws Exception {
        Path made = inputs.resolve("made-" + System.nanoTime() + ".db");
        InventoryStore.create(made, TestInventories.read(TestInventories.CLINIC_GROUP))
                .close();
        return Files.readAllBytes(made);
    }

    private static void sql(Path file, String... statements) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private List<String[]> commands(Path file) {
        String db = file.toString();
        List<String[]> commands = new ArrayList<>(List.of(
                new String[] {"import", TestInventories.CLINIC_GROUP.toString(), "--db", db, "--replace"},
                new String[] {"import", csv.toString(), "--db", db, "--replace"},
                new String[] {"import", csv.toString(), "--db", db, "--dry-run"},
                new String[] {"export", "json", db},
                new String[] {
                    "export", "csv", db, "-o", inputs.resolve("out.csv").toString()
                },
                new String[] {"export", "notice", db},
                new String[] {"check", db},
                new String[] {"history", db},
                new String[] {"history", db, "--verify"},
                new String[] {"diff", db, TestInventories.CLINIC_GROUP.toString()},
                new String[] {"diff", TestInventories.CLINIC_GROUP.toString(), db}));
        return commands;
    }

    @ParameterizedTest
    @EnumSource(Foreign.class)
    void everyCommandRefusesTheFileAndLeavesItAsItWas(Foreign kind) throws Exception {
        Path file = make(kind);
        byte[] before = Files.readAllBytes(file);
        List<Path> listing = listing();

        for (String[] command : commands(file)) {
            if (kind == Foreign.EMPTY && command[0].equals("import")) {
                continue;
            }
            String what = String.join(" ", command);

            assertThat(run(command)).as(what).isEqualTo(2);

            assertThat(err.toString(StandardCharsets.UTF_8))
                    .as(what)
                    .startsWith("error: " + file + ": " + kind.reason)
                    .hasLineCount(1)
                    .doesNotContain("Exception");
            assertThat(out.toString(StandardCharsets.UTF_8)).as(what).isEmpty();
            assertThat(Files.readAllBytes(file)).as(what).isEqualTo(before);
            assertThat(listing()).as(what).isEqualTo(listing);
            assertThat(inputs.resolve("out.csv")).as(what).doesNotExist();
        }
    }

    @Test
    void onlyAnEmptyOrMissingFileBecomesANewInventory() throws Exception {
        Path empty = make(Foreign.EMPTY);
        assertThat(run("import", csv.toString(), "--db", empty.toString())).isZero();
        assertThat(run("export", "json", empty.toString())).isZero();

        Path missing = folder.resolve("missing.db");
        assertThat(run("import", TestInventories.CLINIC_GROUP.toString(), "--db", missing.toString()))
                .isZero();
        assertThat(run("export", "json", missing.toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(Files.readString(TestInventories.CLINIC_GROUP));
    }

    private List<Path> listing() throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }
}
