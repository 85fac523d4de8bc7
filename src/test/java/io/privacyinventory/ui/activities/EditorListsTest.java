package io.privacyinventory.ui.activities;

import static org.assertj.core.api.Assertions.assertThat;

import io.privacyinventory.model.Activity;
import io.privacyinventory.model.Recipient;
import io.privacyinventory.model.RecipientKind;
import io.privacyinventory.store.InventoryStore;
import io.privacyinventory.ui.FxStageExtension;
import io.privacyinventory.ui.FxWait;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.controlsfx.control.CheckListView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The activity editor's lists on real controls and a real file: check-lists with the checked items
 * first and a word when a search matches nothing, the wheel scrolling the page over a list, a
 * transfer offering the activity's recipients and its safeguard hint.
 */
@ExtendWith(FxStageExtension.class)
@SuppressWarnings("unchecked")
class EditorListsTest extends ActivityEditorOnFile {
    @Start
    @Override
    protected void start(Stage stage) {
        super.start(stage);
    }

    @Test
    void aCheckListShowsTheCheckedItemsFirstAndSaysWhenNothingMatches(FxRobot robot) throws Exception {
        show(robot, clinic(), "recruitment", Locale.ENGLISH, "en");
        Activity recruitment = clinic().activities().stream()
                .filter(a -> a.id().equals("recruitment"))
                .findFirst()
                .orElseThrow();
        CheckListView<String> categories = categoryList(robot);
        int count = recruitment.dataCategories().size();
        assertThat(categories.getItems().subList(0, count))
                .containsExactlyInAnyOrderElementsOf(recruitment.dataCategories());
        assertThat(categories.getItems()).hasSize(clinic().dataCategories().size());

        TextField search = robot.lookup("#activityCategories").queryAs(VBox.class).getChildren().stream()
                .filter(TextField.class::isInstance)
                .map(TextField.class::cast)
                .findFirst()
                .orElseThrow();
        FxWait.run(() -> search.setText("zzzq"));
        assertThat(categories.getItems()).isEmpty();
        assertThat(((Label) categories.getPlaceholder()).getText()).isEqualTo("Nothing matches “zzzq”.");
    }

    @Test
    void theWheelOverAListScrollsThePageUntilTheListIsClickedInto(FxRobot robot) throws Exception {
        show(robot, clinic(), "recruitment", Locale.ENGLISH, "en");
        CheckListView<String> categories = categoryList(robot);
        ScrollPane page = robot.lookup("#activityEditor").queryAs(ScrollPane.class);
        FxWait.run(() -> page.setVvalue(0));
        FxWait.run(() -> categories.fireEvent(wheel(categories, -120)));
        assertThat(page.getVvalue()).as("the page scrolled down").isGreaterThan(0);
    }

    @Test
    void aTransferOffersTheActivitysRecipientsAndItsHintFollowsTheSafeguard(FxRobot robot) throws Exception {
        show(robot, clinic(), "employment-administration", Locale.ENGLISH, "en");
        ComboBox<?> recipient = robot.lookup("#transferRecipient-1").queryAs(ComboBox.class);
        assertThat(new java.util.ArrayList<Object>(recipient.getItems()))
                .containsExactly(
                        null,
                        "lonnsservice",
                        "kaveri",
                        "cirrus-office",
                        "skatteetaten",
                        "nav",
                        "trade-unions",
                        "auditor");
        Label standing = robot.lookup("#transferStanding-1").queryAs(Label.class);
        assertThat(standing.getText()).isEqualTo("Third country: covered by the safeguard chosen.");

        ComboBox<?> safeguard = robot.lookup("#transferSafeguard-1").queryAs(ComboBox.class);
        FxWait.run(() -> safeguard.getSelectionModel().select(0));
        assertThat(saved("employment-administration").transfers().get(1).safeguard())
                .isNull();
        FxWait.settle();
        assertThat(robot.lookup("#transferStanding-1").queryAs(Label.class).getText())
                .isEqualTo("Third country: a safeguard is required.");
    }

    @SuppressWarnings("unchecked")
    private static CheckListView<String> categoryList(FxRobot robot) {
        return robot.lookup("#activityCategories").queryAs(VBox.class).getChildren().stream()
                .filter(CheckListView.class::isInstance)
                .map(CheckListView.class::cast)
                .findFirst()
                .orElseThrow();
    }

    private static ScrollEvent wheel(Node target, double deltaY) {
        return new ScrollEvent(
                ScrollEvent.SCROLL,
                10,
                10,
                10,
                10,
                false,
                false,
                false,
                false,
                false,
                false,
                0,
                deltaY,
                0,
                deltaY,
                ScrollEvent.HorizontalTextScrollUnits.NONE,
                0,
                ScrollEvent.VerticalTextScrollUnits.NONE,
                0,
                0,
                null);
    }

    @Test
    void newRecipientAsksForNameKindAndCountryAndSaysWhatIsStillOpen(FxRobot robot) throws Exception {
        show(robot, clinic(), "recruitment", Locale.ENGLISH, "en");
        javafx.application.Platform.runLater(
                () -> robot.lookup("#newRecipient").queryButton().fire());
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> robot.lookup("#newRecipientDialog").tryQuery().isPresent());
        Label missing = robot.lookup("#newRecipientMissing").queryAs(Label.class);
        assertThat(missing.getText())
                .contains("a name")
                .contains("the kind of recipient")
                .doesNotContain("the country");

        ComboBox<RecipientKind> kind = robot.lookup("#newRecipientKind").queryAs(ComboBox.class);
        FxWait.run(() -> {
            robot.lookup("#newRecipientName").queryAs(TextField.class).setText("Talentia Assessments");
            kind.setValue(RecipientKind.values()[0]);
        });
        assertThat(missing.getText()).isEmpty();
        javafx.scene.control.DialogPane pane =
                robot.lookup("#newRecipientDialog").queryAs(javafx.scene.control.DialogPane.class);
        FxWait.run(() -> ((javafx.scene.control.Button) pane.lookupButton(pane.getButtonTypes().stream()
                        .filter(type -> type.getButtonData() == javafx.scene.control.ButtonBar.ButtonData.OK_DONE)
                        .findFirst()
                        .orElseThrow()))
                .fire());

        assertThat(saved("recruitment").recipients()).contains("talentia-assessments");
        try (InventoryStore reader = InventoryStore.openReadOnly(file)) {
            Recipient created = reader.load().recipients().stream()
                    .filter(r -> r.id().equals("talentia-assessments"))
                    .findFirst()
                    .orElseThrow();
            assertThat(created.kind()).isEqualTo(RecipientKind.values()[0]);
            assertThat(created.country())
                    .isEqualTo(clinic().organisation().country())
                    .isNotNull();
        }
    }

    @Test
    void theCountryOfATransferIsFoundByTyping(FxRobot robot) throws Exception {
        show(robot, clinic(), "recruitment", Locale.ENGLISH, "en");
        ComboBox<String> country = robot.lookup("#transferCountry-0").queryAs(ComboBox.class);
        FxWait.run(() -> {
            country.requestFocus();
            country.show();
        });
        robot.write("Norw");
        robot.type(KeyCode.ENTER);
        assertThat(saved("recruitment").transfers().get(0).country()).isEqualTo("NO");
    }
}
