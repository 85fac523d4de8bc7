package io.privacyinventory.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.privacyinventory.TestInventories;
import io.privacyinventory.store.InventoryStore;
import io.privacyinventory.ui.document.InventoryDocument;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** Ctrl+Z in the editor's text fields: first the field's own uncommitted typing, then the app's undo. */
@ExtendWith(FxStageExtension.class)
class UndoKeysTest {
    @TempDir
    Path folder;

    private Stage stage;
    private MainWindow window;
    private InventoryDocument document;
    private Path file;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Theme.apply(false);
    }

    @AfterEach
    void close(FxRobot robot) {
        FxWait.run(() -> {
            stage.hide();
            if (window != null) {
                window.dispose();
            }
        });
        if (document != null) {
            document.close();
        }
    }

    @Test
    void ctrlZRestoresTheTypedFieldFirstThenUndoesTheLastEditAndNeverSavesAHalfUndoneText(FxRobot robot)
            throws Exception {
        file = folder.resolve("inventory.db");
        InventoryStore store = InventoryStore.create(file, TestInventories.read(TestInventories.CLINIC_GROUP));
        document = new InventoryDocument(store, store.load(), TaskRunner.direct());
        FxWait.run(() -> {
            window = new MainWindow(document, new Messages(Locale.ENGLISH), new NoAppActions(), TaskRunner.direct());
            Scene scene = new Scene(new WindowFrame(window.root()).root(), 1400, 900);
            stage.setScene(scene);
            stage.show();
        });
        SettledScene.await(stage);
        String original = savedName();
        TextField name = robot.lookup("#activityName").queryAs(TextField.class);

        robot.clickOn(name)
                .press(KeyCode.CONTROL, KeyCode.A)
                .release(KeyCode.A, KeyCode.CONTROL)
                .write("First")
                .type(KeyCode.ENTER);
        assertThat(savedName()).isEqualTo("First");

        robot.write(" and more");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertThat(name.getText()).as("the typing is taken back first").isEqualTo("First");
        assertThat(savedName()).isEqualTo("First");

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertThat(savedName()).as("then the app's undo").isEqualTo(original);
        assertThat(name.getText()).as("the focused field follows the undo").isEqualTo(original);

        robot.clickOn("#activityFilter");
        assertThat(savedName()).as("leaving the field saves nothing").isEqualTo(original);
        assertThat(document.canRedoProperty().get()).isTrue();
    }

    private String savedName() throws Exception {
        try (InventoryStore reader = InventoryStore.openReadOnly(file)) {
            return reader.load().activities().get(0).name().get("en").orElse("");
        }
    }
}
