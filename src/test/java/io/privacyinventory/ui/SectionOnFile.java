package io.privacyinventory.ui;

import io.privacyinventory.TestInventories;
import io.privacyinventory.model.Inventory;
import io.privacyinventory.store.InventoryStore;
import io.privacyinventory.ui.document.InventoryDocument;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * One section view on a real inventory file, edited through a document whose edits are committed
 * on a background worker as in the app, and the file read back as another window would read it.
 */
@ExtendWith(FxStageExtension.class)
public abstract class SectionOnFile {
    @TempDir
    protected Path folder;

    protected Stage stage;
    protected InventoryDocument document;
    protected Path file;

    /** TestFX calls only the test class's own start method: each subclass's hands the stage here. */
    protected void start(Stage stage) {
        this.stage = stage;
        Theme.apply(false);
    }

    @AfterEach
    void close(FxRobot robot) {
        FxWait.run(() -> stage.hide());
        if (document != null) {
            document.close();
        }
    }

    /** Makes a file of the clinic group sample and opens it for editing. */
    protected void openClinic() throws Exception {
        file = folder.resolve("inventory.db");
        InventoryStore.create(file, TestInventories.read(TestInventories.CLINIC_GROUP))
                .close();
        InventoryStore store = InventoryStore.open(file);
        document = new InventoryDocument(store, store.load(), TaskRunner.background());
    }

    protected void show(FxRobot robot, SectionView view) {
        FxWait.run(() -> {
            stage.setScene(new Scene((Parent) view.root(), 1200, 900));
            stage.show();
            view.activate();
        });
    }

    /** The file as it is once every edit sent so far is committed. */
    protected Inventory saved() throws Exception {
        WaitForAsyncUtils.waitFor(
                20, TimeUnit.SECONDS, () -> document.saveStateProperty().get() == InventoryDocument.SaveState.SAVED);
        FxWait.settle();
        try (InventoryStore reader = InventoryStore.openReadOnly(file)) {
            return reader.load();
        }
    }
}
