package io.privacyinventory.ui.activities;

import io.privacyinventory.model.RecipientKind;
import io.privacyinventory.model.Text;
import io.privacyinventory.ui.Messages;
import io.privacyinventory.ui.Theme;
import io.privacyinventory.ui.form.Choices;
import io.privacyinventory.ui.form.Dialogs;
import io.privacyinventory.ui.form.Forms;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * "New recipient…": asks for what a recipient needs — its name, what kind of recipient it is and
 * the country it processes the data in (the organisation's to start with). A name is required; a
 * kind or country left open is named under the fields, so the user knows what is still to do.
 */
final class NewRecipientDialog {
    /** What the user gave; kind and country may be open. */
    record Details(Text name, RecipientKind kind, String country) {}

    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final TextField name = new TextField();
    private final Choices<RecipientKind> kind;
    private final Choices<String> country;
    private final Label missing = new Label();
    private final ButtonType ok;
    private final Messages messages;
    private final String language;

    NewRecipientDialog(ActivityEditor editor, Node owner) {
        this.messages = editor.messages;
        this.language = editor.language();
        kind = new Choices<>(
                List.of(RecipientKind.values()),
                true,
                editor.terms::label,
                messages.get("choice.none"),
                value -> updateMissing());
        Collator collator = Collator.getInstance(messages.locale());
        List<String> countries = Arrays.stream(Locale.getISOCountries())
                .sorted(Comparator.comparing(editor.terms::country, collator))
                .toList();
        country = new Choices<>(
                countries, true, editor.terms::country, messages.get("choice.none"), true, value -> updateMissing());
        country.set(editor.inventory().organisation().country());
        name.setId("newRecipientName");
        kind.control().setId("newRecipientKind");
        country.control().setId("newRecipientCountry");
        missing.setId("newRecipientMissing");
        missing.getStyleClass().add("hint");
        missing.setWrapText(true);
        missing.setMaxWidth(Dialogs.WIDTH - 60);

        GridPane grid = Forms.grid();
        Forms.addRow(grid, 0, messages.get("editor.name"), name);
        Forms.addRow(grid, 1, messages.get("newRecipient.kind"), kind.control());
        Forms.addRow(grid, 2, messages.get("newRecipient.country"), country.control());
        dialog.setTitle(messages.get("editor.new.recipient"));
        dialog.setHeaderText(messages.get("editor.newItemHeader"));
        dialog.getDialogPane().setContent(new VBox(10, grid, missing));
        dialog.getDialogPane().setPrefWidth(Dialogs.WIDTH);
        dialog.getDialogPane().setId("newRecipientDialog");
        Theme.style(dialog);
        ok = new ButtonType(messages.get("button.ok"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(messages.cancel(), ok);
        dialog.getDialogPane()
                .lookupButton(ok)
                .disableProperty()
                .bind(name.textProperty().isEmpty());
        name.textProperty().addListener((observable, old, text) -> updateMissing());
        if (owner.getScene() != null) {
            dialog.initOwner(owner.getScene().getWindow());
        }
        updateMissing();
    }

    private void updateMissing() {
        List<String> open = new ArrayList<>();
        if (name.getText() == null || name.getText().isBlank()) {
            open.add(messages.get("newRecipient.missing.name"));
        }
        if (kind.control().getValue() == null) {
            open.add(messages.get("newRecipient.missing.kind"));
        }
        if (country.control().getValue() == null) {
            open.add(messages.get("newRecipient.missing.country"));
        }
        missing.setText(open.isEmpty() ? "" : messages.get("newRecipient.missing", String.join(", ", open)));
    }

    Optional<Details> ask() {
        return dialog.showAndWait()
                .filter(ok::equals)
                .map(button -> name.getText().strip())
                .filter(typed -> !typed.isEmpty())
                .map(typed -> new Details(
                        Text.of(language, typed),
                        kind.control().getValue(),
                        country.control().getValue()));
    }
}
