package io.privacyinventory.ui;

import io.privacyinventory.ui.document.InventoryDocument;
import io.privacyinventory.ui.form.Commit;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * Ctrl+Z and Ctrl+Shift+Z (Ctrl+Y) are the app's undo and redo everywhere in the window, also in a
 * text field, whose own text undo would otherwise take them. The one exception: in a field that
 * shows a value not committed yet, the first Ctrl+Z puts back the committed value; the next is the
 * app's undo. So a half-undone text is never saved as a new edit.
 */
final class UndoKeys {
    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO =
            new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    private static final KeyCombination REDO_Y = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);

    private UndoKeys() {}

    static void install(Node root, InventoryDocument document) {
        root.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            Node focused = root.getScene() == null ? null : root.getScene().getFocusOwner();
            if (UNDO.match(event)) {
                event.consume();
                if (!Commit.revertUncommitted(focused)) {
                    document.undo();
                }
            } else if (REDO.match(event) || REDO_Y.match(event)) {
                event.consume();
                if (!Commit.revertUncommitted(focused)) {
                    document.redo();
                }
            }
        });
    }
}
