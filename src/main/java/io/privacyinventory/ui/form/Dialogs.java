package io.privacyinventory.ui.form;

import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;

/**
 * Keeps message dialogs a readable size whatever they say: a fixed width with the text wrapped, and
 * names quoted in them cut to a length that fits (a 2,000-character name must not push the buttons
 * off the screen).
 */
public final class Dialogs {
    /** Wide enough for a sentence or two, narrow enough for any screen the app runs on. */
    public static final double WIDTH = 560;

    private static final int NAME_LENGTH = 120;

    private Dialogs() {}

    /** Wraps the alert's text at {@link #WIDTH}. */
    public static Alert fitted(Alert alert) {
        Label text = new Label(alert.getContentText());
        text.setWrapText(true);
        text.setMaxWidth(WIDTH - 40);
        text.getStyleClass().add("dialog-text");
        alert.getDialogPane().setContent(text);
        alert.getDialogPane().setPrefWidth(WIDTH);
        alert.getDialogPane().setMaxWidth(WIDTH);
        alert.setResizable(true);
        return alert;
    }

    /** A name as a dialog quotes it: cut with an ellipsis when it is too long to read there. */
    public static String name(String name) {
        if (name == null || name.length() <= NAME_LENGTH) {
            return name;
        }
        return name.substring(0, NAME_LENGTH).strip() + "…";
    }

    /**
     * Says why a typed value was not saved (the field shows the saved one again), over the window
     * that {@code anchor} is in.
     */
    public static void editRefused(Node anchor, String header, String why) {
        Alert alert = new Alert(Alert.AlertType.WARNING, why);
        alert.setHeaderText(header);
        if (anchor.getScene() != null) {
            alert.initOwner(anchor.getScene().getWindow());
        }
        alert.show();
    }
}
