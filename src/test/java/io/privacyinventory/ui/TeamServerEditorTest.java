package io.privacyinventory.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.privacyinventory.TestInventories;
import io.privacyinventory.model.Activity;
import io.privacyinventory.store.ServerAddress;
import io.privacyinventory.store.ServerStore;
import io.privacyinventory.store.TeamRole;
import io.privacyinventory.store.TestPostgres;
import io.privacyinventory.ui.document.InventoryDocument;
import io.privacyinventory.ui.document.TeamServerDocuments;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Two editors on one team server, each a main window with real controls (headless), against a real
 * PostgreSQL server: different fields of one activity are both kept; the same field is refused for
 * the second with a message naming the first, whose value the second then sees; a viewer cannot edit.
 */
@ExtendWith(FxStageExtension.class)
class TeamServerEditorTest {
    private static final AtomicInteger SCHEMAS = new AtomicInteger();
    private static String database;
    private static String suffix;

    private final List<MainWindow> windows = new ArrayList<>();
    private final List<InventoryDocument> documents = new ArrayList<>();
    private final List<Stage> stages = new ArrayList<>();
    private ServerAddress address;
    private Stage primary;

    @BeforeAll
    static void logins() {
        database = TestPostgres.freshDatabase("editors");
        suffix = database.substring(database.lastIndexOf('_'));
        TestPostgres.asSuperuser(
                database,
                "CREATE ROLE " + login("ann") + " LOGIN",
                "CREATE ROLE " + login("bob") + " LOGIN",
                "CREATE ROLE " + login("vic") + " LOGIN");
    }

    private static String login(String name) {
        return name + suffix;
    }

    @Start
    void start(Stage stage) {
        primary = stage;
        Theme.apply(false);
    }

    /** A fresh schema holding the product sample: ann and bob editors, vic viewer (the test server trusts logins). */
    @BeforeEach
    void schema() throws Exception {
        TestPostgres.Server server = TestPostgres.server();
        address = ServerAddress.parse(
                server.address(server.superuser(), database) + "?schema=ed_" + SCHEMAS.incrementAndGet());
        ServerStore.initialise(address, null);
        ServerStore.grant(address, null, login("ann"), TeamRole.EDITOR);
        ServerStore.grant(address, null, login("bob"), TeamRole.EDITOR);
        ServerStore.grant(address, null, login("vic"), TeamRole.VIEWER);
        try (ServerStore owner = ServerStore.open(address, null)) {
            owner.initialContent(TestInventories.read(TestInventories.PRODUCT_SERVICES));
        }
    }

    @AfterEach
    void close(FxRobot robot) {
        FxWait.run(() -> {
            windows.forEach(MainWindow::dispose);
            stages.forEach(Stage::hide);
        });
        documents.forEach(InventoryDocument::close);
    }

    /** Opens the schema as {@code name} in a window of its own, through the same call the connect dialog makes. */
    private MainWindow openAs(FxRobot robot, String name) {
        InventoryDocument document = TeamServerDocuments.open(
                TeamServerDocuments.address(address.withUser("x").toString(), login(name)), null, TaskRunner.direct());
        documents.add(document);
        FxWait.run(() -> {
            MainWindow window =
                    new MainWindow(document, new Messages(Locale.ENGLISH), new NoAppActions(), TaskRunner.direct());
            Stage stage = stages.isEmpty() ? primary : new Stage();
            Scene scene = new Scene(new WindowFrame(window.root()).root(), 1300, 850);
            Theme.style(scene);
            stage.setScene(scene);
            stage.show();
            stages.add(stage);
            windows.add(window);
        });
        SettledScene.await(stages.get(stages.size() - 1));
        return window(windows.size() - 1);
    }

    private MainWindow window(int index) {
        return windows.get(index);
    }

    private static <T extends javafx.scene.Node> T find(FxRobot robot, MainWindow window, String id, Class<T> type) {
        return robot.from(window.root()).lookup(id).queryAs(type);
    }

    /** Types into a field the way a user does and presses Enter (Ctrl+Enter in a text area) to commit it. */
    private static void commit(TextInputControl field, String text) {
        field.setText(text);
        field.fireEvent(new KeyEvent(
                KeyEvent.KEY_PRESSED,
                "",
                "",
                KeyCode.ENTER,
                false,
                field instanceof TextArea,
                false,
                field instanceof TextArea));
    }

    private Activity storedFirstActivity() {
        try (ServerStore reader = ServerStore.open(address, null)) {
            return reader.load().activities().get(0);
        }
    }

    @Test
    void ownerAndDescriptionEditedAtOnceAreBothKeptAndEachWindowShowsTheOthersChangeWithinSeconds(FxRobot robot)
            throws Exception {
        MainWindow ann = openAs(robot, "ann");
        MainWindow bob = openAs(robot, "bob");
        TextField annOwner = find(robot, ann, "#activityOwner", TextField.class);
        TextArea bobDescription = find(robot, bob, "#activityDescription", TextArea.class);

        FxWait.run(() -> {
            commit(annOwner, "Ann's team");
            commit(bobDescription, "Bob's description");
        });

        Activity stored = storedFirstActivity();
        assertThat(stored.owner()).isEqualTo("Ann's team");
        assertThat(stored.description().get("en")).contains("Bob's description");
        TextField bobOwner = find(robot, bob, "#activityOwner", TextField.class);
        TextArea annDescription = find(robot, ann, "#activityDescription", TextArea.class);
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> "Ann's team".equals(bobOwner.getText()) && "Bob's description".equals(annDescription.getText()));
        assertThat(robot.lookup("#conflictDialog").tryQuery()).isEmpty();
    }

    @Test
    void theSecondOwnerIsRefusedNamingTheFirstShowsTheirValueAndCanBeAppliedAgain(FxRobot robot) throws Exception {
        MainWindow ann = openAs(robot, "ann");
        MainWindow bob = openAs(robot, "bob");
        TextField annOwner = find(robot, ann, "#activityOwner", TextField.class);
        TextField bobOwner = find(robot, bob, "#activityOwner", TextField.class);

        // both commit before either hears of the other's change, as two people pressing Enter at once
        FxWait.run(() -> {
            commit(annOwner, "Ann's team");
            commit(bobOwner, "Bob's team");
        });
        FxWait.settle();

        assertThat(storedFirstActivity().owner()).isEqualTo("Ann's team");
        assertConflictNamesAnn(robot, "owner", "owner: Bob's team");
        assertThat(bobOwner.getText()).as("bob's view shows ann's value").isEqualTo("Ann's team");

        robot.clickOn("Apply mine again");
        FxWait.settle();

        assertThat(storedFirstActivity().owner()).isEqualTo("Bob's team");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "Bob's team".equals(annOwner.getText()));
    }

    /** Focuses a field and types into it without committing, as a user in the middle of a word. */
    private static void typeWithoutCommitting(FxRobot robot, TextInputControl field, String text) {
        FxWait.run(() -> {
            field.getScene().getWindow().requestFocus();
            field.requestFocus();
            field.setText(text);
        });
        assertThat(field.isFocused())
                .as("the field being typed in has the focus")
                .isTrue();
    }

    private boolean bobHasSeen(java.util.function.Predicate<Activity> change) {
        return change.test(documents.get(1).inventory().activities().get(0));
    }

    @Test
    void aTeammatesOwnerArrivingWhileTheUserTypesTheOwnerIsNotOverwrittenButRefusedAsAConflict(FxRobot robot)
            throws Exception {
        MainWindow ann = openAs(robot, "ann");
        MainWindow bob = openAs(robot, "bob");
        TextField annOwner = find(robot, ann, "#activityOwner", TextField.class);
        TextField bobOwner = find(robot, bob, "#activityOwner", TextField.class);
        String before = bobOwner.getText();

        typeWithoutCommitting(robot, bobOwner, "Bob's team");
        FxWait.run(() -> commit(annOwner, "Ann's team"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> bobHasSeen(a -> "Ann's team".equals(a.owner())));
        FxWait.settle();
        assertThat(bobOwner.getText())
                .as("ann's value does not replace what bob is typing")
                .isEqualTo("Bob's team");
        FxWait.run(() -> commit(bobOwner, "Bob's team"));
        FxWait.settle();

        assertThat(before).isNotEqualTo("Ann's team");
        assertThat(storedFirstActivity().owner())
                .as("the server keeps ann's value")
                .isEqualTo("Ann's team");
        assertConflictNamesAnn(robot, "owner", "owner: Bob's team");
        assertThat(bobOwner.getText()).as("bob's field shows ann's value").isEqualTo("Ann's team");
        try (ServerStore reader = ServerStore.open(address, null)) {
            assertThat(reader.history(100))
                    .as("the change log has no change of bob's")
                    .noneMatch(entry -> entry.user().equals(login("bob")));
        }

        robot.clickOn("Apply mine again");
        FxWait.settle();
        assertThat(storedFirstActivity().owner()).isEqualTo("Bob's team");
    }

    @Test
    void aTeammatesOwnerArrivingWhileTheUserTypesTheDescriptionKeepsBoth(FxRobot robot) throws Exception {
        MainWindow ann = openAs(robot, "ann");
        MainWindow bob = openAs(robot, "bob");
        TextField annOwner = find(robot, ann, "#activityOwner", TextField.class);
        TextArea bobDescription = find(robot, bob, "#activityDescription", TextArea.class);
        TextField bobOwner = find(robot, bob, "#activityOwner", TextField.class);

        typeWithoutCommitting(robot, bobDescription, "Bob's description");
        FxWait.run(() -> commit(annOwner, "Ann's team"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> bobHasSeen(a -> "Ann's team".equals(a.owner())));
        FxWait.settle();
        FxWait.run(() -> commit(bobDescription, "Bob's description"));
        FxWait.settle();

        Activity stored = storedFirstActivity();
        assertThat(stored.owner()).isEqualTo("Ann's team");
        assertThat(stored.description().get("en")).contains("Bob's description");
        assertThat(bobOwner.getText()).isEqualTo("Ann's team");
        assertThat(robot.lookup("#conflictDialog").tryQuery()).isEmpty();
    }

    /** The same for a translated text (the activity's name): typed over a teammate's newer name, refused. */
    @Test
    void aTeammatesNameArrivingWhileTheUserTypesTheNameIsRefusedAsAConflict(FxRobot robot) throws Exception {
        MainWindow ann = openAs(robot, "ann");
        MainWindow bob = openAs(robot, "bob");
        TextField annName = find(robot, ann, "#activityName", TextField.class);
        TextField bobName = find(robot, bob, "#activityName", TextField.class);

        typeWithoutCommitting(robot, bobName, "Bob's name");
        FxWait.run(() -> commit(annName, "Ann's name"));
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> bobHasSeen(a -> "Ann's name".equals(a.name().get("en").orElse(""))));
        FxWait.settle();
        FxWait.run(() -> commit(bobName, "Bob's name"));
        FxWait.settle();

        assertThat(storedFirstActivity().name().get("en")).contains("Ann's name");
        assertThat(robot.lookup("#conflictDialog").tryQuery()).isPresent();
        assertThat(bobName.getText()).isEqualTo("Ann's name");
    }

    @Test
    void aViewersEditorIsReadOnlyAndSaysWhy(FxRobot robot) {
        MainWindow vic = openAs(robot, "vic");

        assertThat(documents.get(0).isReadOnly()).isTrue();
        assertThat(find(robot, vic, "#viewerNote", Label.class).getText())
                .contains(login("vic"))
                .contains("viewer");
        assertThat(find(robot, vic, "#activityOwner", TextField.class).isDisabled())
                .isTrue();
        assertThat(find(robot, vic, "#statusPath", Label.class).getText())
                .startsWith("postgresql://" + login("vic") + "@")
                .doesNotContain("password");
    }

    @Test
    void theConnectDialogSaysAtOnceWhatAnAddressLooksLikeAndNeverKeepsThePassword(FxRobot robot) {
        TeamServerDialog[] dialog = new TeamServerDialog[1];
        FxWait.run(() -> {
            primary.setScene(new Scene(new Label(), 300, 200));
            primary.show();
            stages.add(primary);
            dialog[0] = new TeamServerDialog(
                    primary,
                    new Messages(Locale.ENGLISH),
                    "postgresql://" + login("ann") + "@db.example.org:5433/privacy?schema=team");
            dialog[0].dialog().show();
        });
        TextField url = robot.lookup("#connectUrl").queryAs(TextField.class);
        TextField password = robot.lookup("#connectPassword").queryAs(TextField.class);
        assertThat(url.getText()).isEqualTo("postgresql://db.example.org:5433/privacy?schema=team");
        assertThat(robot.lookup("#connectUser").queryAs(TextField.class).getText())
                .isEqualTo(login("ann"));

        FxWait.run(() -> url.setText("db.example.org/privacy"));
        robot.clickOn("Connect");
        assertThat(robot.lookup("#connectProblem").queryAs(Label.class).getText())
                .contains("postgresql://[user@]host[:port]/database[?schema=NAME]");
        assertThat(dialog[0].dialog().isShowing()).isTrue();

        FxWait.run(() -> url.setText("postgresql://localhost/privacy"));
        robot.clickOn("#connectPassword").write("s3cret");
        robot.clickOn("Connect");
        FxWait.settle();

        assertThat(dialog[0].dialog().isShowing()).isFalse();
        TeamServerDialog.Request request = dialog[0].result().orElseThrow();
        assertThat(request.address()).isEqualTo("postgresql://" + login("ann") + "@localhost/privacy");
        assertThat(new String(request.password())).isEqualTo("s3cret");
        assertThat(password.getText())
                .as("the dialog keeps no password once handed over")
                .isEmpty();
    }

    /** The conflict window names ann and the field she changed, and keeps bob's refused value. */
    private void assertConflictNamesAnn(FxRobot robot, String field, String refused) {
        DialogPane conflict = robot.lookup("#conflictDialog").queryAs(DialogPane.class);
        assertThat(conflict.getHeaderText()).contains(login("ann"));
        assertThat(robot.from(conflict)
                        .lookup("#conflictMessage")
                        .queryAs(Label.class)
                        .getText())
                .contains(login("ann"))
                .contains(field);
        assertThat(robot.from(conflict)
                        .lookup("#conflictRefused")
                        .queryAs(TextArea.class)
                        .getText())
                .contains(refused);
    }
}
