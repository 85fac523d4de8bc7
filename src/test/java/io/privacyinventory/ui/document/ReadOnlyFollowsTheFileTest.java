package io.privacyinventory.ui.document;

import static org.assertj.core.api.Assertions.assertThat;

import io.privacyinventory.TestInventories;
import io.privacyinventory.model.Activity;
import io.privacyinventory.model.Edit;
import io.privacyinventory.model.EntityType;
import io.privacyinventory.store.InventoryStore;
import io.privacyinventory.ui.FxStageExtension;
import io.privacyinventory.ui.FxWait;
import io.privacyinventory.ui.TaskRunner;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A window with the file open read-only shows what the editing window (another store on the same file) saves. */
@ExtendWith(FxStageExtension.class)
class ReadOnlyFollowsTheFileTest {
    @TempDir
    Path folder;

    @Start
    void start(Stage stage) {}

    @Test
    void theReadOnlyDocumentPicksUpAnotherWindowsEdit(FxRobot robot) throws Exception {
        Path file = folder.resolve("inventory.db");
        try (InventoryStore editing = InventoryStore.create(file, TestInventories.read(TestInventories.CLINIC_GROUP))) {
            InventoryStore reading = InventoryStore.openReadOnly(file);
            InventoryDocument readOnly = new InventoryDocument(reading, reading.load(), TaskRunner.background());
            try {
                FxWait.run(() -> readOnly.followFile(Duration.millis(100)));
                String id = readOnly.inventory().activities().get(0).id();
                WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);

                editing.apply(new Edit.SetField(EntityType.ACTIVITY, id, "owner", "Front desk"));

                WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "Front desk".equals(ownerOf(readOnly, id)));
                assertThat(ownerOf(readOnly, id)).isEqualTo("Front desk");
            } finally {
                readOnly.close();
            }
        }
    }

    private static String ownerOf(InventoryDocument document, String id) {
        return document.inventory().activities().stream()
                .filter(a -> a.id().equals(id))
                .map(Activity::owner)
                .findFirst()
                .orElse(null);
    }
}
