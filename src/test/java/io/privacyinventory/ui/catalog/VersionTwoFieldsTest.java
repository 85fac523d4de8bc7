package io.privacyinventory.ui.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.privacyinventory.TestInventories;
import io.privacyinventory.model.EntityType;
import io.privacyinventory.model.Inventory;
import io.privacyinventory.model.Purpose;
import io.privacyinventory.model.Recipient;
import io.privacyinventory.store.InventoryStore;
import io.privacyinventory.ui.Messages;
import io.privacyinventory.ui.SectionView;
import io.privacyinventory.ui.TaskRunner;
import io.privacyinventory.ui.Theme;
import io.privacyinventory.ui.document.InventoryDocument;
import io.privacyinventory.ui.organisation.OrganisationView;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The format version 2 fields of the catalogues and the organisation, ticked and picked on real controls, reach the file. */
@ExtendWith(ApplicationExtension.class)
class VersionTwoFieldsTest {
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

    private void open() throws Exception {
        file = folder.resolve("inventory.db");
        InventoryStore.create(file, TestInventories.read(TestInventories.CLINIC_GROUP))
                .close();
        InventoryStore store = InventoryStore.open(file);
        document = new InventoryDocument(store, store.load(), TaskRunner.background());
    }

    private void show(FxRobot robot, SectionView view) {
        robot.interact(() -> {
            stage.setScene(new Scene((javafx.scene.Parent) view.root(), 1200, 900));
            stage.show();
            view.activate();
        });
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
    void aPurposeIsMarkedAsDirectMarketing(FxRobot robot) throws Exception {
        open();
        Purpose purpose = document.inventory().purposes().stream()
                .filter(p -> !p.directMarketing())
                .findFirst()
                .orElseThrow();
        CatalogView view = new CatalogView(
                new CatalogViewModel(document, EntityType.PURPOSE),
                new Messages(Locale.ENGLISH),
                new SimpleStringProperty("en"));
        show(robot, view);
        robot.interact(() -> view.select(purpose.id()));

        robot.clickOn("#directMarketing");

        Purpose after = saved().purposes().stream()
                .filter(p -> p.id().equals(purpose.id()))
                .findFirst()
                .orElseThrow();
        assertThat(after.directMarketing()).isTrue();
        assertThat(after.name()).as("the rest of the purpose is kept").isEqualTo(purpose.name());
    }

    @Test
    void strictlyNecessaryIsOfferedForTrackingToolsOnly(FxRobot robot) throws Exception {
        open();
        Recipient recipient = document.inventory().recipients().stream()
                .filter(r -> !r.tracking() && !r.strictlyNecessary())
                .findFirst()
                .orElseThrow();
        CatalogView view = new CatalogView(
                new CatalogViewModel(document, EntityType.RECIPIENT),
                new Messages(Locale.ENGLISH),
                new SimpleStringProperty("en"));
        show(robot, view);
        robot.interact(() -> view.select(recipient.id()));
        CheckBox necessary = robot.lookup("#strictlyNecessary").queryAs(CheckBox.class);
        assertThat(necessary.isVisible()).as("not a tracking tool").isFalse();

        robot.clickOn("#tracking");
        assertThat(necessary.isVisible()).isTrue();
        robot.clickOn("#strictlyNecessary");

        Recipient after = saved().recipients().stream()
                .filter(r -> r.id().equals(recipient.id()))
                .findFirst()
                .orElseThrow();
        assertThat(after.tracking()).isTrue();
        assertThat(after.strictlyNecessary()).isTrue();
        assertThat(after.country()).as("the rest of the recipient is kept").isEqualTo(recipient.country());
    }

    @Test
    void theOrganisationsCountryIsPicked(FxRobot robot) throws Exception {
        open();
        OrganisationView view =
                new OrganisationView(document, new Messages(Locale.ENGLISH), new SimpleStringProperty("en"));
        show(robot, view);
        @SuppressWarnings("unchecked")
        ComboBox<String> country = robot.lookup("#organisationCountry").queryAs(ComboBox.class);
        String before = document.inventory().organisation().email();

        robot.interact(() -> country.getSelectionModel().select("IS"));

        Inventory after = saved();
        assertThat(after.organisation().country()).isEqualTo("IS");
        assertThat(after.organisation().email())
                .as("the rest of the organisation is kept")
                .isEqualTo(before);
        robot.interact(() -> {
            view.deactivate();
            view.activate();
        });
        assertThat(country.getValue()).as("shown again from the file").isEqualTo("IS");
    }
}
