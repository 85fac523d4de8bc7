package io.privacyinventory.ui.activities;

import io.privacyinventory.ui.Messages;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/** The small buttons rows share. */
final class RowButtons {
    private RowButtons() {}

    static Button remove(Messages messages, Runnable action) {
        Button button = new Button(null, new FontIcon(Material2AL.CLOSE));
        button.getStyleClass().addAll("flat", "row-remove");
        button.setTooltip(new Tooltip(messages.get("editor.removeRow")));
        button.setAccessibleText(messages.get("editor.removeRow"));
        button.setOnAction(event -> action.run());
        return button;
    }
}
