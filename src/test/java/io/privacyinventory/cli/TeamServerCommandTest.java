package io.privacyinventory.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.privacyinventory.TestInventories;
import io.privacyinventory.store.TestPostgres;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands on a team's schema on a real PostgreSQL server: INVENTORY = postgresql://…. */
class TeamServerCommandTest {
    private static final AtomicInteger SCHEMAS = new AtomicInteger();
    private static String database;

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeAll
    static void database() {
        database = TestPostgres.freshDatabase("commands");
    }

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

    private static String newSchema() {
        TestPostgres.Server server = TestPostgres.server();
        return server.address(server.superuser(), database) + "?schema=cli_" + SCHEMAS.incrementAndGet();
    }

    @Test
    void adminInitMakesTheSchemaOnceAndAnImportedDocumentExportsToTheSameBytes() throws Exception {
        String url = newSchema();
        assertThat(run("admin", "init", url)).isZero();
        assertThat(stdout()).contains("_viewer").contains("_editor").contains("_approver");
        assertThat(run("admin", "init", url)).isEqualTo(2);
        assertThat(stderr()).contains("holds an inventory already");

        assertThat(run("import", TestInventories.PRODUCT_SERVICES.toString(), "--db", url))
                .isZero();
        assertThat(stdout()).contains("Imported 4 activities");
        Path exported = folder.resolve("out.json");
        assertThat(run("export", "json", url, "-o", exported.toString())).isZero();

        assertThat(Files.readString(exported)).isEqualTo(Files.readString(TestInventories.PRODUCT_SERVICES));
        assertThat(run("import", TestInventories.CLINIC_GROUP.toString(), "--db", url))
                .isEqualTo(2);
        assertThat(stderr()).contains("already holds an inventory").contains("--replace");
        assertThat(run("check", url)).isIn(0, 1);
        assertThat(run("history", url, "--verify")).isZero();
        assertThat(stdout()).contains("history intact (1 rows");
    }

    @Test
    void aFileIsCarriedOverWithItsHistoryAndTheChainVerifiesOnTheServer() throws Exception {
        Path file = folder.resolve("record.db");
        assertThat(run("import", TestInventories.CLINIC_GROUP.toString(), "--db", file.toString()))
                .isZero();
        assertThat(run("import", TestInventories.PRODUCT_SERVICES.toString(), "--db", file.toString(), "--replace"))
                .isZero();
        assertThat(run("history", file.toString())).isZero();
        String fileHistory = stdout();
        String url = newSchema();
        assertThat(run("admin", "init", url)).isZero();

        assertThat(run("import", file.toString(), "--db", url)).isZero();

        assertThat(stdout()).contains("with 2 change-log rows");
        assertThat(run("history", url)).isZero();
        assertThat(stdout()).isEqualTo(fileHistory);
        assertThat(run("history", url, "--verify")).isZero();
        Path exported = folder.resolve("back.json");
        assertThat(run("export", "json", url, "-o", exported.toString())).isZero();
        assertThat(Files.readString(exported)).isEqualTo(Files.readString(TestInventories.PRODUCT_SERVICES));
    }

    @Test
    void diffAndTheRecordAsItStoodWorkOnAServerAsOnAFile() throws Exception {
        String url = newSchema();
        assertThat(run("admin", "init", url)).isZero();
        assertThat(run("import", TestInventories.PRODUCT_SERVICES.toString(), "--db", url, "--dry-run"))
                .isZero();
        assertThat(stdout()).contains("nothing written");
        assertThat(run("export", "json", url)).isEqualTo(2);
        assertThat(run("import", TestInventories.PRODUCT_SERVICES.toString(), "--db", url))
                .isZero();
        Path before = folder.resolve("before.json");
        assertThat(run("export", "json", url, "--as-of", "2999-01-01", "-o", before.toString()))
                .isZero();
        assertThat(run("import", TestInventories.CLINIC_GROUP.toString(), "--db", url, "--replace"))
                .isZero();

        assertThat(run("diff", TestInventories.CLINIC_GROUP.toString(), url)).isZero();
        assertThat(run("diff", before.toString(), url)).isEqualTo(1);
        assertThat(Files.readString(before)).isEqualTo(Files.readString(TestInventories.PRODUCT_SERVICES));
        assertThat(run("history", url)).isZero();
        assertThat(stdout().lines()).hasSize(2).first().asString().contains("replaced the inventory");
    }

    @Test
    void anUnclearAddressOrRoleIsBadUsageNamingTheExpectedShape() {
        assertThat(run("admin", "init", "postgresql://localhost")).isEqualTo(2);
        assertThat(stderr()).contains("postgresql://[user@]host[:port]/database[?schema=NAME]");
        assertThat(run("admin", "grant", newSchema(), "someone", "owner")).isEqualTo(2);
        assertThat(stderr()).contains("not one of viewer, editor, approver");
    }

    @Test
    void aSchemaNobodySetUpIsReportedWithTheCommandThatMakesIt() {
        String url = newSchema();
        assertThat(run("export", "json", url)).isEqualTo(2);
        assertThat(stderr()).contains("admin init");
    }
}
