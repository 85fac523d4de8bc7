package io.privacyinventory.ui.activities;

import io.privacyinventory.model.Countries;
import io.privacyinventory.model.EntityType;
import io.privacyinventory.model.Safeguard;
import io.privacyinventory.model.Transfer;
import io.privacyinventory.ui.form.Choices;
import io.privacyinventory.ui.form.RowList;
import io.privacyinventory.ui.form.TextFieldBinding;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/**
 * A transfer: destination country (names in the user's language), the recipient it goes to, the
 * safeguard, and a hint whether the country is in the EEA or has an adequacy decision.
 */
final class TransferRow implements RowList.Row<Transfer> {
    /** The country codes in the order of their names, per language: sorted once, not for every row. */
    private static final java.util.Map<Locale, List<String>> COUNTRIES_BY_NAME =
            new java.util.concurrent.ConcurrentHashMap<>();

    private final ActivityEditor editor;
    private final GridPane grid = new GridPane();
    private final Choices<String> country;
    private final Choices<String> recipient;
    private final Choices<Safeguard> safeguard;
    private final Label standing = new Label();
    private final TextField description = new TextField();
    private final TextFieldBinding descriptionBinding;
    private Transfer value;

    TransferRow(ActivityEditor editor, RowList<Transfer> list, int index) {
        this.editor = editor;
        List<String> countries = COUNTRIES_BY_NAME.computeIfAbsent(editor.messages.locale(), locale -> {
            Collator collator = Collator.getInstance(locale);
            return java.util.Arrays.stream(Locale.getISOCountries())
                    .sorted(Comparator.comparing(editor.terms::country, collator))
                    .toList();
        });
        country = new Choices<>(countries, false, editor.terms::country, "", true, chosen -> {
            if (chosen != null) {
                list.changed(index, t -> new Transfer(chosen, t.recipient(), t.safeguard(), t.description()));
            }
        });
        recipient = new Choices<>(
                List.of(),
                true,
                id -> editor.nameOf(EntityType.RECIPIENT, id),
                editor.messages.get("editor.anyRecipient"),
                chosen -> list.changed(index, t -> new Transfer(t.country(), chosen, t.safeguard(), t.description())));
        safeguard = new Choices<>(
                List.of(Safeguard.values()),
                true,
                editor.terms::label,
                editor.messages.get("editor.chooseSafeguard"),
                chosen -> list.changed(index, t -> new Transfer(t.country(), t.recipient(), chosen, t.description())));
        descriptionBinding = new TextFieldBinding(
                description,
                false,
                change -> list.changed(
                        index,
                        t -> new Transfer(t.country(), t.recipient(), t.safeguard(), change.apply(t.description()))));
        description.setPromptText(editor.messages.get("editor.transferDescription"));
        standing.getStyleClass().add("hint");
        country.control().setId("transferCountry-" + index);
        recipient.control().setId("transferRecipient-" + index);
        safeguard.control().setId("transferSafeguard-" + index);
        standing.setId("transferStanding-" + index);
        Button remove = RowButtons.remove(editor.messages, () -> list.remove(index));

        grid.setHgap(8);
        grid.setVgap(6);
        grid.add(country.control(), 0, 0);
        grid.add(remove, 1, 0);
        grid.add(standing, 0, 1, 2, 1);
        grid.add(recipient.control(), 0, 2, 2, 1);
        grid.add(safeguard.control(), 0, 3, 2, 1);
        grid.add(description, 0, 4, 2, 1);
        standing.setWrapText(true);
        country.control().setAccessibleText(editor.messages.get("editor.transferCountry"));
        GridPane.setHgrow(country.control(), Priority.ALWAYS);
        grid.getStyleClass().add("row-card");
    }

    @Override
    public Node node() {
        return grid;
    }

    @Override
    public javafx.scene.control.Control control(String field) {
        return switch (field) {
            case "country" -> country.control();
            case "recipient" -> recipient.control();
            case "description" -> description;
            default -> safeguard.control();
        };
    }

    @Override
    public void show(Transfer transfer) {
        value = transfer;
        country.set(transfer.country());
        recipient.setItems(offeredRecipients(editor.activity().recipients(), transfer.recipient()), true);
        recipient.set(transfer.recipient());
        safeguard.set(transfer.safeguard());
        descriptionBinding.show(
                transfer.description(), editor.language(), editor.inventory().defaultLanguage());
        standing.setText(
                switch (Countries.standing(transfer.country())) {
                    case EEA -> editor.messages.get("editor.transfer.eea");
                    case ADEQUATE ->
                        Countries.adequacyCondition(transfer.country())
                                .map(condition -> editor.messages.get("editor.transfer.adequateIf"))
                                .orElse(editor.messages.get("editor.transfer.adequate"));
                    case THIRD_COUNTRY ->
                        editor.messages.get(
                                transfer.safeguard() == null
                                        ? "editor.transfer.third"
                                        : "editor.transfer.thirdCovered");
                });
    }

    /**
     * The recipients a transfer can name: those of the activity (a transfer goes to one of them),
     * and the one it names now if that is no longer among them, so that it stays visible.
     */
    static List<String> offeredRecipients(List<String> ofActivity, String current) {
        if (current == null || ofActivity.contains(current)) {
            return ofActivity;
        }
        List<String> offered = new java.util.ArrayList<>(ofActivity);
        offered.add(current);
        return offered;
    }
}
