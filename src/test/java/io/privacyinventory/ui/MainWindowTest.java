package io.privacyinventory.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.privacyinventory.TestInventories;
import io.privacyinventory.model.Activity;
import io.privacyinventory.model.EntityType;
import io.privacyinventory.model.Inventory;
import io.privacyinventory.model.LegalBasis;
import io.privacyinventory.store.InventoryStore;
import io.privacyinventory.ui.document.InventoryDocument;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The editor's main flows, on a real inventory file, with real controls (headless). */
@ExtendWith(FxStageExtension.class)
class MainWindowTest {
    @TempDir
    static Path folder;

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

    private void open(FxRobot robot, Path sample, Locale locale) throws Exception {
        file = folder.resolve("inventory-" + System.nanoTime() + ".db");
        InventoryStore store = InventoryStore.create(file, TestInventories.read(sample));
        document = new InventoryDocument(store, store.load(), TaskRunner.direct());
        FxWait.run(() -> show(locale));
        SettledScene.await(stage);
    }

    private void show(Locale locale) {
        if (window != null) {
            window.dispose();
        }
        window = new MainWindow(document, new Messages(locale), new Shell(), TaskRunner.direct());
        Scene scene = new Scene(new WindowFrame(window.root()).root(), 1400, 900);
        Theme.style(scene);
        stage.setScene(scene);
        stage.show();
        stage.requestFocus();
    }

    private Inventory onDisk() throws Exception {
        try (InventoryStore reader = InventoryStore.openReadOnly(file)) {
            return reader.load();
        }
    }

    @Test
    void newActivityIsInTheFileAtOnce(FxRobot robot) throws Exception {
        open(robot, TestInventories.PRODUCT_SERVICES, Locale.ENGLISH);
        int before = onDisk().activities().size();

        robot.clickOn("#newActivity");
        TextField name = robot.lookup("#activityName").queryAs(TextField.class);
        FxWait.run(name::requestFocus);
        FxWait.run(() -> name.setText("Webinar registrations"));
        robot.type(KeyCode.ENTER);

        List<Activity> saved = onDisk().activities();
        assertThat(saved).hasSize(before + 1);
        assertThat(saved.get(saved.size() - 1).name().get("nb")).isEmpty();
        assertThat(saved.get(saved.size() - 1).name().get("en")).contains("Webinar registrations");
        assertThat(robot.lookup("#saveState").queryAs(Label.class).getText()).isEqualTo("All changes saved");
    }

    @Test
    void nameEditCanBeUndoneAndRedone(FxRobot robot) throws Exception {
        open(robot, TestInventories.CLINIC_GROUP, Locale.ENGLISH);
        String original = onDisk().activities().get(0).name().get("en").orElseThrow();
        TextField name = robot.lookup("#activityName").queryAs(TextField.class);

        FxWait.run(name::requestFocus);
        FxWait.run(() -> name.setText("Patient care"));
        robot.type(KeyCode.ENTER);
        assertThat(onDisk().activities().get(0).name().get("en")).contains("Patient care");

        robot.clickOn("#undo");
        assertThat(onDisk().activities().get(0).name().get("en")).contains(original);
        assertThat(name.getText()).isEqualTo(original);

        robot.clickOn("#redo");
        assertThat(onDisk().activities().get(0).name().get("en")).contains("Patient care");
        assertThat(name.getText()).isEqualTo("Patient care");
    }

    @Test
    void legitimateInterestsAskForAStatementAndTheFindingClearsWhenItIsGiven(FxRobot robot) throws Exception {
        open(robot, TestInventories.CLINIC_GROUP, Locale.ENGLISH);
        robot.clickOn("#newActivity");
        MenuButton addPurpose = robot.lookup("#addPurpose").queryAs(MenuButton.class);
        FxWait.run(addPurpose::show);
        FxWait.run(() -> {
            addPurpose.getItems().get(0).fire();
            addPurpose.hide();
        });
        @SuppressWarnings("unchecked")
        ComboBox<LegalBasis> basis = robot.lookup("#legalBasis-0").queryAs(ComboBox.class);
        TextArea statement = robot.lookup("#legitimateInterest-0").queryAs(TextArea.class);
        assertThat(statement.isVisible()).isFalse();

        FxWait.run(() -> basis.setValue(LegalBasis.LEGITIMATE_INTERESTS));

        assertThat(statement.isVisible()).isTrue();
        String id = lastActivity().id();
        assertThat(findingCodes(robot, id)).contains("legitimate-interest-not-stated");

        FxWait.run(statement::requestFocus);
        FxWait.run(() -> statement.setText("Keeping our services secure, which patients expect."));
        FxWait.run(() -> robot.lookup("#activityName").query().requestFocus());

        assertThat(lastActivity().purposes().get(0).legitimateInterest()).isNotNull();
        assertThat(findingCodes(robot, id)).doesNotContain("legitimate-interest-not-stated");
    }

    @Test
    void textTypedBeforeSelectingAnotherActivityIsSavedForTheOneItWasTypedFor(FxRobot robot) throws Exception {
        open(robot, TestInventories.CLINIC_GROUP, Locale.ENGLISH);
        Inventory before = onDisk();
        TextField name = robot.lookup("#activityName").queryAs(TextField.class);
        TableView<?> table = robot.lookup("#activityTable").queryTableView();

        FxWait.run(name::requestFocus);
        FxWait.run(() -> name.setText("Patient care and records"));
        FxWait.run(() -> table.getSelectionModel().select(1));

        Inventory after = onDisk();
        assertThat(after.activities().get(0).name().get("en")).contains("Patient care and records");
        assertThat(after.activities().get(1)).isEqualTo(before.activities().get(1));
        assertThat(name.getText())
                .isEqualTo(before.activities().get(1).name().get("en").orElseThrow());
    }

    @Test
    void fileOpenedReadOnlyCanBeReadButNotChanged(FxRobot robot) throws Exception {
        file = folder.resolve("read-only-" + System.nanoTime() + ".db");
        InventoryStore.create(file, TestInventories.read(TestInventories.CLINIC_GROUP))
                .close();
        byte[] before = java.nio.file.Files.readAllBytes(file);
        InventoryStore store = InventoryStore.openReadOnly(file);
        document = new InventoryDocument(store, store.load(), TaskRunner.direct());
        FxWait.run(() -> show(Locale.ENGLISH));

        assertThat(robot.lookup("#newActivity").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#activityName").queryAs(TextField.class).isDisabled())
                .isTrue();
        assertThat(robot.lookup(".badge").queryAs(Label.class).getText()).isEqualTo("Read-only");
        assertThat(robot.lookup("#activityTable").queryTableView().getItems()).hasSize(9);
        FxWait.run(() -> document.change(
                EntityType.ACTIVITY,
                document.inventory().activities().get(0).id(),
                (Activity activity) -> activity.withOwner("Someone")));
        assertThat(java.nio.file.Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void filterNarrowsTheTableAsYouType(FxRobot robot) throws Exception {
        open(robot, TestInventories.CLINIC_GROUP, Locale.ENGLISH);
        TableView<?> table = robot.lookup("#activityTable").queryTableView();
        int all = table.getItems().size();

        robot.clickOn("#activityFilter").write("recruit");

        assertThat(table.getItems()).hasSize(1);
        FxWait.run(
                () -> robot.lookup("#activityFilter").queryAs(TextField.class).clear());
        assertThat(table.getItems()).hasSize(all);
    }

    @Test
    void deletingAUsedCategoryShowsWhereItIsUsedAndCanRemoveTheReferences(FxRobot robot) throws Exception {
        open(robot, TestInventories.CLINIC_GROUP, Locale.ENGLISH);
        String category = onDisk().activities().get(0).dataCategories().get(0);
        FxWait.run(() ->
                robot.lookup("#navigation").queryListView().getSelectionModel().select(Section.DATA_CATEGORIES));
        TableView<?> table = robot.lookup("#catalogTable").queryTableView();
        FxWait.run(() -> table.getSelectionModel().select(0));

        robot.clickOn("#deleteItem");
        DialogPane dialog = robot.lookup("#deleteDialog").queryAs(DialogPane.class);
        assertThat(dialog.getContentText()).contains("is used by");

        Button remove = (Button) dialog.lookupButton(dialog.getButtonTypes().stream()
                .filter(type -> type.getButtonData() == javafx.scene.control.ButtonBar.ButtonData.OK_DONE)
                .findFirst()
                .orElseThrow());
        robot.clickOn(remove);

        Inventory saved = onDisk();
        assertThat(saved.dataCategories()).extracting(c -> c.id()).doesNotContain(category);
        assertThat(saved.activities())
                .allSatisfy(activity -> assertThat(activity.dataCategories()).doesNotContain(category));
        robot.clickOn("#undo");
        assertThat(onDisk().dataCategories()).extracting(c -> c.id()).contains(category);
    }

    @Test
    void interfaceSpeaksNorwegianWhenAsked(FxRobot robot) throws Exception {
        open(robot, TestInventories.PRODUCT_SERVICES, Locale.forLanguageTag("nb-NO"));

        assertThat(robot.lookup("#saveState").queryAs(Label.class).getText()).isEqualTo("Alle endringer er lagret");
        assertThat(robot.lookup("#activityName").queryAs(TextField.class).getText())
                .isEqualTo(document.inventory()
                        .activities()
                        .get(0)
                        .name()
                        .get("nb")
                        .orElseThrow());
        assertThat(robot.lookup(".list-cell").queryAllAs(javafx.scene.control.ListCell.class))
                .anySatisfy(cell -> assertThat(cell.getText()).isEqualTo("Behandlingsaktiviteter"));
    }

    @Test
    void interfaceLanguageCanBeSwitchedFromTheViewMenu(FxRobot robot) throws Exception {
        open(robot, TestInventories.PRODUCT_SERVICES, Locale.ENGLISH);
        javafx.scene.control.MenuBar bar = robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class);
        javafx.scene.control.MenuItem norwegian = bar.getMenus().stream()
                .flatMap(menu -> menu.getItems().stream())
                .filter(item ->
                        item instanceof javafx.scene.control.Menu && "Interface language".equals(item.getText()))
                .flatMap(item -> ((javafx.scene.control.Menu) item).getItems().stream())
                .filter(item -> "Norsk bokmål".equals(item.getText()))
                .findFirst()
                .orElseThrow();

        FxWait.run(norwegian::fire);

        assertThat(robot.lookup("#saveState").queryAs(Label.class).getText()).isEqualTo("Alle endringer er lagret");
    }

    private Activity lastActivity() {
        List<Activity> activities = document.inventory().activities();
        return activities.get(activities.size() - 1);
    }

    private List<String> findingCodes(FxRobot robot, String activityId) {
        FxWait.settle();
        return io.privacyinventory.model.findings.InventoryChecker.check(
                        document.inventory(), java.time.LocalDate.now(), Locale.ENGLISH)
                .stream()
                .filter(f -> f.path().startsWith("activities/" + activityId + "/"))
                .map(f -> f.code())
                .toList();
    }

    /** The window's application side, without file dialogs. */
    private final class Shell extends NoAppActions {
        @Override
        public void switchUiLanguage(String language) {
            show(Locale.forLanguageTag(language));
        }
    }
}
