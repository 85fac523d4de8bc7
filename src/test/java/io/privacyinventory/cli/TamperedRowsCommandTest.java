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
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Rows changed behind the app's back with another SQLite program: every reading command refuses
 * the file with one line naming the file, the item, its table and the field (exit 2), writes no
 * output file the app's own import would refuse, and leaves the database's bytes as they were.
 */
class TamperedRowsCommandTest {
    enum Tampering {
        COUNTRY(
                "UPDATE recipient SET country = 'XX' WHERE code = 'nordhost'",
                "recipient \"nordhost\" (table recipient), country: \"XX\" is not an ISO 3166-1 alpha-2 country code"),
        LANGUAGE(
                "UPDATE data_subject SET name = '{\"de\":\"Patienten\"}' WHERE code = 'patients'",
                "data subject \"patients\" (table data_subject), name.de: language \"de\" is not one of the "
                        + "inventory's languages en"),
        ID(
                "UPDATE purpose SET code = 'Bad Id!' WHERE position = 0",
                "purpose \"Bad Id!\" (table purpose), id: \"Bad Id!\" is not a valid id"),
        PERIOD(
                "UPDATE retention_rule SET period = 'forever' WHERE id = (SELECT MIN(id) FROM retention_rule)",
                "(table activity), retention[0].period: \"forever\" is not an ISO-8601 period"),
        DATE(
                "UPDATE activity SET review_due = '2025-02-30' WHERE code = 'patient-care'",
                "activity \"patient-care\" (table activity), review_due: \"2025-02-30\" is not a date"),
        ENUM(
                "UPDATE activity SET status = 'shelved' WHERE code = 'patient-care'",
                "activity \"patient-care\" (table activity), status: unknown value \"shelved\" (expected one of: "
                        + "draft, in-review, approved, retired)"),
        PURPOSE_ENUM(
                "UPDATE activity_purpose SET legal_basis = 'whim' WHERE activity_id = "
                        + "(SELECT id FROM activity WHERE code = 'patient-care') AND position = 0",
                "activity \"patient-care\" (table activity_purpose), legal_basis: unknown value \"whim\"");

        final String sql;
        final String message;

        Tampering(String sql, String message) {
            this.sql = sql;
            this.message = message;
        }
    }

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @ParameterizedTest
    @EnumSource(Tampering.class)
    void readingCommandsRefuseTheFileNamingItemTableAndField(Tampering tampering) throws Exception {
        Path file = folder.resolve("inv.db");
        InventoryStore.create(file, TestInventories.read(TestInventories.CLINIC_GROUP))
                .close();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = connection.createStatement()) {
            // what the schema's checks would stop; another program can switch them off
            statement.execute("PRAGMA ignore_check_constraints = ON");
            assertThat(statement.executeUpdate(tampering.sql)).isEqualTo(1);
        }
        byte[] before = Files.readAllBytes(file);

        for (String[] command : new String[][] {
            {"export", "json", file.toString(), "-o", folder.resolve("out.json").toString()},
            {"export", "csv", file.toString(), "-o", folder.resolve("out.csv").toString()},
            {"export", "json", file.toString()},
            {"check", file.toString()}
        }) {
            out.reset();
            err.reset();
            int exit = new Cli(
                            new PrintStream(out, true, StandardCharsets.UTF_8),
                            new PrintStream(err, true, StandardCharsets.UTF_8))
                    .run(command);
            String stderr = err.toString(StandardCharsets.UTF_8);
            assertThat(exit).as(String.join(" ", command) + ": " + stderr).isEqualTo(2);
            assertThat(stderr)
                    .startsWith("error: " + file + ": ")
                    .contains(tampering.message)
                    .hasLineCount(1)
                    .doesNotContain("internal error");
            assertThat(out.size()).as("nothing on standard output").isZero();
        }
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(path -> path.getFileName().toString())).containsOnly("inv.db");
        }
    }
}
