package io.privacyinventory.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.privacyinventory.TestInventories;
import io.privacyinventory.store.ServerAddress;
import io.privacyinventory.store.ServerStore;
import io.privacyinventory.store.TeamRole;
import io.privacyinventory.store.TestPostgres;
import io.privacyinventory.ui.document.InventoryDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * Connecting from the recent list to a real PostgreSQL server whose login needs a password that
 * PGPASSWORD and ~/.pgpass do not hold: the connect dialog asks for it (filled in, never kept), a
 * right one opens the record, a wrong one is refused naming the server and the user, opening nothing.
 */
@ExtendWith(FxStageExtension.class)
class TeamServerConnectTest {
    private static String address;
    private static String login;

    private final List<InventoryDocument> opened = new ArrayList<>();
    private final List<String> openedAddresses = new ArrayList<>();
    private Stage primary;

    @BeforeAll
    static void serverWithAPasswordLogin() throws Exception {
        assumeTrue(TestPostgres.canRequirePasswords(), "the tests' own server is needed to require a password");
        assumeTrue(System.getenv("PGPASSWORD") == null, "PGPASSWORD would give the password");
        String database = TestPostgres.freshDatabase("connect");
        login = "pat" + database.substring(database.lastIndexOf('_'));
        TestPostgres.passwordLogin(database, login, "s3cret");
        TestPostgres.Server server = TestPostgres.server();
        ServerAddress owner = ServerAddress.parse(server.address(server.superuser(), database));
        ServerStore.initialise(owner, null);
        ServerStore.grant(owner, null, login, TeamRole.EDITOR);
        try (ServerStore store = ServerStore.open(owner, null)) {
            store.initialContent(TestInventories.read(TestInventories.PRODUCT_SERVICES));
        }
        address = owner.withUser(login).toString();
    }

    @Start
    void start(Stage stage) {
        primary = stage;
        Theme.apply(false);
        stage.setScene(new Scene(new Label("no record open"), 400, 300));
        stage.show();
    }

    @AfterEach
    void close() {
        opened.forEach(InventoryDocument::close);
    }

    /** What File › Open recent does with a server entry: connects without a password first. */
    private void connectFromRecentList() {
        Platform.runLater(() -> new TeamServerConnect(
                        primary, new Messages(Locale.ENGLISH), TaskRunner.direct(), (connected, document) -> {
                            openedAddresses.add(connected);
                            opened.add(document);
                        })
                .connect(address, null));
        FxWait.settle();
    }

    @Test
    void theDialogAsksForThePasswordTheServerWantsAndThenOpensTheRecord(FxRobot robot) {
        connectFromRecentList();

        DialogPane dialog = robot.lookup("#connectDialog").queryAs(DialogPane.class);
        assertThat(robot.from(dialog)
                        .lookup("#connectUser")
                        .queryAs(TextField.class)
                        .getText())
                .isEqualTo(login);
        assertThat(robot.from(dialog)
                        .lookup("#connectProblem")
                        .queryAs(Label.class)
                        .getText())
                .contains(login)
                .contains("password");
        PasswordField password = robot.from(dialog).lookup("#connectPassword").queryAs(PasswordField.class);
        assertThat(password.isFocused()).as("the password field waits for it").isTrue();
        assertThat(opened).isEmpty();

        robot.clickOn(password).write("s3cret");
        robot.clickOn("Connect");
        FxWait.settle();

        assertThat(opened).singleElement().satisfies(document -> {
            assertThat(document.location().serverUser()).contains(login);
            assertThat(document.inventory().activities()).isNotEmpty();
        });
        assertThat(openedAddresses).containsExactly(address);
        assertThat(openedAddresses.get(0)).doesNotContain("s3cret");
        assertThat(password.getText()).as("the dialog keeps no password").isEmpty();
    }

    @Test
    void aWrongPasswordIsRefusedNamingTheServerAndTheUserAndOpensNothing(FxRobot robot) {
        connectFromRecentList();

        robot.clickOn("#connectPassword").write("wrong");
        robot.clickOn("Connect");
        FxWait.settle();

        DialogPane failed = robot.lookup("#connectFailed").queryAs(DialogPane.class);
        ServerAddress server = ServerAddress.parse(address);
        assertThat(failed.getContentText())
                .contains(login)
                .contains(server.host() + ":" + server.port() + "/" + server.database())
                .contains("password")
                .doesNotContain("wrong");
        assertThat(opened).isEmpty();
        robot.clickOn("Cancel");
        FxWait.settle();
        assertThat(robot.lookup("#connectDialog").tryQuery()).isEmpty();
        assertThat(opened).isEmpty();
    }
}
