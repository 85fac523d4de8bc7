package io.privacyinventory.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.privacyinventory.TestInventories;
import io.privacyinventory.model.Activity;
import io.privacyinventory.model.ActivityStatus;
import io.privacyinventory.model.Edit;
import io.privacyinventory.model.EntityType;
import io.privacyinventory.model.Inventory;
import io.privacyinventory.store.ClockedStores;
import io.privacyinventory.store.InventoryStore;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code export json --as-of} and {@code diff FILE.db@DATE} on a database whose changes were made
 * at known local times: the clinic sample created on 27 February, then on 1 March a phone number
 * at midnight, a status at 14:30:00 and a removal at 14:30:01, and on 2 March a review date.
 */
class AsOfCommandTest {
    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private Path database;
    /** The export taken right after each change, by the local time of the change. */
    private final Map<String, byte[]> exportedThen = new LinkedHashMap<>();

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

    private static Instant local(String moment) {
        return LocalDateTime.parse(moment).atZone(ZoneId.systemDefault()).toInstant();
    }

    @BeforeEach
    void makeChangesAtKnownTimes() throws Exception {
        database = folder.resolve("records.db");
        ClockedStores.SettableClock clock = new ClockedStores.SettableClock(local("2026-02-27T10:00:00"));
        try (InventoryStore store =
                ClockedStores.create(database, TestInventories.read(TestInventories.CLINIC_GROUP), clock)) {
            exportNow("2026-02-27T10:00:00");
            clock.set(local("2026-03-01T00:00:00"));
            store.apply(new Edit.SetField(EntityType.ORGANISATION, null, "phone", "+47 22 22 22 22"));
            exportNow("2026-03-01T00:00:00");
            clock.set(local("2026-03-01T14:30:00"));
            store.apply(new Edit.Update(
                    EntityType.ACTIVITY,
                    "recruitment",
                    activity(store.load(), "recruitment").withStatus(ActivityStatus.APPROVED)));
            exportNow("2026-03-01T14:30:00");
            clock.set(local("2026-03-01T14:30:01"));
            store.apply(new Edit.Remove(EntityType.ACTIVITY, "newsletter"));
            exportNow("2026-03-01T14:30:01");
            clock.set(local("2026-03-02T09:00:00"));
            store.apply(new Edit.Update(
                    EntityType.ACTIVITY,
                    "patient-care",
                    activity(store.load(), "patient-care").withReviewDue(LocalDate.of(2027, 6, 30))));
            exportNow("2026-03-02T09:00:00");
        }
    }

    private void exportNow(String when) {
        assertThat(run("export", "json", database.toString())).as(stderr()).isZero();
        exportedThen.put(when, out.toByteArray());
    }

    private static Activity activity(Inventory inventory, String id) {
        return inventory.activities().stream()
                .filter(a -> a.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    private byte[] exportAsOf(String moment) {
        assertThat(run("export", "json", database.toString(), "--as-of", moment))
                .as(stderr())
                .isZero();
        assertThat(stderr()).isEmpty();
        return out.toByteArray();
    }

    @Test
    void exportAsOfAMomentBetweenTwoChangesIsTheExportTakenThenByteForByte() {
        assertThat(exportedThen.values()).as("each change shows in the export").doesNotHaveDuplicates();

        assertThat(exportAsOf("2026-03-01T12:00")).isEqualTo(exportedThen.get("2026-03-01T00:00:00"));
        assertThat(exportAsOf("2026-03-01T14:30")).isEqualTo(exportedThen.get("2026-03-01T14:30:00"));
        assertThat(exportAsOf("2026-03-01T14:30:00")).isEqualTo(exportedThen.get("2026-03-01T14:30:00"));
        assertThat(exportAsOf("2026-03-01T14:30:01")).isEqualTo(exportedThen.get("2026-03-01T14:30:01"));
        assertThat(exportAsOf("2026-02-28")).isEqualTo(exportedThen.get("2026-02-27T10:00:00"));
        assertThat(exportAsOf("2026-03-01"))
                .as("a change at the very start of the day counts")
                .isEqualTo(exportedThen.get("2026-03-01T00:00:00"));
        assertThat(exportAsOf("2099-12-31"))
                .as("a moment still to come: the record as it is now")
                .isEqualTo(exportedThen.get("2026-03-02T09:00:00"));
    }

    @Test
    void exportAsOfWritesTheFileGivenWithOutput() throws Exception {
        Path written = folder.resolve("as-of-1-march.json");

        assertThat(run("export", "json", database.toString(), "--as-of", "2026-03-01T14:30", "-o", written.toString()))
                .as(stderr())
                .isZero();

        assertThat(Files.readAllBytes(written)).isEqualTo(exportedThen.get("2026-03-01T14:30:00"));
        assertThat(stdout()).isEmpty();
    }

    @Test
    void diffFromADateToNowShowsExactlyTheChangesMadeAfterIt() {
        assertThat(run("diff", database + "@2026-03-01T14:30", database.toString()))
                .as(stderr())
                .isEqualTo(1);

        assertThat(stdout()).isEqualTo("""
                Activity "Patient examination, treatment and records" (patient-care): changed
                  Review due: 2027-03-10 → 2027-06-30
                Activity "Newsletter" (newsletter): removed
                """);
    }

    @Test
    void diffBetweenTwoMomentsOfTheSameFile() {
        assertThat(run("diff", database + "@2026-03-01", database + "@2026-03-01T14:30"))
                .as(stderr())
                .isEqualTo(1);

        assertThat(stdout()).isEqualTo("""
                Activity "Recruitment" (recruitment): changed
                  Status: In review → Approved
                """);

        assertThat(run("diff", database + "@2026-03-02T09:00", database.toString()))
                .isZero();
        assertThat(stdout()).isEmpty();
    }

    @Test
    void aMomentBeforeTheFileHadARecordIsBadInput() throws Exception {
        Path written = folder.resolve("never.json");

        assertThat(run(
                        "export",
                        "json",
                        database.toString(),
                        "--as-of",
                        "2026-02-27T09:59:59",
                        "-o",
                        written.toString()))
                .isEqualTo(2);
        assertThat(stderr())
                .isEqualTo("error: " + database + " had no record yet at 2026-02-27 09:59:59 (its history "
                        + "starts 2026-02-27 10:00:00)" + System.lineSeparator());
        assertThat(written).doesNotExist();

        assertThat(run("diff", database + "@2026-01-01", database.toString())).isEqualTo(2);
        assertThat(stderr())
                .startsWith("error: " + database + " had no record yet at 2026-01-01 00:00:00")
                .hasLineCount(1);
        assertThat(stdout()).isEmpty();
    }

    @Test
    void aChangeLogAlteredBehindTheAppsBackIsRebuiltUpToTheAlteredRowAndRefusedFromIt() throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database);
                Statement statement = connection.createStatement()) {
            assertThat(statement.executeUpdate("UPDATE change_log SET entity_id = 'nobody' "
                            + "WHERE entity_id = 'newsletter' AND after IS NULL"))
                    .isEqualTo(1);
        }
        Path written = folder.resolve("after.json");

        assertThat(exportAsOf("2026-03-01T14:30")).isEqualTo(exportedThen.get("2026-03-01T14:30:00"));
        assertThat(run(
                        "export",
                        "json",
                        database.toString(),
                        "--as-of",
                        "2026-03-01T14:30:01",
                        "-o",
                        written.toString()))
                .isEqualTo(2);

        assertThat(stderr())
                .startsWith("error: " + database + ": the change log cannot be rebuilt to that moment (row ")
                .contains("there is no activity \"nobody\"")
                .hasLineCount(1);
        assertThat(written).doesNotExist();
    }

    @Test
    void asOfIsRefusedForADocumentAndForSomethingThatIsNotADate() {
        String clinic = TestInventories.CLINIC_GROUP.toString();
        assertThat(run("export", "json", clinic, "--as-of", "2026-03-01")).isEqualTo(2);
        assertThat(stderr())
                .isEqualTo("error: " + clinic + ": --as-of needs an inventory database (.db); a .json "
                        + "document has no history and is exported as it is" + System.lineSeparator());

        for (String notADate : new String[] {"2026-02-30", "yesterday", "2026-03-01 14:30", "2026-03-01T25:00"}) {
            assertThat(run("export", "json", database.toString(), "--as-of", notADate))
                    .as(notADate)
                    .isEqualTo(2);
            assertThat(stderr())
                    .as(notADate)
                    .isEqualTo("error: --as-of: \"" + notADate + "\" is not a date "
                            + "(YYYY-MM-DD, optionally followed by THH:MM or THH:MM:SS)" + System.lineSeparator());
            assertThat(stdout()).isEmpty();
        }
    }
}
