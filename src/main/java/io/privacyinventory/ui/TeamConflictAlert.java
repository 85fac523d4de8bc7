package io.privacyinventory.ui;

import io.privacyinventory.ui.document.InventoryDocument;
import io.privacyinventory.ui.document.TeamConflict;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Tells the user that a team server refused an edit because someone else changed the same thing
 * first: who, what and when; the views show that person's values by then. The refused value stays
 * in the message, with a button that applies it again over theirs.
 */
final class TeamConflictAlert {
    private final Alert alert;
    private final ButtonType applyAgain;

    TeamConflictAlert(Window owner, Messages messages, InventoryDocument document, TeamConflict conflict) {
        applyAgain = new ButtonType(messages.get("conflict.applyAgain"), ButtonBar.ButtonData.OK_DONE);
        ButtonType keepTheirs = new ButtonType(messages.get("conflict.keepTheirs"), ButtonBar.ButtonData.CANCEL_CLOSE);
        alert = new Alert(Alert.AlertType.WARNING, "", applyAgain, keepTheirs);
        alert.setTitle(messages.get("conflict.title"));
        alert.setHeaderText(messages.get(
                "conflict.header",
                conflict.otherUser(),
                DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                        .withLocale(messages.locale())
                        .format(conflict.when().atZone(ZoneId.systemDefault()))));
        Label message = new Label(conflict.message());
        message.setWrapText(true);
        message.setId("conflictMessage");
        TextArea refused = new TextArea(String.join("\n", conflict.refusedValues()));
        refused.setId("conflictRefused");
        refused.setEditable(false);
        refused.setWrapText(true);
        refused.setPrefRowCount(Math.min(6, conflict.refusedValues().size() + 1));
        VBox content = new VBox(8, message, new Label(messages.get("conflict.yours")), refused);
        content.setPrefWidth(520);
        alert.getDialogPane().setContent(content);
        alert.getDialogPane().setId("conflictDialog");
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.setOnHidden(event -> {
            if (applyAgain.equals(alert.getResult())) {
                document.apply(conflict.refused());
            }
        });
    }

    void show() {
        alert.show();
    }

    Alert alert() {
        return alert;
    }
}
