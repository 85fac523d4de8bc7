package io.privacyinventory.ui.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.privacyinventory.model.EntityType;
import io.privacyinventory.model.Inventory;
import io.privacyinventory.model.Purpose;
import io.privacyinventory.model.Recipient;
import io.privacyinventory.ui.FxWait;
import io.privacyinventory.ui.Messages;
import io.privacyinventory.ui.SectionOnFile;
import io.privacyinventory.ui.organisation.OrganisationView;
import java.util.Locale;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The format version 2 fields of the catalogues and the organisation, ticked and picked on real controls, reach the file. */
class VersionTwoFieldsTest extends SectionOnFile {
    @Start
    @Override
    protected void start(Stage stage) {
        super.start(stage);
    }

    @Test
    void aPurposeIsMarkedAsDirectMarketing(FxRobot robot) throws Exception {
        openClinic();
        Purpose purpose = document.inventory().purposes().stream()
                .filter(p -> !p.directMarketing())
                .findFirst()
                .orElseThrow();
        CatalogView view = new CatalogView(
                new CatalogViewModel(document, EntityType.PURPOSE),
                new Messages(Locale.ENGLISH),
                new SimpleStringProperty("en"));
        show(robot, view);
        FxWait.run(() -> view.select(purpose.id()));

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
        openClinic();
        Recipient recipient = document.inventory().recipients().stream()
                .filter(r -> !r.tracking() && !r.strictlyNecessary())
                .findFirst()
                .orElseThrow();
        CatalogView view = new CatalogView(
                new CatalogViewModel(document, EntityType.RECIPIENT),
                new Messages(Locale.ENGLISH),
                new SimpleStringProperty("en"));
        show(robot, view);
        FxWait.run(() -> view.select(recipient.id()));
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
        openClinic();
        OrganisationView view =
                new OrganisationView(document, new Messages(Locale.ENGLISH), new SimpleStringProperty("en"));
        show(robot, view);
        @SuppressWarnings("unchecked")
        ComboBox<String> country = robot.lookup("#organisationCountry").queryAs(ComboBox.class);
        String before = document.inventory().organisation().email();

        FxWait.run(() -> country.getSelectionModel().select("IS"));

        Inventory after = saved();
        assertThat(after.organisation().country()).isEqualTo("IS");
        assertThat(after.organisation().email())
                .as("the rest of the organisation is kept")
                .isEqualTo(before);
        FxWait.run(() -> {
            view.deactivate();
            view.activate();
        });
        assertThat(country.getValue()).as("shown again from the file").isEqualTo("IS");
    }
}
