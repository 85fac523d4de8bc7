package io.privacyinventory.ui.activities;

import static org.assertj.core.api.Assertions.assertThat;

import io.privacyinventory.generate.InventoryGenerator;
import io.privacyinventory.model.Activity;
import io.privacyinventory.store.InventoryStore;
import io.privacyinventory.ui.FxStageExtension;
import io.privacyinventory.ui.FxWait;
import io.privacyinventory.ui.Messages;
import io.privacyinventory.ui.SettledScene;
import io.privacyinventory.ui.TaskRunner;
import io.privacyinventory.ui.Theme;
import io.privacyinventory.ui.document.InventoryDocument;
import io.privacyinventory.ui.findings.FindingsModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The Activities filter on real controls: its match count, Escape, the editor and the scroll position. */
@ExtendWith(FxStageExtension.class)
class ActivitiesFilterViewTest {
    private static final int ACTIVITIES = 120;

    @TempDir
    Path folder;

    private Stage stage;
    private InventoryDocument document;
    private ActivitiesViewModel model;
    private ActivitiesView view;
    private FindingsModel findings;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Theme.apply(false);
    }

    /** One generated inventory file, copied for each test. */
    private static Path generated;

    @BeforeAll
    static void generate(@TempDir Path shared) throws Exception {
        generated = shared.resolve("generated.db");
        InventoryStore.create(generated, InventoryGenerator.generate(ACTIVITIES, 5))
                .close();
    }

    @BeforeEach
    void show(FxRobot robot) throws Exception {
        Path file = folder.resolve("inventory.db");
        Files.copy(generated, file);
        InventoryStore store = InventoryStore.open(file);
        document = new InventoryDocument(store, store.load(), TaskRunner.direct());
        FxWait.run(() -> {
            Messages messages = new Messages(Locale.ENGLISH);
            model = new ActivitiesViewModel(document, "New activity", "copy");
            findings = new FindingsModel(document, TaskRunner.direct(), Locale.ENGLISH, Clock.systemDefaultZone());
            view = new ActivitiesView(model, messages, new SimpleStringProperty("en"), findings);
            // in the frame the app shows it in: otherwise ControlsFX moves the view into a new root when the
            // first finding marker appears, which a look-up from the test thread can run into
            stage.setScene(new Scene(new io.privacyinventory.ui.WindowFrame(view.root()).root(), 1200, 700));
            stage.show();
        });
        SettledScene.await(stage);
    }

    @AfterEach
    void close(FxRobot robot) {
        FxWait.run(() -> {
            stage.hide();
            view.dispose();
        });
        document.close();
    }

    private TextField filter(FxRobot robot) {
        return robot.lookup("#activityFilter").queryAs(TextField.class);
    }

    private TableView<Activity> table(FxRobot robot) {
        return robot.lookup("#activityTable").queryTableView();
    }

    private String editorName(FxRobot robot) {
        return robot.lookup("#activityName")
                .tryQuery()
                .map(node -> ((TextField) node).getText())
                .orElse(null);
    }

    @Test
    void theFilterShowsHowManyOfAllActivitiesMatch(FxRobot robot) {
        Label count = robot.lookup("#activityMatchCount").queryAs(Label.class);
        assertThat(count.isVisible()).as("no count without a filter").isFalse();

        robot.clickOn(filter(robot)).write("pay");

        int shown = table(robot).getItems().size();
        assertThat(shown).isBetween(1, ACTIVITIES - 1);
        assertThat(count.isVisible()).isTrue();
        assertThat(count.getText()).isEqualTo(shown + " of " + ACTIVITIES);
    }

    @Test
    void escapeClearsTheFilter(FxRobot robot) {
        robot.clickOn(filter(robot)).write("pay");
        assertThat(table(robot).getItems()).hasSizeLessThan(ACTIVITIES);

        robot.type(KeyCode.ESCAPE);

        assertThat(filter(robot).getText()).isEmpty();
        assertThat(table(robot).getItems()).hasSize(ACTIVITIES);
    }

    @Test
    void theEditorNeverShowsAnActivityTheFilterHides(FxRobot robot) {
        Activity last = document.inventory().activities().get(ACTIVITIES - 1);
        FxWait.run(() -> model.selectedIdProperty().set(last.id()));
        String hidingIt = "no such activity";
        String typed = model.visibleActivities().stream()
                .map(activity -> activity.name().get("en").orElseThrow())
                .filter(name -> !ActivityFilter.key(last).contains(ActivityFilter.fold(name)))
                .findFirst()
                .orElseThrow();

        FxWait.run(() -> filter(robot).setText(typed));

        Activity first = table(robot).getItems().get(0);
        assertThat(table(robot).getItems()).doesNotContain(last);
        assertThat(model.selectedProperty().get())
                .as("the first match is selected")
                .isEqualTo(first);
        assertThat(table(robot).getSelectionModel().getSelectedItem()).isEqualTo(first);
        assertThat(editorName(robot)).isEqualTo(first.name().get("en").orElseThrow());

        FxWait.run(() -> filter(robot).setText(hidingIt));

        assertThat(table(robot).getItems()).isEmpty();
        assertThat(model.selectedProperty().get())
                .as("nothing matches, nothing is shown")
                .isNull();
        assertThat(robot.lookup("#activityName").tryQuery()).isEmpty();
    }

    @Test
    void aSelectedActivityThatStillMatchesStaysSelected(FxRobot robot) {
        Activity some = document.inventory().activities().get(ACTIVITIES / 2);
        FxWait.run(() -> model.selectedIdProperty().set(some.id()));

        FxWait.run(() -> filter(robot).setText(some.id()));

        assertThat(model.selectedProperty().get()).isEqualTo(some);
        assertThat(table(robot).getSelectionModel().getSelectedItem()).isEqualTo(some);
    }

    @Test
    void aNarrowedListIsScrolledToTheTop(FxRobot robot) {
        FxWait.run(() -> table(robot).scrollTo(ACTIVITIES - 1));
        assertThat(firstShownRow(robot)).as("scrolled down first").isGreaterThan(0);

        robot.clickOn(filter(robot)).write("a");

        assertThat(table(robot).getItems()).hasSizeGreaterThan(30);
        assertThat(firstShownRow(robot)).isZero();
    }

    private int firstShownRow(FxRobot robot) {
        VirtualFlow<?> flow = (VirtualFlow<?>) table(robot).lookup(".virtual-flow");
        int[] index = {-1};
        FxWait.run(() -> index[0] = flow.getFirstVisibleCell().getIndex());
        return index[0];
    }

    @Test
    void theIssuesHeadingSortsByHowManyFindingsEachActivityHas(FxRobot robot) {
        List<Integer> counts = document.inventory().activities().stream()
                .map(activity -> findings.aboutActivity(activity.id()).size())
                .toList();
        assertThat(counts.stream().distinct().count())
                .as("activities with different counts")
                .isGreaterThan(1);

        robot.clickOn("Issues").clickOn("Issues");

        List<Integer> shown = table(robot).getItems().stream()
                .map(activity -> findings.aboutActivity(activity.id()).size())
                .toList();
        assertThat(shown).hasSize(ACTIVITIES);
        assertThat(shown).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(shown.get(0)).isEqualTo(java.util.Collections.max(counts));
        // the cells show the sorted rows after the next layout pass; the first row is the cell of index 0
        FxWait.settle();
        String firstCell = robot.lookup(".table-row-cell")
                .match(row -> ((javafx.scene.control.TableRow<?>) row).getIndex() == 0)
                .lookup(".table-cell")
                .match(cell -> ((javafx.scene.control.TableCell<?, ?>) cell)
                        .getTableColumn()
                        .getText()
                        .equals("Issues"))
                .queryAs(javafx.scene.control.TableCell.class)
                .getText();
        assertThat(firstCell).isEqualTo(Integer.toString(shown.get(0)));
    }
}
