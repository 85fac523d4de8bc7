package io.privacyinventory.ui.form;

import io.privacyinventory.model.Text;
import javafx.scene.control.TextInputControl;

import java.util.function.Consumer;

/**
 * Shows one translation of a {@link Text} in a text control and turns the user's change into a
 * new Text. A translation that is missing shows the default language's text greyed as a prompt.
 */
public final class TextFieldBinding {
    private final TextInputControl field;
    private final boolean required;
    private final Consumer<Text> onChange;
    private Text value;
    private String language;
    private String defaultLanguage;

    public TextFieldBinding(TextInputControl field, boolean required, Consumer<Text> onChange) {
        this.field = field;
        this.required = required;
        this.onChange = onChange;
        Commit.onDone(field, this::commit, this::revert);
    }

    /** Shows {@code text} in {@code language}; leaves a field the user is typing in alone. */
    public void show(Text text, String language, String defaultLanguage) {
        boolean sameTarget = language.equals(this.language);
        this.value = text;
        this.language = language;
        this.defaultLanguage = defaultLanguage;
        if (field.isFocused() && sameTarget) {
            return;
        }
        revert();
    }

    private void revert() {
        String shown = value == null ? null : value.get(language).orElse(null);
        field.setText(shown == null ? "" : shown);
        String fallback = value == null ? null : value.get(defaultLanguage).orElse(null);
        field.setPromptText(shown == null && fallback != null && !language.equals(defaultLanguage) ? fallback : "");
    }

    private void commit() {
        if (language == null) {
            return;
        }
        String typed = field.getText() == null ? "" : field.getText().strip();
        String current = value == null ? null : value.get(language).orElse(null);
        if (typed.equals(current == null ? "" : current)) {
            return;
        }
        Text updated;
        if (typed.isEmpty()) {
            updated = value == null ? null : value.with(language, null);
            if (updated != null && updated.isEmpty()) {
                updated = null;
            }
            if (updated == null && required) {
                revert();
                return;
            }
        } else {
            updated = value == null ? Text.of(language, typed) : value.with(language, typed);
        }
        onChange.accept(updated);
    }
}
