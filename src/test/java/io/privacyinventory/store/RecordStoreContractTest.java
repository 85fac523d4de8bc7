package io.privacyinventory.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.privacyinventory.TestInventories;
import io.privacyinventory.model.Activity;
import io.privacyinventory.model.ActivityStatus;
import io.privacyinventory.model.Edit;
import io.privacyinventory.model.EntityType;
import io.privacyinventory.model.Inventories;
import io.privacyinventory.model.Inventory;
import io.privacyinventory.model.PublishedNotice;
import io.privacyinventory.model.RecordFields;
import io.privacyinventory.model.Text;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What every {@link RecordStore} does alike, the file and the team server: run against both by
 * {@link FileRecordStoreTest} and {@link ServerRecordStoreTest}.
 */
abstract class RecordStoreContractTest {

    /** A new store holding {@code initial} as its first change-log row. */
    abstract RecordStore create(Inventory initial) throws Exception;

    /** The same record opened again, as another window or command would. */
    abstract RecordStore reopen() throws Exception;

    /** The name the change log records for this store's edits. */
    abstract String expectedUser();

    private static Inventory sample() {
        return TestInventories.read(TestInventories.PRODUCT_SERVICES);
    }

    @Test
    void aStoredRecordLoadsBackEqualAfterReopening() throws Exception {
        Inventory sample = sample();
        create(sample).close();
        try (RecordStore reopened = reopen()) {
            assertThat(reopened.load()).isEqualTo(sample);
        }
    }

    @Test
    void aFieldEditIsLoggedWithBeforeAfterAndUserAndTheChainVerifies() throws Exception {
        try (RecordStore store = create(sample())) {
            ChangeSet set =
                    store.apply(new Edit.SetField(EntityType.ACTIVITY, "support", "status", ActivityStatus.IN_REVIEW));

            assertThat(set.entries()).singleElement().satisfies(entry -> {
                assertThat(entry.entityId()).isEqualTo("support");
                assertThat(entry.field()).isEqualTo("status");
                assertThat(entry.before()).isEqualTo("\"approved\"");
                assertThat(entry.after()).isEqualTo("\"in-review\"");
                assertThat(entry.user()).isEqualTo(expectedUser());
            });
            assertThat(activity(store, "support").status()).isEqualTo(ActivityStatus.IN_REVIEW);
            assertThat(store.history(0)).hasSize(2);
            assertThat(store.verifyHistory().intact()).isTrue();
        }
        try (RecordStore reopened = reopen()) {
            assertThat(activity(reopened, "support").status()).isEqualTo(ActivityStatus.IN_REVIEW);
        }
    }

    @Test
    void aPublishedNoticeIsStoredAsTheModelAppliesItAndCannotBeUndone() throws Exception {
        Inventory before = sample();
        Edit.Publish publish = new Edit.Publish(new PublishedNotice(
                null,
                "en",
                1,
                Instant.parse("2026-03-01T09:30:00Z"),
                "dpo",
                "0".repeat(64),
                "Privacy notice\n\nWhat we collect.",
                false));
        try (RecordStore store = create(before)) {
            ChangeSet set = store.apply(publish);

            assertThat(store.load()).isEqualTo(Inventories.apply(before, publish));
            assertThat(store.verifyHistory().intact()).isTrue();
            assertThatThrownBy(() -> store.revert(set.id())).hasMessageContaining("cannot be undone");
        }
    }

    @Test
    void anUnchangedUpdateWritesNoChangeSet() throws Exception {
        try (RecordStore store = create(sample())) {
            ChangeSet set = store.apply(new Edit.Update(EntityType.ACTIVITY, "support", activity(store, "support")));

            assertThat(set.isEmpty()).isTrue();
            assertThat(store.history(0)).hasSize(1);
        }
    }

    @Test
    void revertUndoesAndRevertingTheRevertRedoes() throws Exception {
        try (RecordStore store = create(sample())) {
            Inventory original = store.load();
            ChangeSet edit = store.apply(
                    new Edit.SetField(EntityType.ACTIVITY, "support", "status", ActivityStatus.RETIRED),
                    new Edit.SetField(EntityType.ORGANISATION, null, "phone", "+47 1"));
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
    void addMoveAndRemoveKeepTheOrderAndUndoPutsARemovedItemBackInItsPlace() throws Exception {
        try (RecordStore store = create(sample())) {
            Inventory original = store.load();
            Activity copy = activity(store, "support");
            Activity added = (Activity)
                    RecordFields.with(RecordFields.with(copy, "id", "support-2"), "status", ActivityStatus.DRAFT);

            ChangeSet add = store.apply(new Edit.Add(added, 0));
            store.apply(new Edit.Move(EntityType.ACTIVITY, "support-2", 2));
            String second = original.activities().get(1).id();
            ChangeSet removal = store.apply(new Edit.Remove(EntityType.ACTIVITY, second));

            assertThat(add.entries().get(0).position()).isZero();
            assertThat(store.load().activities().get(1).id()).isEqualTo("support-2");
            assertThat(store.load().activities()).extracting(Activity::id).doesNotContain(second);
            store.revert(removal.id());
            assertThat(Inventories.indexOf(store.load(), EntityType.ACTIVITY, second))
                    .isEqualTo(1);
            assertThat(store.verifyHistory().intact()).isTrue();
        }
    }

    @Test
    void aChangeSetWithOneBadEditWritesNothing() throws Exception {
        try (RecordStore store = create(sample())) {
            Inventory original = store.load();
            Activity support = activity(store, "support");
            Activity broken = (Activity) RecordFields.with(support, "dataCategories", List.of("no-such-category"));

            assertThatThrownBy(() -> store.apply(
                            new Edit.SetField(EntityType.ACTIVITY, "support", "status", ActivityStatus.DRAFT),
                            new Edit.Update(EntityType.ACTIVITY, "support", broken)))
                    .isInstanceOf(EditRejectedException.class);
            assertThat(store.load()).isEqualTo(original);
            assertThat(store.history(0)).hasSize(1);
        }
    }

    @Test
    void renamingAnItemMakesItsReferencesFollowAndUndoRenamesBack() throws Exception {
        try (RecordStore store = create(sample())) {
            Inventory original = store.load();
            String category = activity(store, "support").dataCategories().get(0);

            ChangeSet rename = store.apply(new Edit.SetField(EntityType.DATA_CATEGORY, category, "id", "renamed"));

            assertThat(activity(store, "support").dataCategories())
                    .contains("renamed")
                    .doesNotContain(category);
            assertThat(store.verifyHistory().intact()).isTrue();
            store.revert(rename.id());
            assertThat(store.load()).isEqualTo(original);
        }
    }

    @Test
    void historyPagesNewestFirstAndTheRecordCanBeRebuiltAsItStood() throws Exception {
        try (RecordStore store = create(sample())) {
            Inventory original = store.load();
            Instant created = store.history(0).get(0).time();
            Thread.sleep(5);
            for (int i = 1; i <= 3; i++) {
                store.apply(new Edit.SetField(
                        EntityType.ACTIVITY,
                        "support",
                        "name",
                        Text.of(original.languages().get(0), "Support " + i)));
            }

            List<ChangeLogEntry> page = store.history(2, 1);

            assertThat(page).extracting(ChangeLogEntry::seq).containsExactly(3L, 2L);
            assertThat(store.historyHead().rows()).isEqualTo(4);
            assertThat(store.replayAsOf(created)).isEqualTo(original);
            assertThat(store.replayAsOf(Instant.now().plusSeconds(60))).isEqualTo(store.load());
        }
    }

    @Test
    void theLanguagesOfTheRecordCanChangeAndChangeBack() throws Exception {
        try (RecordStore store = create(sample())) {
            Inventory original = store.load();
            List<String> fewer = List.of(original.languages().get(0));
            List<String> more = new java.util.ArrayList<>(original.languages());
            more.add("de");

            ChangeSet set = store.apply(Edit.languages(more));

            assertThat(store.load().languages()).isEqualTo(more);
            store.revert(set.id());
            assertThat(store.load().languages()).isEqualTo(original.languages()).isNotEqualTo(fewer);
            assertThat(store.verifyHistory().intact()).isTrue();
        }
    }

    @Test
    void removingADataCategoryAnActivityStillNamesIsRefusedAndWritesNothing() throws Exception {
        try (RecordStore store = create(sample())) {
            Inventory original = store.load();
            String used = activity(store, "support").dataCategories().get(0);

            assertThatThrownBy(() -> store.apply(new Edit.Remove(EntityType.DATA_CATEGORY, used)))
                    .isInstanceOf(EditRejectedException.class)
                    .hasMessageContaining(used);
            assertThat(store.load()).isEqualTo(original);
            assertThat(store.history(0)).hasSize(1);
        }
    }

    @Test
    void removingAnApprovedActivityCanBeUndoneAndItComesBackApprovedInItsPlace() throws Exception {
        try (RecordStore store = create(sample())) {
            Inventory original = store.load();
            assertThat(activity(store, "support").status()).isEqualTo(ActivityStatus.APPROVED);

            ChangeSet removal = store.apply(new Edit.Remove(EntityType.ACTIVITY, "support"));
            store.revert(removal.id());

            assertThat(store.load()).isEqualTo(original);
            assertThat(store.verifyHistory().intact()).isTrue();
        }
    }

    @Test
    void aChangeStartedFromAValueChangedMeanwhileIsRefusedNamingThatChangeAndWritesNothing() throws Exception {
        try (RecordStore store = create(sample())) {
            String started = activity(store, "support").owner();
            ChangeSet theirs = store.apply(new Edit.SetField(EntityType.ACTIVITY, "support", "owner", "Their team"));
            Inventory afterTheirs = store.load();

            assertThatThrownBy(() -> store.apply(
                            new Edit.Unchanged(EntityType.ACTIVITY, "support", "owner", started),
                            new Edit.SetField(EntityType.ACTIVITY, "support", "owner", "My team")))
                    .isInstanceOfSatisfying(EditConflictException.class, conflict -> {
                        assertThat(conflict.other().changeSet()).isEqualTo(theirs.id());
                        assertThat(conflict.other().user()).isEqualTo(expectedUser());
                        assertThat(conflict.getMessage())
                                .contains("\"support\"")
                                .contains("\"owner\"");
                    });
            assertThat(store.load()).isEqualTo(afterTheirs);
            assertThat(store.history(0)).hasSize(2);

            store.apply(
                    new Edit.Unchanged(EntityType.ACTIVITY, "support", "owner", "Their team"),
                    new Edit.SetField(EntityType.ACTIVITY, "support", "owner", "My team"));
            assertThat(activity(store, "support").owner()).isEqualTo("My team");
            assertThat(store.history(0)).hasSize(3);
            assertThat(store.verifyHistory().intact()).isTrue();
        }
    }

    static Activity activity(RecordStore store, String id) {
        return store.load().activities().stream()
                .filter(a -> a.id().equals(id))
                .findFirst()
                .orElseThrow();
    }
}
