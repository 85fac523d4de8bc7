package io.privacyinventory.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.privacyinventory.TestInventories;
import io.privacyinventory.model.Edit;
import io.privacyinventory.model.EntityType;
import io.privacyinventory.model.Text;
import io.privacyinventory.store.ChangeLogEntry;
import io.privacyinventory.store.EditRejectedException;
import io.privacyinventory.store.InventoryStore;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NoticePublishCommandTest {
    private static final String OLD_NAME = "Booking, reminders and invoicing";
    private static final String NEW_NAME = "Booking, reminders, invoicing and debt collection";
    private static final Instant MARCH = Instant.parse("2026-03-01T09:30:00Z");
    private static final Instant APRIL = Instant.parse("2026-04-01T14:00:00Z");

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private Path database;

    @BeforeEach
    void importTheClinicSample() {
        database = folder.resolve("clinic.db");
        assertThat(run("import", TestInventories.CLINIC_GROUP.toString(), "--db", database.toString()))
                .isZero();
    }

    private int run(String... args) {
        return runAt(MARCH, args);
    }

    private int runAt(Instant time, String... args) {
        out.reset();
        err.reset();
        return new Cli(
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8),
                        Clock.fixed(time, ZoneOffset.UTC))
                .run(args);
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private void edit(Edit edit) throws Exception {
        try (InventoryStore store = InventoryStore.open(database)) {
            store.apply(edit);
        }
    }

    @Test
    void publishTwiceWithAChangeBetweenThenDiffVersionsAndARoundTripThroughJson() throws Exception {
        assertThat(runAt(MARCH, "notice", "publish", database.toString(), "--lang", "en"))
                .isZero();
        assertThat(stdout()).isEqualTo("published all en version 1\n");
        edit(new Edit.SetField(EntityType.ACTIVITY, "booking-billing", "name", Text.of("en", NEW_NAME)));
        assertThat(runAt(APRIL, "notice", "publish", database.toString(), "--lang", "en"))
                .isZero();
        assertThat(stdout()).isEqualTo("published all en version 2\n");

        assertThat(run("notice", "diff", database.toString(), "--lang", "en", "--from", "1", "--to", "2"))
                .isEqualTo(1);
        String diff = stdout();
        List<String> removed =
                diff.lines().filter(line -> line.startsWith("- ")).toList();
        List<String> added = diff.lines().filter(line -> line.startsWith("+ ")).toList();
        assertThat(removed).isNotEmpty().allSatisfy(line -> assertThat(line).contains(OLD_NAME));
        // exactly that change: each edited paragraph is the old one with the new name, nothing else
        assertThat(added)
                .containsExactlyElementsOf(removed.stream()
                        .map(line -> "+ " + line.substring(2).replace(OLD_NAME, NEW_NAME))
                        .toList());
        assertThat(diff).startsWith("--- version 1 (2026-03-01T09:30:00Z)\n+++ version 2 (2026-04-01T14:00:00Z)\n");

        assertThat(run("notice", "versions", database.toString())).isZero();
        String versions = stdout();
        assertThat(versions.lines()).hasSize(2);
        assertThat(versions.lines().toList().get(0))
                .startsWith("all\ten\tversion 1\t2026-03-01T09:30:00Z\t" + System.getProperty("user.name") + "\t")
                .doesNotEndWith("forced");
        assertThat(versions.lines().toList().get(1)).startsWith("all\ten\tversion 2\t2026-04-01T14:00:00Z\t");

        Path exported = folder.resolve("clinic.json");
        assertThat(run("export", "json", database.toString(), "-o", exported.toString()))
                .isZero();
        Path copy = folder.resolve("copy.db");
        assertThat(run("import", exported.toString(), "--db", copy.toString())).isZero();
        assertThat(run("notice", "versions", copy.toString())).isZero();
        assertThat(stdout()).isEqualTo(versions);
        assertThat(run("notice", "diff", copy.toString(), "--lang", "en", "--from", "1", "--to", "2"))
                .isEqualTo(1);
        assertThat(stdout()).isEqualTo(diff);
    }

    @Test
    void theStoredHashIsTheHashOfTheCanonicalJsonOfTheRecordItCameFrom() throws Exception {
        Path before = folder.resolve("before.json");
        assertThat(run("export", "json", database.toString(), "-o", before.toString()))
                .isZero();
        assertThat(run("notice", "publish", database.toString(), "--lang", "en"))
                .isZero();
        assertThat(run("notice", "versions", database.toString())).isZero();
        String sha = java.util.HexFormat.of()
                .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(before)));
        assertThat(stdout().split("\t")[5].strip()).isEqualTo(sha);
    }

    @Test
    void diffAgainstTodaysDraftIsQuietUntilTheRecordChanges() throws Exception {
        assertThat(run("notice", "publish", database.toString(), "--lang", "en"))
                .isZero();
        assertThat(run("notice", "diff", database.toString(), "--lang", "en")).isZero();
        assertThat(stdout()).isEmpty();

        edit(new Edit.SetField(EntityType.ACTIVITY, "booking-billing", "name", Text.of("en", NEW_NAME)));
        assertThat(run("notice", "diff", database.toString(), "--lang", "en", "--words"))
                .isEqualTo(1);
        assertThat(stdout())
                .contains("+++ today's draft")
                .contains("~ 4.2 Booking, reminders{+,+} {+invoicing +}and [-invoicing-]{+debt collection+}")
                .doesNotContain("\n- ")
                .doesNotContain("\n+ ");
    }

    @Test
    void refusedWithTheFindingsListedWhileCheckHasErrorsAndRecordedAsForcedWhenForced() throws Exception {
        edit(new Edit.SetField(EntityType.ACTIVITY, "booking-billing", "purposes", List.of()));
        int rowsBefore = historyRows();

        assertThat(run("notice", "publish", database.toString(), "--lang", "en"))
                .isEqualTo(1);
        assertThat(stdout()).isEmpty();
        assertThat(stderr())
                .contains("error\tactivities/booking-billing/purposes\t")
                .contains("not published: 1 error");
        assertThat(historyRows()).isEqualTo(rowsBefore);
        assertThat(run("notice", "versions", database.toString())).isZero();
        assertThat(stdout()).isEmpty();

        assertThat(run("notice", "publish", database.toString(), "--lang", "en", "--force"))
                .isZero();
        assertThat(stdout()).startsWith("published all en version 1 (forced: 1 error");
        assertThat(run("notice", "versions", database.toString())).isZero();
        assertThat(stdout()).endsWith("\tforced\n");
        assertThat(run("export", "json", database.toString())).isZero();
        JsonNode published =
                new ObjectMapper().readTree(stdout()).get("publishedNotices").get(0);
        assertThat(published.get("forced").asBoolean()).isTrue();
        assertThat(historyRows()).isEqualTo(rowsBefore + 1);
    }

    @Test
    void aPublicationIsOneChangeLogEntryThatVerifiesAndCannotBeUndone() throws Exception {
        assertThat(run("notice", "publish", database.toString(), "--lang", "en"))
                .isZero();
        assertThat(run("history", database.toString(), "--limit", "1")).isZero();
        assertThat(stdout()).contains("published the notice all en version 1");
        assertThat(run("history", database.toString(), "--verify")).isZero();
        assertThat(stdout()).contains("history intact (2 rows)");

        try (InventoryStore store = InventoryStore.open(database)) {
            ChangeLogEntry publication = store.history(1).get(0);
            assertThatThrownBy(() -> store.revert(publication.changeSet()))
                    .isInstanceOf(EditRejectedException.class)
                    .hasMessageContaining("cannot be undone");
            assertThat(store.load().publishedNotices()).hasSize(1);
            assertThat(store.replayTo(publication.seq())).isEqualTo(store.load());
        }
    }

    @Test
    void badInputIsRefusedWithOneLineAndNothingPublished() throws Exception {
        assertThat(run("notice", "publish", database.toString(), "--lang", "de"))
                .isEqualTo(2);
        assertThat(stderr()).startsWith("error: --lang must be en or nb");
        assertThat(run("notice", "publish", database.toString(), "--lang", "en", "--audience", "no-such-audience"))
                .isEqualTo(2);
        assertThat(stderr()).contains("unknown audience \"no-such-audience\"");
        assertThat(run("notice", "publish", TestInventories.CLINIC_GROUP.toString(), "--lang", "en"))
                .isEqualTo(2);
        assertThat(stderr()).contains("import it into a database");
        assertThat(run("notice", "diff", database.toString(), "--lang", "en")).isEqualTo(2);
        assertThat(stderr()).contains("has no published version yet");
        assertThat(run("notice", "publish", database.toString(), "--lang", "en"))
                .isZero();
        assertThat(run("notice", "diff", database.toString(), "--lang", "en", "--from", "1", "--to", "7"))
                .isEqualTo(2);
        assertThat(stderr()).contains("has no version 7");
        assertThat(run("notice", "versions", database.toString())).isZero();
        assertThat(stdout().lines()).hasSize(1);
    }

    @Test
    void theNoticeSettingToListVersionsSurvivesTheFileAndTheDocument() throws Exception {
        try (InventoryStore store = InventoryStore.open(database)) {
            io.privacyinventory.model.NoticeSettings n = store.load().notice();
            store.apply(new Edit.SetField(EntityType.NOTICE, null, "listChanges", true));
            assertThat(store.load().notice().listChanges()).isTrue();
            assertThat(store.load().notice().title()).isEqualTo(n.title());
        }
        assertThat(run("notice", "publish", database.toString(), "--lang", "en"))
                .isZero();
        assertThat(run("notice", "diff", database.toString(), "--lang", "en")).isEqualTo(1);
        assertThat(stdout()).contains("+ • Version 1, published 1 March 2026");
        assertThat(run("export", "json", database.toString())).isZero();
        assertThat(new ObjectMapper()
                        .readTree(stdout())
                        .get("notice")
                        .get("listChanges")
                        .asBoolean())
                .isTrue();
        assertThat(run("history", database.toString(), "--verify")).isZero();
    }

    private int historyRows() {
        try (InventoryStore store = InventoryStore.openReadOnly(database)) {
            return store.history(0).size();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
