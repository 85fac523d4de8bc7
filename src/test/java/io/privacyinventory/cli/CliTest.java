package io.privacyinventory.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.privacyinventory.TestInventories;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        return new Cli(
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(args);
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private Path db() {
        return folder.resolve("inventory.db");
    }

    private static String sample(Path sample) {
        return sample.toString();
    }

    @Test
    void importThenExportGivesBackTheDocument() throws Exception {
        assertThat(run("import", sample(TestInventories.PRODUCT_SERVICES), "--db", db().toString()))
                .isZero();
        assertThat(stdout()).contains("Imported 4 activities").contains(db().toString());

        Path exported = folder.resolve("out.json");
        assertThat(run("export", "json", db().toString(), "-o", exported.toString()))
                .isZero();

        assertThat(Files.readString(exported)).isEqualTo(Files.readString(TestInventories.PRODUCT_SERVICES));
        assertThat(folder)
                .isDirectoryNotContaining(path -> path.getFileName().toString().endsWith(".tmp"));
    }

    @Test
    void exportWithoutOutputWritesToStandardOutput() throws Exception {
        assertThat(run("export", "json", sample(TestInventories.CLINIC_GROUP))).isZero();

        assertThat(stdout()).isEqualTo(Files.readString(TestInventories.CLINIC_GROUP));
    }

    @Test
    void badDocumentExitsTwoWithOneLineAndCreatesNoDatabase() throws Exception {
        Path bad = folder.resolve("bad.json");
        Files.writeString(
                bad,
                Files.readString(TestInventories.CLINIC_GROUP)
                        .replaceFirst("\"legalBasis\": \"contract\"", "\"legalBasis\": \"contracts\""));

        assertThat(run("import", bad.toString(), "--db", db().toString())).isEqualTo(2);

        assertThat(stderr())
                .startsWith("error: " + bad + ":")
                .contains(".legalBasis: unknown value \"contracts\"")
                .doesNotContain("Exception")
                .hasLineCount(1);
        assertThat(db()).doesNotExist();
        assertThat(Files.list(folder)).containsExactly(bad);
    }

    @Test
    void anErrorQuotingAValueWithALineBreakStaysOneLine() throws Exception {
        Path bad = folder.resolve("bad.json");
        Files.writeString(
                bad,
                Files.readString(TestInventories.CLINIC_GROUP)
                        .replaceFirst("\"id\": \"([a-z-]+)\"", "\"id\": \"$1\\\\r\\\\nsecond line\""));

        assertThat(run("import", bad.toString(), "--db", db().toString())).isEqualTo(2);

        assertThat(stderr()).hasLineCount(1).contains("\\r\\nsecond line\" is not a valid id");
    }

    @Test
    void importIntoAFilledDatabaseNeedsReplaceAndOtherwiseChangesNothing() throws Exception {
        run("import", sample(TestInventories.PRODUCT_SERVICES), "--db", db().toString());
        byte[] before = Files.readAllBytes(db());

        assertThat(run("import", sample(TestInventories.CLINIC_GROUP), "--db", db().toString()))
                .isEqualTo(2);
        assertThat(stderr()).contains("already holds an inventory").contains("--replace");
        assertThat(Files.readAllBytes(db())).isEqualTo(before);

        assertThat(run("import", sample(TestInventories.CLINIC_GROUP), "--db", db().toString(), "--replace"))
                .isZero();
        run("export", "json", db().toString());
        assertThat(stdout()).isEqualTo(Files.readString(TestInventories.CLINIC_GROUP));
        run("history", db().toString());
        assertThat(stdout().lines()).hasSize(2).first().asString().contains("replaced the inventory");
    }

    @Test
    void dryRunValidatesAndWritesNothing() {
        assertThat(run("import", sample(TestInventories.CLINIC_GROUP), "--db", db().toString(), "--dry-run"))
                .isZero();

        assertThat(stdout()).contains("valid, 9 activities").contains("nothing written");
        assertThat(db()).doesNotExist();
    }

    @Test
    void importingIntoAForeignFileFailsAndLeavesItAlone() throws Exception {
        Path foreign = folder.resolve("other.db");
        Files.writeString(foreign, "some other file format");

        assertThat(run("import", sample(TestInventories.CLINIC_GROUP), "--db", foreign.toString()))
                .isEqualTo(2);

        assertThat(stderr()).contains(foreign + ": is not a Privacy Inventory file");
        assertThat(Files.readString(foreign)).isEqualTo("some other file format");
    }

    @Test
    void exportToAnUnwritablePlaceFailsWithoutLeavingAFile() {
        Path target = folder.resolve("no-such-folder").resolve("out.json");

        assertThat(run("export", "json", sample(TestInventories.CLINIC_GROUP), "-o", target.toString()))
                .isEqualTo(2);

        assertThat(stderr()).startsWith("error: " + target).hasLineCount(1);
        assertThat(target.getParent()).doesNotExist();
    }

    @Test
    void historyIsNewestFirstAndLimited() throws Exception {
        run("import", sample(TestInventories.PRODUCT_SERVICES), "--db", db().toString());
        run("import", sample(TestInventories.CLINIC_GROUP), "--db", db().toString(), "--replace");

        assertThat(run("history", db().toString(), "--limit", "1")).isZero();

        assertThat(stdout().lines())
                .singleElement()
                .asString()
                .startsWith("#2\t")
                .contains("replaced the inventory");
    }

    @Test
    void historyVerifyReportsIntactAndBrokenChains() throws Exception {
        run("import", sample(TestInventories.PRODUCT_SERVICES), "--db", db().toString());
        run("import", sample(TestInventories.CLINIC_GROUP), "--db", db().toString(), "--replace");

        assertThat(run("history", db().toString(), "--verify")).isZero();
        assertThat(stdout()).contains("history intact (2 rows)");

        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + db());
                Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE change_log SET user = 'someone-else' WHERE seq = 1");
        }

        assertThat(run("history", db().toString(), "--verify")).isEqualTo(1);
        assertThat(stdout()).contains("history broken: row 1 does not match its hash");
    }

    @Test
    void csvWithHeadingsOfAnotherLayoutIsRefusedAtRowAndColumn() throws Exception {
        Path csv = Files.writeString(folder.resolve("activities.csv"), "id;name\r\n");

        assertThat(run("import", csv.toString(), "--db", db().toString())).isEqualTo(2);

        assertThat(stderr())
                .startsWith("error: " + csv + ":1:1: unknown column \"id\"")
                .hasLineCount(1);
        assertThat(db()).doesNotExist();
    }

    @Test
    void badUsageExitsTwo() {
        assertThat(run("import", sample(TestInventories.CLINIC_GROUP))).isEqualTo(2);
        assertThat(stderr()).contains("Missing required option: '--db=FILE.db'");
        assertThat(run("frobnicate")).isEqualTo(2);
    }

    @Test
    void helpAndVersionExitZero() {
        assertThat(run("--help")).isZero();
        assertThat(stdout()).contains("import").contains("export").contains("history");
        assertThat(run("import", "--help")).isZero();
        assertThat(stdout()).contains("--replace").contains("--dry-run");
        assertThat(run("--version")).isZero();
        assertThat(stdout()).startsWith("Privacy Inventory ").doesNotContain("${");
    }
}
