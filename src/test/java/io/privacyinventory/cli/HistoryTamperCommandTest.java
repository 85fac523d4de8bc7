package io.privacyinventory.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.privacyinventory.TestInventories;
import io.privacyinventory.model.Edit;
import io.privacyinventory.model.EntityType;
import io.privacyinventory.model.Inventory;
import io.privacyinventory.model.Text;
import io.privacyinventory.store.InventoryStore;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code history --verify} shows: direct edits of the data tables (naming the first item
 * that differs), rows removed from the end of the log, and, with a head kept elsewhere, a history
 * rewritten to match edited data. Each tampering is done as another program would: plain SQL.
 */
class HistoryTamperCommandTest {
    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private Path file;
    private Inventory original;

    @BeforeEach
    void makeHistory() throws Exception {
        file = folder.resolve("inv.db");
        original = TestInventories.read(TestInventories.CLINIC_GROUP);
        InventoryStore.create(file, original).close();
        try (InventoryStore store = InventoryStore.open(file)) {
            store.apply(new Edit.SetField(EntityType.ORGANISATION, null, "email", "post@fjellvik.example"));
            store.apply(new Edit.Move(EntityType.ACTIVITY, "recruitment", 0));
            store.apply(new Edit.SetField(EntityType.ACTIVITY, "patient-care", "owner", "Clinic manager"));
        }
    }

    @Test
    void anUntouchedFileVerifies() {
        assertThat(run("history", file.toString(), "--verify")).as(stderr()).isZero();
        assertThat(stdout()).isEqualTo(file + ": history intact (4 rows)\n");
    }

    @Test
    void directEditsOfTheDataAreNamed() throws Exception {
        assertBroken(
                "UPDATE organisation SET name = 'Fjellvik Helse ASA'",
                "the organisation, name: the history says \"Fjellvik Helse AS\", the tables \"Fjellvik Helse ASA\"");
        assertBroken(
                "UPDATE activity_purpose SET legal_basis = 'consent' WHERE position = 0 AND activity_id = "
                        + "(SELECT id FROM activity WHERE code = 'patient-care')",
                "activity \"patient-care\", purposes: the history says");
        assertBroken(
                "DELETE FROM activity WHERE code = 'booking-billing'",
                "activity number 3: the history has \"booking-billing\", the tables");
        assertBroken(
                "UPDATE activity SET owner = 'Clinic managex' WHERE code = 'patient-care'",
                "activity \"patient-care\", owner: the history says \"Clinic manager\", the tables \"Clinic managex\"");
    }

    @Test
    void rowsRemovedFromTheEndShow() throws Exception {
        assertBroken(
                "DELETE FROM change_log WHERE seq = 4",
                "activity \"patient-care\", owner: the history says \"Clinical services\", the tables \"Clinic manager\"");
        assertBroken("DELETE FROM change_log", "the history is empty, the tables are not");
    }

    @Test
    void aKeptHeadShowsARewrittenEnd() throws Exception {
        assertThat(run("history", file.toString(), "--head")).isZero();
        Matcher printed = Pattern.compile(Pattern.quote(file.toString()) + ": head ([0-9a-f]{64}) after 4 rows\n")
                .matcher(stdout());
        assertThat(printed.matches()).as(stdout()).isTrue();
        String head = printed.group(1);
        assertThat(run("history", file.toString(), "--verify", "--expect-head", head))
                .isZero();

        try (InventoryStore store = InventoryStore.open(file)) {
            store.apply(new Edit.SetField(EntityType.ACTIVITY, "patient-care", "notes", Text.of("en", "later")));
        }
        assertThat(run("history", file.toString(), "--verify", "--expect-head", head))
                .as("a history that grew past the kept head still reaches it")
                .isZero();
        assertThat(stdout()).isEqualTo(file + ": history intact (5 rows, reaching the kept head)\n");

        // the newest two changes undone in the data and their rows removed: consistent, but cut short
        sql(
                "UPDATE activity SET owner = 'Clinical services', notes = NULL WHERE code = 'patient-care'",
                "DELETE FROM change_log WHERE seq >= 4");
        assertThat(run("history", file.toString(), "--verify"))
                .as("without the head: %s", stdout())
                .isZero();
        assertThat(run("history", file.toString(), "--verify", "--expect-head", head))
                .isEqualTo(1);
        assertThat(stdout())
                .startsWith(file + ": history broken: the history does not reach the kept head \"" + head + "\"");
    }

    @Test
    void theReplayStopsAtAnyRow() throws Exception {
        try (InventoryStore store = InventoryStore.openReadOnly(file)) {
            assertThat(store.replayTo(1)).isEqualTo(original);
            assertThat(store.replayTo(3).activities().get(0).id()).isEqualTo("recruitment");
            assertThat(store.replayTo(3).activities()).noneMatch(a -> "Clinic manager".equals(a.owner()));
            assertThat(store.replayTo(4)).isEqualTo(store.load());
        }
    }

    private void assertBroken(String tampering, String problem) throws Exception {
        Path pristine = folder.resolve("pristine.db");
        Files.copy(file, pristine);
        try {
            sql(tampering);
            assertThat(run("history", file.toString(), "--verify"))
                    .as(stdout() + stderr())
                    .isEqualTo(1);
            assertThat(stdout())
                    .startsWith(file + ": history broken: ")
                    .contains(problem)
                    .hasLineCount(1);
        } finally {
            Files.move(pristine, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private void sql(String... statements) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
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
}
