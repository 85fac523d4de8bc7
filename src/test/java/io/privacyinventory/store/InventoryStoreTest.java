package io.privacyinventory.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.privacyinventory.TestInventories;
import io.privacyinventory.exchange.InventoryJsonWriter;
import io.privacyinventory.model.Activity;
import io.privacyinventory.model.ActivityStatus;
import io.privacyinventory.model.DataCategory;
import io.privacyinventory.model.Edit;
import io.privacyinventory.model.EntityType;
import io.privacyinventory.model.Inventory;
import io.privacyinventory.model.Organisation;
import io.privacyinventory.model.Purpose;
import io.privacyinventory.model.Text;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class InventoryStoreTest {
    @TempDir
    Path folder;

    static List<Path> samples() {
        return TestInventories.SAMPLES;
    }

    private Path db() {
        return folder.resolve("inventory.db");
    }

    private InventoryStore sampleStore() throws Exception {
        return InventoryStore.create(db(), TestInventories.read(TestInventories.PRODUCT_SERVICES));
    }

    @ParameterizedTest
    @MethodSource("samples")
    void sampleRoundTripsThroughTheDatabaseToTheSameBytes(Path sample) throws Exception {
        Inventory inventory = TestInventories.read(sample);
        try (InventoryStore store = InventoryStore.create(db(), inventory)) {
            store.close();
        }
        try (InventoryStore reopened = InventoryStore.openReadOnly(db())) {
            Inventory loaded = reopened.load();

            assertThat(loaded).isEqualTo(inventory);
            assertThat(InventoryJsonWriter.toString(loaded)).isEqualTo(Files.readString(sample));
        }
    }

    @Test
    void newFileIsMarkedAsOursWithSchemaVersionAndRollbackJournal() throws Exception {
        sampleStore().close();

        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + db())) {
            assertThat(Database.pragmaInt(connection, "application_id")).isEqualTo(Database.APPLICATION_ID);
            assertThat(Database.pragmaInt(connection, "user_version")).isEqualTo(Database.SCHEMA_VERSION);
            try (Statement statement = connection.createStatement();
                    var rows = statement.executeQuery("PRAGMA journal_mode")) {
                rows.next();
                assertThat(rows.getString(1)).isEqualTo("delete");
            }
        }
        assertThat(Files.list(folder)).containsExactly(db());
    }

    @Test
    void fieldEditIsLoggedWithBeforeAndAfterAndChainVerifies() throws Exception {
        try (InventoryStore store = sampleStore()) {
            Activity support = activity(store, "support");
            Activity edited = withStatus(support, ActivityStatus.IN_REVIEW);

            ChangeSet set = store.apply(new Edit.Update(EntityType.ACTIVITY, "support", edited));

            assertThat(set.entries()).singleElement().satisfies(entry -> {
                assertThat(entry.entityType()).isEqualTo(EntityType.ACTIVITY);
                assertThat(entry.entityId()).isEqualTo("support");
                assertThat(entry.field()).isEqualTo("status");
                assertThat(entry.before()).isEqualTo("\"approved\"");
                assertThat(entry.after()).isEqualTo("\"in-review\"");
                assertThat(entry.user()).isEqualTo(System.getProperty("user.name"));
            });
            assertThat(activity(store, "support").status()).isEqualTo(ActivityStatus.IN_REVIEW);
            assertThat(store.history(0)).hasSize(2);
            assertThat(store.verifyHistory().intact()).isTrue();
        }
    }

    @Test
    void editIsDurableOnceApplied() throws Exception {
        try (InventoryStore store = sampleStore()) {
            store.apply(new Edit.SetField(EntityType.ORGANISATION, null, "phone", "+47 22 00 00 00"));
        }
        try (InventoryStore reopened = InventoryStore.openReadOnly(db())) {
            assertThat(reopened.load().organisation().phone()).isEqualTo("+47 22 00 00 00");
        }
    }

    @Test
    void unchangedUpdateWritesNoChangeSet() throws Exception {
        try (InventoryStore store = sampleStore()) {
            ChangeSet set = store.apply(new Edit.Update(EntityType.ACTIVITY, "support", activity(store, "support")));

            assertThat(set.isEmpty()).isTrue();
            assertThat(store.history(0)).hasSize(1);
        }
    }

    @Test
    void revertUndoesAndRevertingTheRevertRedoes() throws Exception {
        try (InventoryStore store = sampleStore()) {
            Inventory original = store.load();
            Activity support = activity(store, "support");
            ChangeSet edit = store.apply(
                    new Edit.Update(EntityType.ACTIVITY, "support", withStatus(support, ActivityStatus.RETIRED)));
            Inventory edited = store.load();

            ChangeSet undo = store.revert(edit.id());

            assertThat(store.load()).isEqualTo(original);
            assertThat(undo.entries())
                    .allSatisfy(entry -> assertThat(entry.reverts()).isEqualTo(edit.id()));

            store.revert(undo.id());

            assertThat(store.load()).isEqualTo(edited);
            assertThat(store.verifyHistory().intact()).isTrue();
        }
    }

    @Test
    void removingAnActivityAndUndoingItRestoresItWithAllItsLinks() throws Exception {
        try (InventoryStore store = sampleStore()) {
            Inventory original = store.load();

            ChangeSet removal = store.apply(new Edit.Remove(EntityType.ACTIVITY, "usage-data"));

            assertThat(store.load().activities()).extracting(Activity::id).doesNotContain("usage-data");

            store.revert(removal.id());

            assertThat(store.load()).isEqualTo(original);
        }
    }

    @Test
    void removingACategoryStillInUseIsRefusedAndNamesTheActivities() throws Exception {
        try (InventoryStore store = sampleStore()) {
            String used = activity(store, "support").dataCategories().get(0);
            byte[] before = Files.readAllBytes(db());

            assertThatThrownBy(() -> store.apply(new Edit.Remove(EntityType.DATA_CATEGORY, used)))
                    .isInstanceOf(EditRejectedException.class)
                    .hasMessageContaining("data category \"" + used + "\" is still used by")
                    .hasMessageContaining("support");
            assertThat(store.usages(EntityType.DATA_CATEGORY, used)).contains("support");
            assertThat(Files.readAllBytes(db())).isEqualTo(before);
        }
    }

    @Test
    void removingReferencesAndTheItemInOneChangeSetIsOneUndo() throws Exception {
        try (InventoryStore store = sampleStore()) {
            Inventory original = store.load();
            String category = "survey-data";
            List<Edit> edits = new java.util.ArrayList<>();
            for (String activityId : store.usages(EntityType.DATA_CATEGORY, category)) {
                Activity activity = activity(store, activityId);
                edits.add(new Edit.Update(EntityType.ACTIVITY, activityId, withoutCategory(activity, category)));
            }
            edits.add(new Edit.Remove(EntityType.DATA_CATEGORY, category));

            ChangeSet set = store.apply(edits);

            assertThat(store.load().dataCategories())
                    .extracting(DataCategory::id)
                    .doesNotContain(category);
            store.revert(set.id());
            assertThat(store.load()).isEqualTo(original);
        }
    }

    @Test
    void referenceToAnUnknownItemIsRefusedAndNothingIsWritten() throws Exception {
        try (InventoryStore store = sampleStore()) {
            Activity support = activity(store, "support");
            Activity broken = withCategories(support, List.of("no-such-category"));
            byte[] before = Files.readAllBytes(db());

            assertThatThrownBy(() -> store.apply(
                            new Edit.Update(EntityType.ACTIVITY, "support", withStatus(support, ActivityStatus.DRAFT)),
                            new Edit.Update(EntityType.ACTIVITY, "support", broken)))
                    .isInstanceOf(EditRejectedException.class)
                    .hasMessage("unknown data category \"no-such-category\"");
            assertThat(Files.readAllBytes(db())).isEqualTo(before);
            assertThat(activity(store, "support").status()).isEqualTo(ActivityStatus.APPROVED);
        }
    }

    @Test
    void addingAnItemWithATakenIdIsRefused() throws Exception {
        try (InventoryStore store = sampleStore()) {
            Purpose existing = store.load().purposes().get(0);

            assertThatThrownBy(() -> store.apply(new Edit.Add(new Purpose(existing.id(), Text.of("nb", "Ny"), null))))
                    .isInstanceOf(EditRejectedException.class)
                    .hasMessage("purpose with id \"" + existing.id() + "\" already exists");
        }
    }

    @Test
    void invalidIdOrTextLanguageIsRefused() throws Exception {
        try (InventoryStore store = sampleStore()) {
            assertThatThrownBy(() -> store.apply(new Edit.Add(new Purpose("Bad Id", Text.of("nb", "x"), null))))
                    .hasMessageContaining("id: \"Bad Id\" is not a valid id");
            assertThatThrownBy(() -> store.apply(new Edit.Add(new Purpose("ok", Text.of("de", "x"), null))))
                    .hasMessageContaining("language \"de\" is not one of the inventory's languages");
        }
    }

    @Test
    void renamingAnIdKeepsEveryReferenceAndUndoes() throws Exception {
        try (InventoryStore store = sampleStore()) {
            Inventory original = store.load();
            Purpose first = original.purposes().get(0);
            List<String> users = store.usages(EntityType.PURPOSE, first.id());

            ChangeSet rename = store.apply(new Edit.SetField(EntityType.PURPOSE, first.id(), "id", "renamed"));

            assertThat(store.usages(EntityType.PURPOSE, "renamed")).isEqualTo(users);
            assertThat(activity(store, users.get(0)).purposes())
                    .anySatisfy(use -> assertThat(use.purpose()).isEqualTo("renamed"));
            assertThat(rename.entries()).singleElement().satisfies(entry -> {
                assertThat(entry.entityId()).isEqualTo("renamed");
                assertThat(entry.before()).isEqualTo("\"" + first.id() + "\"");
            });
            assertThat(store.verifyHistory().intact())
                    .as("the replay carries the new id into the activities")
                    .isTrue();
            assertThat(store.replayTo(Long.MAX_VALUE)).isEqualTo(store.load());
            store.revert(rename.id());
            assertThat(store.load()).isEqualTo(original);
        }
    }

    @Test
    void addAndMovePlaceItemsAndUndo() throws Exception {
        try (InventoryStore store = sampleStore()) {
            Inventory original = store.load();
            ChangeSet add = store.apply(new Edit.Add(Activity.draft("new-one", Text.of("nb", "Ny aktivitet")), 1));

            assertThat(store.load().activities().get(1).id()).isEqualTo("new-one");

            ChangeSet move = store.apply(new Edit.Move(EntityType.ACTIVITY, "new-one", 3));

            assertThat(store.load().activities())
                    .extracting(Activity::id)
                    .element(3)
                    .isEqualTo("new-one");
            store.revert(move.id());
            assertThat(store.load().activities().get(1).id()).isEqualTo("new-one");
            store.revert(add.id());
            assertThat(store.load()).isEqualTo(original);
        }
    }

    @Test
    void replacingTheWholeInventoryIsOneUndoableChange() throws Exception {
        try (InventoryStore store = sampleStore()) {
            Inventory original = store.load();
            Inventory clinic = TestInventories.read(TestInventories.CLINIC_GROUP);

            ChangeSet replace = store.apply(new Edit.ReplaceAll(clinic));

            assertThat(store.load()).isEqualTo(clinic);
            assertThat(replace.entries())
                    .singleElement()
                    .satisfies(entry -> assertThat(entry.kind()).isEqualTo(ChangeLogEntry.Kind.REPLACE));
            store.revert(replace.id());
            assertThat(store.load()).isEqualTo(original);
        }
    }

    @Test
    void creationOfTheInventoryCannotBeReverted() throws Exception {
        try (InventoryStore store = sampleStore()) {
            assertThatThrownBy(() -> store.revert(1)).hasMessage("the creation of the inventory cannot be undone");
        }
    }

    @Test
    void languagesChangeIsRefusedWhileTextsUseTheDroppedLanguage() throws Exception {
        try (InventoryStore store = sampleStore()) {
            assertThatThrownBy(() -> store.apply(Edit.languages(List.of("nb"))))
                    .hasMessageContaining("language \"en\" is not one of the inventory's languages nb");

            store.apply(Edit.languages(List.of("nb", "en", "nn")));

            assertThat(store.load().languages()).containsExactly("nb", "en", "nn");
        }
    }

    @Test
    void changingAHistoryRowIsDetected() throws Exception {
        try (InventoryStore store = sampleStore()) {
            store.apply(new Edit.SetField(EntityType.ORGANISATION, null, "phone", "1"));
            store.apply(new Edit.SetField(EntityType.ORGANISATION, null, "phone", "2"));
        }
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + db());
                Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE change_log SET after = '\"3\"' WHERE seq = 2");
        }
        try (InventoryStore store = InventoryStore.openReadOnly(db())) {
            HistoryVerification result = store.verifyHistory();

            assertThat(result.intact()).isFalse();
            assertThat(result.firstBrokenSeq()).isEqualTo(2L);
        }
    }

    @Test
    void removingAHistoryRowIsDetected() throws Exception {
        try (InventoryStore store = sampleStore()) {
            store.apply(new Edit.SetField(EntityType.ORGANISATION, null, "phone", "1"));
            store.apply(new Edit.SetField(EntityType.ORGANISATION, null, "phone", "2"));
        }
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + db());
                Statement statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM change_log WHERE seq = 2");
        }
        try (InventoryStore store = InventoryStore.openReadOnly(db())) {
            assertThat(store.verifyHistory().problem()).isEqualTo("row 2 is missing before row 3");
        }
    }

    @Test
    void readOnlyStoreRefusesEdits() throws Exception {
        sampleStore().close();
        byte[] before = Files.readAllBytes(db());
        try (InventoryStore store = InventoryStore.openReadOnly(db())) {
            assertThatThrownBy(() -> store.apply(new Edit.SetField(EntityType.ORGANISATION, null, "phone", "1")))
                    .hasMessageContaining("is open read-only");
        }
        assertThat(Files.readAllBytes(db())).isEqualTo(before);
    }

    @Test
    void organisationEditLogsEachChangedField() throws Exception {
        try (InventoryStore store = sampleStore()) {
            Organisation old = store.load().organisation();
            Organisation edited = new Organisation(
                    "Nytt navn AS",
                    old.address(),
                    "ny@example.no",
                    old.phone(),
                    old.website(),
                    old.dpo(),
                    old.representative(),
                    old.supervisoryAuthority());

            ChangeSet set = store.apply(new Edit.Update(EntityType.ORGANISATION, null, edited));

            assertThat(set.entries()).extracting(ChangeLogEntry::field).containsExactly("name", "email");
            assertThat(store.load().organisation()).isEqualTo(edited);
        }
    }

    @Test
    void copyMadeWhileOpenIsAWholeInventoryWithItsHistory() throws Exception {
        Path copy = folder.resolve("copy.db");
        try (InventoryStore store = sampleStore()) {
            store.apply(new Edit.SetField(EntityType.ORGANISATION, null, "phone", "+47 1"));

            store.backupTo(copy);

            try (InventoryStore reopened = InventoryStore.openReadOnly(copy)) {
                assertThat(reopened.load()).isEqualTo(store.load());
                assertThat(reopened.history(0)).hasSize(2);
                assertThat(reopened.verifyHistory().intact()).isTrue();
            }
        }
        assertThat(folder)
                .isDirectoryNotContaining(path -> path.getFileName().toString().endsWith(".tmp"));
    }

    @Test
    void createRefusesAnExistingFile() throws Exception {
        Files.writeString(db(), "not empty", StandardCharsets.UTF_8);

        assertThatThrownBy(this::sampleStore)
                .isInstanceOf(InventoryFileException.class)
                .hasMessage(db() + ": already exists");
        assertThat(Files.readString(db())).isEqualTo("not empty");
    }

    private static Activity activity(InventoryStore store, String id) {
        return store.load().activities().stream()
                .filter(a -> a.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    private static Activity withStatus(Activity activity, ActivityStatus status) {
        return activity.withStatus(status);
    }

    private static Activity withCategories(Activity activity, List<String> categories) {
        return activity.withDataCategories(categories);
    }

    private static Activity withoutCategory(Activity activity, String category) {
        List<io.privacyinventory.model.RetentionRule> retention = activity.retention().stream()
                .map(rule -> rule.dataCategories() == null
                        ? rule
                        : new io.privacyinventory.model.RetentionRule(
                                rule.dataCategories().stream()
                                                .filter(id -> !id.equals(category))
                                                .toList(),
                                        rule.period(),
                                rule.trigger(), rule.description()))
                .toList();
        return activity.withDataCategories(activity.dataCategories().stream()
                        .filter(id -> !id.equals(category))
                        .toList())
                .withRetention(retention);
    }
}
