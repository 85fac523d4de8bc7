package io.privacyinventory.ui;

import io.privacyinventory.ui.document.InventoryDocument;
import io.privacyinventory.ui.document.TeamServerDocuments;
import java.util.Arrays;
import java.util.function.BiConsumer;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * Opens the record on a team server (in the background), from File › Connect to team server… or
 * from the recent list. When the server wants a password that PGPASSWORD and ~/.pgpass do not hold,
 * the connect dialog asks for it, filled in (used for this connection only, never stored). Any other
 * failure, a refused password among them, is said with the server and user, offering the dialog again;
 * the record open until then stays open.
 */
final class TeamServerConnect {
    private final Window owner;
    private final Messages messages;
    private final TaskRunner runner;
    /** Called with the address (as the recent list keeps it) and the document once connected. */
    private final BiConsumer<String, InventoryDocument> opened;

    TeamServerConnect(
            Window owner, Messages messages, TaskRunner runner, BiConsumer<String, InventoryDocument> opened) {
        this.owner = owner;
        this.messages = messages;
        this.runner = runner;
        this.opened = opened;
    }

    /** Connects to {@code address}; {@code password} null or empty: from PGPASSWORD or ~/.pgpass, else asked for. */
    void connect(String address, char[] password) {
        runner.run(
                () -> TeamServerDocuments.open(address, password, runner),
                document -> {
                    forget(password);
                    opened.accept(address, document);
                },
                error -> {
                    forget(password);
                    boolean asked = password != null && password.length > 0;
                    if (!asked && TeamServerDocuments.needsPassword(error)) {
                        askAgain(address, true);
                    } else {
                        showFailure(address, error);
                    }
                });
    }

    private void showFailure(String address, Throwable error) {
        Alert failed = new Alert(
                Alert.AlertType.ERROR,
                error.getMessage(),
                ButtonType.CANCEL,
                new ButtonType(messages.get("connect.retry"), ButtonBar.ButtonData.OK_DONE));
        failed.setHeaderText(messages.get("connect.failed"));
        failed.getDialogPane().setId("connectFailed");
        failed.initOwner(owner);
        failed.showAndWait()
                .filter(choice -> !ButtonType.CANCEL.equals(choice))
                .ifPresent(retry -> askAgain(address, false));
    }

    /** The connect dialog, filled in with {@code address}; the password asked for when the server wants one. */
    private void askAgain(String address, boolean forPassword) {
        TeamServerDialog dialog = new TeamServerDialog(owner, messages, address);
        (forPassword ? dialog.askingPassword(messages) : dialog)
                .showAndWait()
                .ifPresent(request -> connect(request.address(), request.password()));
    }

    private static void forget(char[] password) {
        if (password != null) {
            Arrays.fill(password, '\0');
        }
    }
}
