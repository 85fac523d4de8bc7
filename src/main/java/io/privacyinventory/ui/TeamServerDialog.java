package io.privacyinventory.ui;

import io.privacyinventory.ui.document.TeamServerDocuments;
import java.util.Optional;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/**
 * File › Connect to team server…: the server address (postgresql://host[:port]/database[?schema=NAME]),
 * the database user, and a password that is used for this connection only, never stored; left empty,
 * it comes from PGPASSWORD or ~/.pgpass. An address of the wrong shape is said at once, in the dialog.
 */
final class TeamServerDialog {
    /** What the user asked to connect to: the address with its user, and the password (may be empty). */
    record Request(String address, char[] password) {}

    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final TextField url = new TextField();
    private final TextField user = new TextField();
    private final PasswordField password = new PasswordField();
    private final Label problem = new Label();
    private final ButtonType connect;

    TeamServerDialog(Window owner, Messages messages, String address) {
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("connect.title"));
        dialog.setHeaderText(messages.get("connect.header"));
        connect = new ButtonType(messages.get("connect.button"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(connect, messages.cancel());
        dialog.getDialogPane().setId("connectDialog");
        url.setId("connectUrl");
        url.setPromptText("postgresql://host:5432/database?schema=inventory");
        url.setPrefColumnCount(36);
        user.setId("connectUser");
        password.setId("connectPassword");
        password.setPromptText(messages.get("connect.passwordPrompt"));
        problem.setId("connectProblem");
        problem.getStyleClass().add("danger");
        problem.setWrapText(true);
        if (address != null) {
            url.setText(TeamServerDocuments.withoutUser(address));
            user.setText(TeamServerDocuments.user(address));
        }
        Label passwordNote = new Label(messages.get("connect.passwordNote"));
        passwordNote.setWrapText(true);
        for (Label wrapped : new Label[] {passwordNote, problem}) {
            wrapped.setPrefWidth(420);
            wrapped.setMinHeight(Region.USE_PREF_SIZE);
        }
        GridPane grid = new GridPane();
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        grid.getColumnConstraints().add(labels);
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(12));
        grid.addRow(0, new Label(messages.get("connect.url")), url);
        grid.addRow(1, new Label(messages.get("connect.user")), user);
        grid.addRow(2, new Label(messages.get("connect.password")), password);
        grid.add(passwordNote, 1, 3);
        grid.add(problem, 1, 4);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().lookupButton(connect).addEventFilter(ActionEvent.ACTION, event -> {
            try {
                TeamServerDocuments.address(url.getText(), user.getText());
                problem.setText("");
            } catch (IllegalArgumentException e) {
                problem.setText(e.getMessage());
                event.consume();
                dialog.getDialogPane().getScene().getWindow().sizeToScene();
            }
        });
        Theme.style(dialog.getDialogPane().getScene());
        Platform.runLater(url::requestFocus);
    }

    /** Asks for the password the server wants for the address filled in: says so, and the password field has the focus. */
    TeamServerDialog askingPassword(Messages messages) {
        problem.setText(messages.get("connect.passwordNeeded", user.getText()));
        Platform.runLater(password::requestFocus);
        return this;
    }

    Dialog<ButtonType> dialog() {
        return dialog;
    }

    /** What to connect to, once the user chose Connect with an address of the right shape. */
    Optional<Request> result() {
        ButtonType chosen = dialog.getResult();
        if (!connect.equals(chosen)) {
            return Optional.empty();
        }
        char[] secret = password.getText().toCharArray();
        password.clear();
        return Optional.of(new Request(TeamServerDocuments.address(url.getText(), user.getText()), secret));
    }

    Optional<Request> showAndWait() {
        dialog.showAndWait();
        return result();
    }
}
