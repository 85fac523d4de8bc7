package io.privacyinventory.ui.activities;

import static org.assertj.core.api.Assertions.assertThat;

import io.privacyinventory.TestInventories;
import io.privacyinventory.model.Activity;
import io.privacyinventory.store.ChangeLogEntry;
import io.privacyinventory.store.InventoryStore;
import io.privacyinventory.ui.FxStageExtension;
import io.privacyinventory.ui.FxWait;
import io.privacyinventory.ui.HeldWorker;
import io.privacyinventory.ui.Messages;
import io.privacyinventory.ui.SettledScene;
import io.privacyinventory.ui.TaskRunner;
import io.privacyinventory.ui.Theme;
import io.privacyinventory.ui.document.InventoryDocument;
import io.privacyinventory.ui.findings.FindingsModel;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Typing into several fields of one activity faster than the file takes to commit them: every
 * value must reach the file, and the change log must record each of them once (no edit writes an
 * older value back over one still on its way). The worker is real; the file is slowed on purpose:
 * the worker holds its work until the typing is done, as a busy disk or network share would.
 */
@ExtendWith(FxStageExtension.class)
class QuickEditsAreNeverLostTest {
    private final HeldWorker disk = new HeldWorker();

    @TempDir
    Path folder;

    private Stage stage;
    private InventoryDocument document;
    private ActivitiesView view;

    @Start
    void start(Stage stage) {
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

    @Test
    void threeFieldsTypedBeforeTheFirstIsSavedAreAllInTheFileOnce(FxRobot robot) throws Exception {
        Path file = folder.resolve("inventory.db");
        InventoryStore.create(file, TestInventories.read(TestInventories.CLINIC_GROUP))
                .close();
        InventoryStore store = InventoryStore.open(file);
        document = new InventoryDocument(store, store.load(), disk);
        Activity first = document.inventory().activities().get(0);
        FxWait.run(() -> {
            Messages messages = new Messages(Locale.ENGLISH);
            ActivitiesViewModel model = new ActivitiesViewModel(document, "New activity", "copy");
            FindingsModel findings =
                    new FindingsModel(document, TaskRunner.direct(), Locale.ENGLISH, Clock.systemDefaultZone());
            view = new ActivitiesView(model, messages, new SimpleStringProperty("en"), findings);
            stage.setScene(new Scene(new io.privacyinventory.ui.WindowFrame(view.root()).root(), 1200, 900));
            stage.show();
            model.selectedIdProperty().set(first.id());
        });
        SettledScene.await(stage);

        robot.doubleClickOn("#activityName")
                .press(KeyCode.CONTROL, KeyCode.A)
                .release(KeyCode.A, KeyCode.CONTROL)
                .write("Alpha")
                .type(KeyCode.ENTER);
        robot.clickOn("#activityOwner")
                .press(KeyCode.CONTROL, KeyCode.A)
                .release(KeyCode.A, KeyCode.CONTROL)
                .write("Beta")
                .type(KeyCode.ENTER);
        robot.clickOn("#activityDescription")
                .press(KeyCode.CONTROL, KeyCode.A)
                .release(KeyCode.A, KeyCode.CONTROL)
                .write("Gamma")
                .press(KeyCode.CONTROL, KeyCode.ENTER)
                .release(KeyCode.ENTER, KeyCode.CONTROL);
        assertThat(document.saveStateProperty().get())
                .as("the edits were made before the first was saved")
                .isEqualTo(InventoryDocument.SaveState.SAVING);
        disk.release();

        WaitForAsyncUtils.waitFor(
                20, TimeUnit.SECONDS, () -> document.saveStateProperty().get() == InventoryDocument.SaveState.SAVED);
        FxWait.settle();

        try (InventoryStore reader = InventoryStore.openReadOnly(file)) {
            Activity saved = reader.load().activities().get(0);
            assertThat(saved.name().get("en")).contains("Alpha");
            assertThat(saved.owner()).isEqualTo("Beta");
            assertThat(saved.description().get("en")).contains("Gamma");
            List<ChangeLogEntry> log = reader.history(0).stream()
                    .filter(entry -> first.id().equals(entry.entityId()))
                    .toList();
            assertThat(log)
                    .filteredOn(entry -> "name".equals(entry.field()))
                    .singleElement()
                    .satisfies(entry -> assertThat(entry.after()).contains("Alpha"));
            assertThat(log)
                    .filteredOn(entry -> "owner".equals(entry.field()))
                    .singleElement()
                    .satisfies(entry -> assertThat(entry.after()).contains("Beta"));
            assertThat(log)
                    .filteredOn(entry -> "description".equals(entry.field()))
                    .singleElement()
                    .satisfies(entry -> assertThat(entry.after()).contains("Gamma"));
            assertThat(document.inventory().activities().get(0))
                    .as("what the editor shows")
                    .isEqualTo(saved);
        }
    }
}
