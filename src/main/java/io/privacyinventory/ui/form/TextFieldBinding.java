package io.privacyinventory.ui.form;

import io.privacyinventory.model.Text;
import io.privacyinventory.ui.document.ChangedWhileTyping;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javafx.scene.control.TextInputControl;

/**
 * Shows one translation of a {@link Text} in a text control and turns the user's change into a
 * change of that translation: a function that sets it on whatever the text is by the time the
 * change is made, so other translations (or an edit still on its way) are never overwritten with
 * what the field showed. The change is refused ({@link ChangedWhileTyping}) when the translation is
 * no longer the one the user started typing over, so a teammate's newer text is not overwritten unseen. A translation that is missing shows another language's text greyed as
 * a prompt (the default language's, or any other when the default is shown).
 */
public final class TextFieldBinding {
    private final TextInputControl field;
    private final boolean required;
    private final Consumer<UnaryOperator<Text>> onChange;
    private Text value;
    private String language;
    private String defaultLanguage;
    /** The text the field was last given; what it shows is the user's typing when it differs. */
    private String shownText;
    /**
     * What the field is, from the prompt it was given before it first showed a text: the prompt
     * comes back whenever no other language's text stands in it, and names the field for screen readers.
     */
    private String name;
    /** Says why an empty required text was not taken (null: the field just goes back to its value). */
    private FieldProblem emptyRefused;

    private String emptyMessage;

    public TextFieldBinding(TextInputControl field, boolean required, Consumer<UnaryOperator<Text>> onChange) {
        this.field = field;
        this.required = required;
        this.onChange = onChange;
        Commit.onDone(field, this::commit, this::revert);
    }

    /**
     * Shows {@code text} in {@code language}; leaves a field the user is typing in alone (a focused
     * field that still shows what it was given follows the document, after an undo say).
     */
    public void show(Text text, String language, String defaultLanguage) {
        boolean sameTarget = language.equals(this.language);
        boolean sameText = java.util.Objects.equals(text, this.value);
        this.value = text;
        this.language = language;
        this.defaultLanguage = defaultLanguage;
        if (field.isFocused() && sameTarget && !java.util.Objects.equals(field.getText(), shownText)) {
            return;
        }
        if (emptyRefused != null && emptyRefused.isShown() && sameTarget && sameText) {
            return; // the refused empty text stays, with its reason, until it is corrected or reverted
        }
        revert();
    }

    /**
     * An empty required text is refused with {@code message} on {@code problem} instead of the field
     * silently going back to its value; the line goes once a text is taken or the field is reverted.
     */
    public void refuseEmptyWith(FieldProblem problem, String message) {
        this.emptyRefused = problem;
        this.emptyMessage = message;
    }

    private void revert() {
        if (name == null) {
            name = field.getPromptText() == null ? "" : field.getPromptText();
            if (!name.isEmpty() && field.getAccessibleText() == null) {
                field.setAccessibleText(name);
            }
        }
        if (emptyRefused != null) {
            emptyRefused.clear();
        }
        String shown = value == null ? null : value.get(language).orElse(null);
        shownText = shown == null ? "" : shown;
        field.setText(shownText);
        String fallback = shown == null ? otherTranslation() : null;
        field.setPromptText(fallback == null ? name : fallback);
    }

    /**
     * What to show greyed when the field's language has no text: the default language's, or, when
     * the default language is the one shown, whichever other language has one.
     */
    private String otherTranslation() {
        if (value == null) {
            return null;
        }
        if (!language.equals(defaultLanguage)) {
            return value.get(defaultLanguage).orElse(null);
        }
        return value.values().entrySet().stream()
                .filter(entry -> !entry.getKey().equals(language))
                .map(java.util.Map.Entry::getValue)
                .findFirst()
                .orElse(null);
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
        if (typed.isEmpty()
                && required
                && (value == null || value.with(language, null).isEmpty())) {
            if (emptyRefused != null) {
                emptyRefused.show(emptyMessage);
            } else {
                revert();
            }
            return;
        }
        if (emptyRefused != null) {
            emptyRefused.clear();
        }
        String target = language;
        boolean keepLast = required;
        String startedFrom = shownText;
        // the field now shows what was committed: a next edit starts from it, not from the older value
        shownText = typed;
        onChange.accept(ChangedWhileTyping.unless(
                latest -> translation(latest, target).equals(startedFrom),
                latest -> translated(latest, target, typed, keepLast)));
    }

    private static String translation(Text text, String language) {
        return text == null ? "" : text.get(language).orElse("");
    }

    /**
     * {@code text} with its translation in {@code language} set to {@code typed} (removed when
     * empty); a required text keeps its last translation, an optional one becomes null.
     */
    public static Text translated(Text text, String language, String typed, boolean required) {
        if (!typed.isEmpty()) {
            return text == null ? Text.of(language, typed) : text.with(language, typed);
        }
        if (text == null) {
            return null;
        }
        Text rest = text.with(language, null);
        return !rest.isEmpty() ? rest : required ? text : null;
    }
}
