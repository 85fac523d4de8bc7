package io.privacyinventory.ui.form;

import java.util.Objects;
import javafx.scene.Node;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * When a text field's value becomes an edit: on Enter (Ctrl+Enter in a text area) and when focus
 * leaves it, never per keystroke. Escape puts back the value it had, and so does the app's undo
 * key while the field shows a value not committed yet (see {@link #revertUncommitted}).
 */
public final class Commit {
    private static final String REVERT = Commit.class.getName() + ".revert";

    private Commit() {}

    /**
     * Puts back the committed value of the focused field if it shows another one (the first Ctrl+Z
     * in a field being typed in); false if there was nothing to put back, when Ctrl+Z is the app's
     * undo. The value put back is the committed one, so leaving the field then saves nothing.
     */
    public static boolean revertUncommitted(Node focused) {
        if (!(focused instanceof TextInputControl field)
                || !(field.getProperties().get(REVERT) instanceof Runnable revert)) {
            return false;
        }
        String before = field.getText();
        revert.run();
        return !Objects.equals(before, field.getText());
    }

    /** Calls {@code commit} when the user is done with the field; {@code revert} on Escape. */
    public static void onDone(TextInputControl field, Runnable commit, Runnable revert) {
        field.getProperties().put(REVERT, revert);
        field.focusedProperty().addListener((observable, was, focused) -> {
            if (!focused) {
                commit.run();
            }
        });
        field.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            boolean enter =
                    event.getCode() == KeyCode.ENTER && (!(field instanceof TextArea) || event.isShortcutDown());
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
