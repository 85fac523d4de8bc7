package io.privacyinventory.ui;

import io.privacyinventory.TestInventories;
import io.privacyinventory.model.Activity;
import io.privacyinventory.model.Inventory;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class OverviewViewTest {
    private OverviewView view;

    @Start
    void start(Stage stage) {
        view = new OverviewView(new Messages(Locale.ENGLISH));
        stage.setScene(new Scene(view.root(), 1000, 700));
        stage.show();
    }

    @Test
    void showsEveryActivityAndTheFirstOnesLegalBases(FxRobot robot) {
        Inventory inventory = TestInventories.read(TestInventories.PRODUCT_SERVICES);

        robot.interact(() -> view.show(Path.of("inventory.db"), inventory));

        TableView<Activity> table = robot.lookup("#activityTable").queryTableView();
        assertThat(table.getItems()).hasSize(inventory.activities().size());
        assertThat(robot.lookup("#organisationName").queryAs(Label.class).getText()).isEqualTo("VMware, Inc.");
        assertThat(texts(robot)).anySatisfy(text -> assertThat(text).contains("Legitimate interests (Art. 6(1)(f))"));
    }

    @Test
    void selectingAnotherActivityShowsItsRecord(FxRobot robot) {
        Inventory inventory = TestInventories.read(TestInventories.CLINIC_GROUP);
        robot.interact(() -> view.show(Path.of("clinic.db"), inventory));
        TableView<Activity> table = robot.lookup("#activityTable").queryTableView();
        int row = indexWithSpecialCategoryCondition(inventory);

        robot.interact(() -> table.getSelectionModel().select(row));

        assertThat(texts(robot)).anySatisfy(text -> assertThat(text).contains("Art. 9(2)"));
    }

    @Test
    void emptyInventoryExplainsHowToFillIt(FxRobot robot) {
        robot.interact(() -> view.show(Path.of("empty.db"), Inventory.empty("en", "Empty Ltd")));

        TableView<Activity> table = robot.lookup("#activityTable").queryTableView();
        assertThat(((Label) table.getPlaceholder()).getText()).contains("no processing activities yet")
                .contains("privacy-inventory import");
    }

    @Test
    void fileThatCannotBeOpenedShowsWhy(FxRobot robot) {
        robot.interact(() -> view.showError(Path.of("other.db"), new Exception("other.db: is not a Privacy Inventory file")));

        assertThat(robot.lookup("#openError").queryAs(Label.class).getText())
                .isEqualTo("The inventory could not be opened: other.db: is not a Privacy Inventory file");
    }

    private static int indexWithSpecialCategoryCondition(Inventory inventory) {
        for (int i = 0; i < inventory.activities().size(); i++) {
            if (inventory.activities().get(i).purposes().stream().anyMatch(use -> use.specialCategoryCondition() != null)) {
                return i;
            }
        }
        throw new AssertionError("the clinic sample has an activity with an Art. 9 condition");
    }

    private static java.util.List<String> texts(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        VBox details = robot.lookup("#activityDetails").queryAs(VBox.class);
        return robot.from(details).lookup(".label").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
    }
}
