package io.privacyinventory.ui.activities;

import io.privacyinventory.TestInventories;
import io.privacyinventory.model.Activity;
import io.privacyinventory.model.Inventory;
import io.privacyinventory.store.InventoryStore;
import io.privacyinventory.ui.FxWait;
import io.privacyinventory.ui.Messages;
import io.privacyinventory.ui.SectionOnFile;
import io.privacyinventory.ui.SettledScene;
import io.privacyinventory.ui.TaskRunner;
import io.privacyinventory.ui.Theme;
import io.privacyinventory.ui.document.InventoryDocument;
import io.privacyinventory.ui.findings.FindingsModel;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The activities view on a real file in a real window, for the tests that type into the activity
 * editor and read the file back: one view per test, closed after it.
 */
abstract class ActivityEditorOnFile extends SectionOnFile {
    protected ActivitiesView view;
    protected ActivitiesViewModel model;

    @AfterEach
    void disposeView(FxRobot robot) {
        if (view != null) {
            FxWait.run(view::dispose);
        }
    }

    /** TestFX calls only the test class's own start method: each subclass's hands the stage here. */
    protected void start(Stage stage) {
        this.stage = stage;
        Theme.apply(false);
    }

    @AfterEach
    void close(FxRobot robot) {
        FxWait.run(() -> {
            stage.hide();
            if (view != null) {
                view.dispose();
            }
        });
        if (document != null) {
            document.close();
        }
    }

    /**
     * Shows the activity on the file and waits until the editor's sections below the fold are built
     * (in the pulses after the first frame), as the user sees the editor a moment after it opens.
     */
    protected void show(FxRobot robot, Inventory inventory, String activityId, Locale locale, String contentLanguage)
            throws Exception {
        showFirstFrame(robot, inventory, activityId, locale, contentLanguage, () -> {});
        waitUntilBuilt(robot);
    }

    /**
     * Shows the activity on the file and, in the same turn of the FX thread (before any pulse), runs
     * {@code before}: the editor's sections below the fold are not built yet then.
     */
    protected void showFirstFrame(
            FxRobot robot,
            Inventory inventory,
            String activityId,
            Locale locale,
            String contentLanguage,
            Runnable before)
            throws Exception {
        file = folder.resolve("inventory.db");
        InventoryStore.create(file, inventory).close();
        InventoryStore store = InventoryStore.open(file);
        document = new InventoryDocument(store, store.load(), TaskRunner.background());
        FxWait.run(() -> {
            Messages messages = new Messages(locale);
            model = new ActivitiesViewModel(document, "New activity", "copy");
            FindingsModel findings =
                    new FindingsModel(document, TaskRunner.direct(), locale, Clock.systemDefaultZone());
            view = new ActivitiesView(model, messages, new SimpleStringProperty(contentLanguage), findings);
            stage.setScene(new Scene(new io.privacyinventory.ui.WindowFrame(view.root()).root(), 1200, 900));
            stage.show();
            view.activate();
            model.selectedIdProperty().set(activityId);
            before.run();
        });
    }

    /** Waits until no section of the editor stands as a placeholder any more, nor builds rows ahead. */
    protected void waitUntilBuilt(FxRobot robot) {
        SettledScene.await(stage);
    }

    protected static Inventory clinic() {
        return TestInventories.read(TestInventories.CLINIC_GROUP);
    }

    protected Activity saved(String activityId) throws Exception {
        WaitForAsyncUtils.waitFor(
                20, TimeUnit.SECONDS, () -> document.saveStateProperty().get() == InventoryDocument.SaveState.SAVED);
        FxWait.settle();
        try (InventoryStore reader = InventoryStore.openReadOnly(file)) {
            return reader.load().activities().stream()
                    .filter(a -> a.id().equals(activityId))
                    .findFirst()
                    .orElseThrow();
        }
    }
}
