package io.privacyinventory.ui.document;

import static org.assertj.core.api.Assertions.assertThat;

import io.privacyinventory.TestInventories;
import io.privacyinventory.model.Activity;
import io.privacyinventory.model.ActivityStatus;
import io.privacyinventory.model.EntityType;
import io.privacyinventory.model.Inventory;
import io.privacyinventory.model.Text;
import io.privacyinventory.store.InventoryStore;
import io.privacyinventory.ui.TaskRunner;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InventoryDocumentTest {
    @TempDir
    Path folder;

    private InventoryDocument document;
    private Inventory original;

    @BeforeEach
    void open() throws Exception {
        original = TestInventories.read(TestInventories.PRODUCT_SERVICES);
        InventoryStore store = InventoryStore.create(folder.resolve("inventory.db"), original);
        document = new InventoryDocument(store, store.load(), TaskRunner.direct());
    }

    @AfterEach
    void close() {
        document.close();
    }

    private Activity first() {
        return document.inventory().activities().get(0);
    }

    private Inventory onDisk() throws Exception {
        try (InventoryStore reader = InventoryStore.openReadOnly(folder.resolve("inventory.db"))) {
            return reader.load();
        }
    }

    @Test
    void editIsOnDiskAndInMemoryAtOnce() throws Exception {
        document.change(EntityType.ACTIVITY, first().id(), (Activity a) -> a.withStatus(ActivityStatus.DRAFT));

        assertThat(first().status()).isEqualTo(ActivityStatus.DRAFT);
        assertThat(onDisk()).isEqualTo(document.inventory());
        assertThat(document.saveStateProperty().get()).isEqualTo(InventoryDocument.SaveState.SAVED);
        assertThat(document.canUndoProperty().get()).isTrue();
    }

    @Test
    void undoAndRedoWalkBackAndForthThroughTheSessionsEdits() throws Exception {
        document.change(
                EntityType.ACTIVITY,
                first().id(),
                (Activity a) -> a.withName(a.name().with("nb", "Nytt navn")));
        document.add(Activity.draft("another", Text.of("nb", "En til")), -1);
        Inventory afterBoth = document.inventory();

        document.undo();
        assertThat(document.inventory().activities()).extracting(Activity::id).doesNotContain("another");
        document.undo();
        assertThat(document.inventory()).isEqualTo(original);
        assertThat(onDisk()).isEqualTo(original);
        assertThat(document.canUndoProperty().get()).isFalse();

        document.redo();
        document.redo();
        assertThat(document.inventory()).isEqualTo(afterBoth);
        assertThat(onDisk()).isEqualTo(afterBoth);
        assertThat(document.canRedoProperty().get()).isFalse();
    }

    @Test
    void newEditAfterUndoDropsTheRedoSteps() {
        document.change(EntityType.ACTIVITY, first().id(), (Activity a) -> a.withOwner("Legal"));
        document.undo();

        document.change(EntityType.ACTIVITY, first().id(), (Activity a) -> a.withOwner("Finance"));

        assertThat(document.canRedoProperty().get()).isFalse();
        assertThat(first().owner()).isEqualTo("Finance");
    }

    @Test
    void refusedEditKeepsTheOldValueAndReportsWhy() throws Exception {
        String used = first().dataCategories().get(0);

        document.remove(EntityType.DATA_CATEGORY, used);

        assertThat(document.lastErrorProperty().get()).hasMessageContaining("is still used by");
        assertThat(document.saveStateProperty().get()).isEqualTo(InventoryDocument.SaveState.FAILED);
        assertThat(document.inventory()).isEqualTo(original);
        assertThat(onDisk()).isEqualTo(original);
        assertThat(document.canUndoProperty().get()).isFalse();
    }

    /**
     * On a file too: a value typed over one that another change replaced while the user typed (another
     * view, an undo) is not written over it, but refused naming that change, with the typed value kept.
     */
    @Test
    void aValueTypedOverOneThatChangedMeanwhileIsRefusedAndKeptToApplyAgain() throws Exception {
        String id = first().id();
        String startedFrom = first().owner();
        document.change(EntityType.ACTIVITY, id, (Activity a) -> a.withOwner("Changed meanwhile"));

        document.change(
                EntityType.ACTIVITY,
                id,
                ChangedWhileTyping.unless(
                        (Activity a) -> java.util.Objects.equals(a.owner(), startedFrom), a -> a.withOwner("Typed")));

        assertThat(onDisk().activities().get(0).owner()).isEqualTo("Changed meanwhile");
        assertThat(first().owner()).isEqualTo("Changed meanwhile");
        TeamConflict conflict = document.conflictProperty().get();
        assertThat(conflict).isNotNull();
        assertThat(conflict.otherUser()).isEqualTo(System.getProperty("user.name"));
        assertThat(conflict.message()).contains("\"owner\"");
        assertThat(conflict.refusedValues()).containsExactly("owner: Typed");
        try (InventoryStore reader = InventoryStore.openReadOnly(folder.resolve("inventory.db"))) {
            assertThat(reader.history(0)).hasSize(2);
        }

        document.apply(conflict.refused());
        assertThat(onDisk().activities().get(0).owner()).isEqualTo("Typed");
    }

    /** A change from the value the user started from goes through, with that value checked by the file. */
    @Test
    void aValueTypedOverTheLatestOneIsSaved() throws Exception {
        String id = first().id();
        String startedFrom = first().owner();

        document.change(
                EntityType.ACTIVITY,
                id,
                ChangedWhileTyping.unless(
                        (Activity a) -> java.util.Objects.equals(a.owner(), startedFrom), a -> a.withOwner("Typed")));

        assertThat(onDisk().activities().get(0).owner()).isEqualTo("Typed");
        assertThat(document.conflictProperty().get()).isNull();
    }
}
