package io.privacyinventory.ui.form;

import io.privacyinventory.ui.document.ChangedWhileTyping;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javafx.scene.control.TextInputControl;

/**
 * Shows a plain text value (one that is not translated, such as an activity's owner) in a text
 * control and turns the user's change into a change of it, refused ({@link ChangedWhileTyping}) when
 * the value is no longer the one the user started typing over. A blank text is no value (null).
 */
public final class PlainTextBinding {
    private final TextInputControl field;
    private final Consumer<UnaryOperator<String>> onChange;
    private String value;
    /** The value the field was last given; what it shows is the user's typing when it differs. */
    private String shown;

    public PlainTextBinding(TextInputControl field, Consumer<UnaryOperator<String>> onChange) {
        this.field = field;
        this.onChange = onChange;
        Commit.onDone(field, this::commit, this::revert);
    }

    /**
     * Shows {@code text}; leaves a field the user is typing in alone unless {@code otherItem} (the
     * value is another item's): a focused field that still shows what it was given follows the document.
     */
    public void show(String text, boolean otherItem) {
        value = Forms.blankToNull(text);
        if (!otherItem && field.isFocused() && !Objects.equals(Forms.blankToNull(field.getText()), shown)) {
            return;
        }
        revert();
    }

    private void revert() {
        shown = value;
        field.setText(Objects.toString(value, ""));
    }

    private void commit() {
        String typed = Forms.blankToNull(field.getText());
        if (Objects.equals(typed, value)) {
            return;
        }
        String startedFrom = shown;
        shown = typed;
        onChange.accept(ChangedWhileTyping.unless(
                latest -> Objects.equals(Forms.blankToNull(latest), startedFrom), latest -> typed));
    }
}
