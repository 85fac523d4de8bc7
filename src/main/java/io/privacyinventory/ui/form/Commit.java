package io.privacyinventory.ui.form;

import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * When a text field's value becomes an edit: on Enter (Ctrl+Enter in a text area) and when focus
 * leaves it, never per keystroke. Escape puts back the value it had.
 */
public final class Commit {
    private Commit() {
    }

    /** Calls {@code commit} when the user is done with the field; {@code revert} on Escape. */
    public static void onDone(TextInputControl field, Runnable commit, Runnable revert) {
        field.focusedProperty().addListener((observable, was, focused) -> {
            if (!focused) {
                commit.run();
            }
        });
        field.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            boolean enter = event.getCode() == KeyCode.ENTER
                    && (!(field instanceof TextArea) || event.isShortcutDown());
            if (enter) {
                commit.run();
                event.consume();
            } else if (event.getCode() == KeyCode.ESCAPE) {
                revert.run();
                event.consume();
            }
        });
    }
}
