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
}
