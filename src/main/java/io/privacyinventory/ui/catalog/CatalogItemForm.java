package io.privacyinventory.ui.catalog;

import io.privacyinventory.model.Activity;
import io.privacyinventory.model.DataCategory;
import io.privacyinventory.model.DataSource;
import io.privacyinventory.model.DataSubject;
import io.privacyinventory.model.Entity;
import io.privacyinventory.model.EntityType;
import io.privacyinventory.model.Purpose;
import io.privacyinventory.model.Recipient;
import io.privacyinventory.model.RecipientKind;
import io.privacyinventory.model.RecordFields;
import io.privacyinventory.model.Syntax;
import io.privacyinventory.model.Terms;
import io.privacyinventory.model.Text;
import io.privacyinventory.ui.Messages;
import io.privacyinventory.ui.form.Choices;
import io.privacyinventory.ui.form.Commit;
import io.privacyinventory.ui.form.Dialogs;
import io.privacyinventory.ui.form.Forms;
import io.privacyinventory.ui.form.TextFieldBinding;
import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * The form of one catalogue item: its name, id and description, the fields only its kind of item
 * has, and where it is used. Each control sends the one field it changed, applied to the item as
 * the document has it by then; filling the form for another item sends nothing.
 */
final class CatalogItemForm {
    private final CatalogViewModel model;
    private final Messages messages;
    private final ObservableValue<String> language;
    private final VBox form = new VBox(14);
    private final TextField id = new TextField();
    private final TextField name = new TextField();
    private final TextArea description = new TextArea();
    private final TextFieldBinding nameBinding;
    private final TextFieldBinding descriptionBinding;
    private final Choices<DataSource> source;
    private final CheckBox special = new CheckBox();
    private final CheckBox criminal = new CheckBox();
    private final Choices<RecipientKind> kind;
    private final Choices<String> country;
    private final CheckBox tracking = new CheckBox();
    private final CheckBox strictlyNecessary = new CheckBox();
    private final CheckBox directMarketing = new CheckBox();
    private final TextField optOutUrl = new TextField();
    private final TextField contractUrl = new TextField();
    private final Label usedBy = new Label();
    /** True while the form is being filled: the controls' listeners then send nothing. */
    private boolean filling;
    /** The item the form shows: edits are for this one, even while another is being selected. */
    private Entity shown;

    CatalogItemForm(CatalogViewModel model, Messages messages, ObservableValue<String> language) {
        this.model = model;
        this.messages = messages;
        this.language = language;
        Terms terms = Terms.forLocale(messages.locale());
        nameBinding = new TextFieldBinding(name, true, change -> changeText("name", change));
        description.setPrefRowCount(3);
        description.setWrapText(true);
        descriptionBinding = new TextFieldBinding(description, false, change -> changeText("description", change));
        Commit.onDone(id, this::commitId, () -> id.setText(shown == null ? "" : shown.id()));
        source = new Choices<>(
                List.of(DataSource.values()),
                true,
                terms::label,
                messages.get("choice.none"),
                value -> setField("source", value));
        special.setText(messages.get("catalog.special"));
        criminal.setText(messages.get("catalog.criminal"));
        kind = new Choices<>(
                List.of(RecipientKind.values()),
                true,
                terms::label,
                messages.get("choice.none"),
                value -> setField("kind", value));
        Collator collator = Collator.getInstance(messages.locale());
        country = new Choices<>(
                Arrays.stream(Locale.getISOCountries())
                        .sorted(Comparator.comparing(terms::country, collator))
                        .toList(),
                true,
                terms::country,
                messages.get("choice.none"),
                value -> setField("country", value));
        tracking.setText(messages.get("catalog.tracking"));
        tracking.setId("tracking");
        strictlyNecessary.setText(messages.get("catalog.strictlyNecessary"));
        strictlyNecessary.setId("strictlyNecessary");
        // Only a tracking tool can be exempt from consent as strictly necessary.
        strictlyNecessary.visibleProperty().bind(tracking.selectedProperty().or(strictlyNecessary.selectedProperty()));
        strictlyNecessary.managedProperty().bind(strictlyNecessary.visibleProperty());
        directMarketing.setText(messages.get("catalog.directMarketing"));
        directMarketing.setId("directMarketing");
        flag(special, "special");
        flag(criminal, "criminal");
        flag(tracking, "tracking");
        flag(strictlyNecessary, "strictlyNecessary");
        flag(directMarketing, "directMarketing");
        linkField(optOutUrl, "optOutUrl");
        linkField(contractUrl, "contractUrl");
        optOutUrl.setPromptText("https://");
        contractUrl.setPromptText("https://");
        usedBy.setWrapText(true);
        form.getChildren().setAll(grid(model.type()), Forms.hint(messages.get("catalog.idHint")));
        form.setPadding(new Insets(16, 20, 20, 20));
        form.setDisable(model.isReadOnly());
    }

    Node node() {
        return form;
    }

    /** The item the form shows, or null. */
    Entity shown() {
        return shown;
    }

    /** The rows this kind of item has, in the order a reader expects them. */
    private GridPane grid(EntityType type) {
        GridPane grid = Forms.grid();
        int row = 0;
        Forms.addRow(grid, row++, messages.get("catalog.name"), name);
        Forms.addRow(grid, row++, messages.get("catalog.id"), id);
        Forms.addRow(grid, row++, messages.get("catalog.description"), description);
        if (type == EntityType.DATA_CATEGORY) {
            Forms.addRow(grid, row++, messages.get("catalog.source"), source.control());
            Forms.addRow(grid, row++, messages.get("catalog.sensitivity"), new VBox(6, special, criminal));
        } else if (type == EntityType.RECIPIENT) {
            Forms.addRow(grid, row++, messages.get("catalog.kind"), kind.control());
            Forms.addRow(grid, row++, messages.get("catalog.country"), country.control());
            Forms.addRow(grid, row++, messages.get("catalog.trackingLabel"), new VBox(6, tracking, strictlyNecessary));
            Forms.addRow(grid, row++, messages.get("catalog.optOutUrl"), optOutUrl);
            Forms.addRow(grid, row++, messages.get("catalog.contractUrl"), contractUrl);
        } else if (type == EntityType.PURPOSE) {
            Forms.addRow(grid, row++, messages.get("catalog.objection"), directMarketing);
        }
        Forms.addRow(grid, row, messages.get("catalog.usedBy"), usedBy);
        return grid;
    }

    /** A check box for a yes/no field: its label wraps, and a click sets that field alone. */
    private void flag(CheckBox box, String field) {
        box.setWrapText(true);
        box.selectedProperty().addListener((o, old, on) -> setField(field, on));
    }

    /** Fills the form with {@code item} (not null), leaving a field being typed in as it is. */
    void show(Entity item) {
        shown = item;
        filling = true;
        try {
            String fallback = model.inventory().defaultLanguage();
            nameBinding.show(item.name(), language.getValue(), fallback);
            descriptionBinding.show(description(item), language.getValue(), fallback);
            if (!id.isFocused()) {
                id.setText(item.id());
            }
            if (item instanceof Purpose purpose) {
                directMarketing.setSelected(purpose.directMarketing());
            } else if (item instanceof DataCategory category) {
                source.set(category.source());
                special.setSelected(category.special());
                criminal.setSelected(category.criminal());
            } else if (item instanceof Recipient recipient) {
                kind.set(recipient.kind());
                country.set(recipient.country());
                tracking.setSelected(recipient.tracking());
                strictlyNecessary.setSelected(recipient.strictlyNecessary());
                if (!optOutUrl.isFocused()) {
                    optOutUrl.setText(Objects.toString(recipient.optOutUrl(), ""));
                }
                if (!contractUrl.isFocused()) {
                    contractUrl.setText(Objects.toString(recipient.contractUrl(), ""));
                }
            }
            List<Activity> users = model.users(item.id());
            usedBy.setText(
                    users.isEmpty()
                            ? messages.get("catalog.unused")
                            : users.stream()
                                    .map(activity -> text(activity.name()))
                                    .collect(Collectors.joining("\n")));
        } finally {
            filling = false;
        }
    }

    /** The form no longer shows an item. */
    void clear() {
        shown = null;
    }

    private static Text description(Entity item) {
        if (item instanceof DataSubject subject) {
            return subject.description();
        } else if (item instanceof Purpose purpose) {
            return purpose.description();
        } else if (item instanceof DataCategory category) {
            return category.description();
        }
        return ((Recipient) item).description();
    }

    /** Sends a change of the shown item, applied to it as it is by then; nothing while the form is being filled. */
    private void change(UnaryOperator<Entity> change) {
        Entity current = shown;
        if (!filling && current != null) {
            model.change(current.id(), change);
        }
    }

    /** Changes one translation of the name or description (see {@link TextFieldBinding}). */
    private void changeText(String field, UnaryOperator<Text> change) {
        change(item -> (Entity)
                RecordFields.with((Record) item, field, change.apply((Text) RecordFields.get((Record) item, field))));
    }

    /** Sets one field of the shown item (a field only some catalogues have is left alone elsewhere). */
    private void setField(String field, Object value) {
        change(item -> RecordFields.has(((Record) item).getClass(), field)
                ? (Entity) RecordFields.with((Record) item, field, value)
                : item);
    }

    private void commitId() {
        Entity current = shown;
        if (current == null) {
            return;
        }
        String typed = id.getText() == null ? "" : id.getText().strip();
        if (typed.equals(current.id())) {
            return;
        }
        if (!Syntax.isId(typed)) {
            id.setText(current.id());
            refused(messages.get("catalog.badId", typed));
            return;
        }
        if (!filling) {
            model.changeId(current.id(), typed);
        }
    }

    /** A web address field of a recipient: saved when typing is done, refused when it is not an address. */
    private void linkField(TextField field, String name) {
        Commit.onDone(
                field,
                () -> {
                    if (!(shown instanceof Recipient recipient)) {
                        return;
                    }
                    String typed = Forms.blankToNull(field.getText());
                    if (Objects.equals(typed, RecordFields.get(recipient, name))) {
                        return;
                    }
                    if (typed != null && !Syntax.isWebAddress(typed)) {
                        field.setText(Objects.toString(RecordFields.get(recipient, name), ""));
                        refused(messages.get("catalog.badUrl", typed));
                        return;
                    }
                    setField(name, typed);
                },
                () -> field.setText(
                        shown instanceof Recipient r ? Objects.toString(RecordFields.get(r, name), "") : ""));
    }

    /** Says why a typed value was not saved; the field already shows the saved one again. */
    private void refused(String why) {
        Dialogs.editRefused(form, messages.get("error.editRefused"), why);
    }

    private String text(Text text) {
        return text == null
                ? ""
                : text.resolve(language.getValue(), model.inventory().defaultLanguage());
    }
}
