package io.privacyinventory.ui.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import io.privacyinventory.TestInventories;
import io.privacyinventory.model.Audience;
import io.privacyinventory.model.Inventory;
import io.privacyinventory.store.InventoryStore;
import io.privacyinventory.ui.Messages;
import io.privacyinventory.ui.TaskRunner;
import io.privacyinventory.ui.Theme;
import io.privacyinventory.ui.document.InventoryDocument;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.controlsfx.control.CheckListView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The audiences of the notice are edited under Organisation & notice, saved at once and undoable. */
@ExtendWith(ApplicationExtension.class)
class AudienceEditorTest {
    @TempDir
    Path folder;

    private Stage stage;
    private InventoryDocument document;
    private Path file;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Theme.apply(false);
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> stage.hide());
        if (document != null) {
            document.close();
        }
    }

    private Inventory saved() throws Exception {
        WaitForAsyncUtils.waitFor(
                20, TimeUnit.SECONDS, () -> document.saveStateProperty().get() == InventoryDocument.SaveState.SAVED);
        WaitForAsyncUtils.waitForFxEvents();
        try (InventoryStore reader = InventoryStore.openReadOnly(file)) {
            return reader.load();
        }
    }

    @Test
    void anAudienceIsAddedNamedGivenItsSubjectsRemovedAndTheRemovalUndone(FxRobot robot) throws Exception {
        file = folder.resolve("inventory.db");
        InventoryStore.create(file, TestInventories.read(TestInventories.CLINIC_GROUP))
                .close();
        InventoryStore store = InventoryStore.open(file);
        document = new InventoryDocument(store, store.load(), TaskRunner.background());
        OrganisationView view =
                new OrganisationView(document, new Messages(Locale.ENGLISH), new SimpleStringProperty("en"));
        robot.interact(() -> {
            stage.setScene(new Scene((javafx.scene.Parent) view.root(), 1200, 900));
            stage.show();
            view.activate();
        });
        @SuppressWarnings("unchecked")
        ComboBox<String> picker = robot.lookup("#audiencePicker").queryAs(ComboBox.class);
        assertThat(picker.getItems()).containsExactly("patients", "employees", "website-visitors");
        assertThat(robot.lookup("#audienceTitle-en").queryAs(TextField.class).getText())
                .isEqualTo("Privacy notice for patients of Fjellvik Helse");

        robot.interact(
                () -> assertThat(findEditor(view).addAudience("walk-ins")).isTrue());
        robot.interact(() -> assertThat(findEditor(view).addAudience("walk-ins"))
                .as("a taken id")
                .isFalse());
        robot.interact(() -> assertThat(findEditor(view).addAudience("Walk Ins"))
                .as("not an id")
                .isFalse());
        saved();
        assertThat(picker.getValue()).isEqualTo("walk-ins");

        TextField title = robot.lookup("#audienceTitle-en").queryAs(TextField.class);
        robot.interact(() -> {
            title.setText("Privacy notice for walk-in patients");
            title.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.ENTER, false, false, false, false));
        });
        @SuppressWarnings("unchecked")
        CheckListView<String> subjects = robot.lookup("#audienceSubjects").queryAs(CheckListView.class);
        robot.interact(() -> subjects.getCheckModel().check("patients"));

        Audience added = saved().notice().audiences().get(3);
        assertThat(added.id()).isEqualTo("walk-ins");
        assertThat(added.title().get("en")).contains("Privacy notice for walk-in patients");
        assertThat(added.dataSubjects()).containsExactly("patients");

        robot.interact(() -> findEditor(view).removeSelected());
        assertThat(saved().notice().audiences()).extracting(Audience::id).doesNotContain("walk-ins");
        robot.interact(() -> document.undo());
        assertThat(saved().notice().audiences()).extracting(Audience::id).contains("walk-ins");
    }

    private static AudienceEditor findEditor(OrganisationView view) {
        return view.audienceEditor();
    }
}
