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
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * A catalogue (data categories, purposes, recipients or data subjects): the items in a table, the
 * selected one in a form, and where it is used. Deleting a used item says where and offers to
 * remove those references too.
 */
public final class CatalogView implements io.privacyinventory.ui.SectionView {
    private final CatalogViewModel model;
    private final Messages messages;
    private final Terms terms;
    private final ObservableValue<String> language;
    private final TableView<Entity> table = new TableView<>();
    private final SplitPane root;
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
    private final Label empty;
    private final Node details;
    private boolean showing;
    private Entity shownItem;

    public CatalogView(CatalogViewModel model, Messages messages, ObservableValue<String> language) {
        this.model = model;
        this.messages = messages;
        this.terms = Terms.forLocale(messages.locale());
        this.language = language;
        EntityType type = model.type();

        TextField filter = new TextField();
        filter.setPromptText(messages.get("catalog.filter"));
        filter.setAccessibleText(messages.get("catalog.filter"));
        filter.textProperty().bindBidirectional(model.filterProperty());
        HBox.setHgrow(filter, Priority.ALWAYS);
        Button add = Forms.iconButton(Material2AL.ADD, messages.get("catalog.new." + type.code()), this::create);
        add.setId("newItem");
        Button delete =
                Forms.iconButton(Material2AL.DELETE_OUTLINE, messages.get("catalog.delete"), this::confirmDelete);
        delete.setId("deleteItem");
        add.setDisable(model.isReadOnly());
        delete.disableProperty().bind(model.selectedProperty().isNull());
        HBox tools = new HBox(6, filter, add, delete);
        tools.setPadding(new Insets(8));

        table.setId("catalogTable");
        table.getColumns().add(Forms.column(messages.get("catalog.column.name"), item -> text(item.name()), 260));
        table.getColumns().add(Forms.column(messages.get("catalog.column.id"), Entity::id, 150));
        if (type == EntityType.DATA_CATEGORY) {
            table.getColumns()
                    .add(Forms.column(
                            messages.get("catalog.column.source"),
                            item -> terms.label(((DataCategory) item).source()),
                            150));
            table.getColumns()
                    .add(Forms.column(
                            messages.get("catalog.column.special"), item -> marker((DataCategory) item), 110));
        } else if (type == EntityType.RECIPIENT) {
            table.getColumns()
                    .add(Forms.column(
                            messages.get("catalog.column.kind"), item -> terms.label(((Recipient) item).kind()), 120));
            table.getColumns()
                    .add(Forms.column(
                            messages.get("catalog.column.country"),
                            item -> terms.country(((Recipient) item).country()),
                            110));
        }
        table.getColumns()
                .add(Forms.column(
                        messages.get("catalog.column.used"), item -> Long.toString(model.usageCount(item.id())), 70));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Forms.fitHeaders(table);
        SortedList<Entity> sorted = new SortedList<>(model.visibleItems());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        Label placeholder = new Label(messages.get("catalog.empty." + type.code()));
        placeholder.setWrapText(true);
        placeholder.getStyleClass().add("hint");
        table.setPlaceholder(placeholder);
        table.getSelectionModel().selectedItemProperty().addListener((observable, old, item) -> {
            if (!showing && item != null) {
                model.selectedIdProperty().set(item.id());
            }
        });

        nameBinding = new TextFieldBinding(name, true, change -> changeText("name", change));
        description.setPrefRowCount(3);
        description.setWrapText(true);
        descriptionBinding = new TextFieldBinding(description, false, change -> changeText("description", change));
        Commit.onDone(
                id,
                this::commitId,
                () -> id.setText(selected() == null ? "" : selected().id()));
        source = new Choices<>(
                List.of(DataSource.values()),
                true,
                terms::label,
                messages.get("choice.none"),
                value -> setField("source", value));
        special.setText(messages.get("catalog.special"));
        special.selectedProperty().addListener((o, old, on) -> setField("special", on));
        criminal.setText(messages.get("catalog.criminal"));
        criminal.selectedProperty().addListener((o, old, on) -> setField("criminal", on));
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
        tracking.setWrapText(true);
        special.setWrapText(true);
        criminal.setWrapText(true);
        tracking.selectedProperty().addListener((o, old, on) -> setField("tracking", on));
        tracking.setId("tracking");
        strictlyNecessary.setText(messages.get("catalog.strictlyNecessary"));
        strictlyNecessary.setWrapText(true);
        strictlyNecessary.setId("strictlyNecessary");
        strictlyNecessary.selectedProperty().addListener((o, old, on) -> setField("strictlyNecessary", on));
        // Only a tracking tool can be exempt from consent as strictly necessary.
        strictlyNecessary.visibleProperty().bind(tracking.selectedProperty().or(strictlyNecessary.selectedProperty()));
        strictlyNecessary.managedProperty().bind(strictlyNecessary.visibleProperty());
        directMarketing.setText(messages.get("catalog.directMarketing"));
        directMarketing.setWrapText(true);
        directMarketing.setId("directMarketing");
        directMarketing.selectedProperty().addListener((o, old, on) -> setField("directMarketing", on));
        linkField(optOutUrl, "optOutUrl");
        linkField(contractUrl, "contractUrl");
        optOutUrl.setPromptText("https://");
        contractUrl.setPromptText("https://");
        usedBy.setWrapText(true);

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
        Label idHint = Forms.hint(messages.get("catalog.idHint"));
        form.getChildren().setAll(grid, idHint);
        form.setPadding(new Insets(16, 20, 20, 20));
        details = form;
        form.setDisable(model.isReadOnly());
        if (model.isReadOnly()) {
            delete.disableProperty().unbind();
            delete.setDisable(true);
        }
        empty = new Label(messages.get("catalog.none"));
        empty.getStyleClass().add("hint");
        empty.setPadding(new Insets(20));
        ScrollPane scroll = new ScrollPane(empty);
        scroll.setFitToWidth(true);
        model.selectedProperty().addListener((observable, old, item) -> show(item, scroll));
        language.addListener((observable, old, value) -> {
            table.refresh();
            show(model.selectedProperty().get(), scroll);
        });
        VBox left = new VBox(tools, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        root = new SplitPane(left, scroll);
        root.setDividerPositions(0.55);
        if (!model.visibleItems().isEmpty()) {
            model.selectedIdProperty().set(model.visibleItems().get(0).id());
        }
        show(model.selectedProperty().get(), scroll);
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void activate() {
        model.activate();
    }

    @Override
    public void deactivate() {
        model.deactivate();
    }

    public void select(String id) {
        model.filterProperty().set("");
        model.selectedIdProperty().set(id);
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

    /** The item the form shows: edits in the form are for this one, even while another is being selected. */
    private Entity selected() {
        return shownItem;
    }

    /** Sends a change of the shown item, applied to it as it is by then; nothing while the form is being filled. */
    private void change(UnaryOperator<Entity> change) {
        Entity current = selected();
        if (!showing && current != null) {
            model.change(current.id(), change);
        }
    }

    /** Changes one translation of the name or description (see {@link TextFieldBinding}). */
    private void changeText(String field, UnaryOperator<Text> change) {
        change(item -> (Entity)
                RecordFields.with((Record) item, field, change.apply((Text) RecordFields.get((Record) item, field))));
    }

    private void commitId() {
        Entity current = selected();
        if (current == null) {
            return;
        }
        String typed = id.getText() == null ? "" : id.getText().strip();
        if (typed.equals(current.id())) {
            return;
        }
        if (!Syntax.isId(typed)) {
            id.setText(current.id());
            Alert alert = new Alert(Alert.AlertType.WARNING, messages.get("catalog.badId", typed));
            alert.setHeaderText(messages.get("error.editRefused"));
            owner(alert);
            alert.show();
            return;
        }
        if (!showing) {
            model.changeId(current.id(), typed);
        }
    }

    /** Sets one field of the shown item (a field only some catalogues have is left alone elsewhere). */
    private void setField(String field, Object value) {
        change(item -> RecordFields.has(((Record) item).getClass(), field)
                ? (Entity) RecordFields.with((Record) item, field, value)
                : item);
    }

    private void linkField(TextField field, String name) {
        Commit.onDone(
                field,
                () -> {
                    if (!(selected() instanceof Recipient recipient)) {
                        return;
                    }
                    String typed = field.getText() == null || field.getText().isBlank()
                            ? null
                            : field.getText().strip();
                    if (Objects.equals(typed, RecordFields.get(recipient, name))) {
                        return;
                    }
                    if (typed != null && !Syntax.isWebAddress(typed)) {
                        field.setText(Objects.toString(RecordFields.get(recipient, name), ""));
                        Alert alert = new Alert(Alert.AlertType.WARNING, messages.get("catalog.badUrl", typed));
                        alert.setHeaderText(messages.get("error.editRefused"));
                        owner(alert);
                        alert.show();
                        return;
                    }
                    setField(name, typed);
                },
                () -> field.setText(
                        selected() instanceof Recipient r ? Objects.toString(RecordFields.get(r, name), "") : ""));
    }

    private void show(Entity item, ScrollPane scroll) {
        commitFieldBeingEdited(item, scroll);
        shownItem = item;
        showing = true;
        try {
            if (item == null) {
                table.getSelectionModel().clearSelection();
                scroll.setContent(empty);
                return;
            }
            if (table.getSelectionModel().getSelectedItem() != item) {
                table.getSelectionModel().select(item);
            }
            scroll.setContent(details);
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
            showing = false;
        }
    }

    /** Moves the focus out of the form before another item is shown, so a typed value is saved for its own item. */
    private void commitFieldBeingEdited(Entity next, ScrollPane scroll) {
        if (shownItem != null && (next == null || !next.id().equals(shownItem.id()))) {
            Forms.takeFocusOutOf(scroll, table);
        }
    }

    private void create() {
        EntityType type = model.type();
        TextInputDialog dialog = new TextInputDialog();
        dialog.setTitle(messages.get("catalog.new." + type.code()));
        dialog.setHeaderText(messages.get("catalog.newHeader"));
        dialog.setContentText(messages.get("catalog.name"));
        owner(dialog);
        dialog.showAndWait()
                .map(String::strip)
                .filter(value -> !value.isEmpty())
                .ifPresent(value -> model.create(value, language.getValue()));
    }

    private void confirmDelete() {
        Entity item = selected();
        if (item == null) {
            return;
        }
        List<Activity> users = model.users(item.id());
        Alert confirm;
        ButtonType removeAll =
                new ButtonType(messages.get("catalog.deleteWithReferences"), ButtonBar.ButtonData.OK_DONE);
        if (users.isEmpty()) {
            confirm = new Alert(
                    Alert.AlertType.CONFIRMATION,
                    messages.get("catalog.deleteQuestion", Dialogs.name(text(item.name()))),
                    messages.cancel(),
                    messages.ok());
        } else {
            String list = users.stream()
                    .map(activity -> "•  " + Dialogs.name(text(activity.name())))
                    .collect(Collectors.joining("\n"));
            confirm = new Alert(
                    Alert.AlertType.WARNING,
                    messages.get("catalog.deleteUsed", Dialogs.name(text(item.name())), users.size(), list),
                    messages.cancel(),
                    removeAll);
        }
        Dialogs.fitted(confirm);
        confirm.setHeaderText(messages.get("catalog.deleteHeader"));
        confirm.getDialogPane().setId("deleteDialog");
        owner(confirm);
        confirm.showAndWait()
                .filter(button -> button.getButtonData() == javafx.scene.control.ButtonBar.ButtonData.OK_DONE)
                .ifPresent(button -> model.deleteWithReferences(item.id()));
    }

    private void owner(javafx.scene.control.Dialog<?> dialog) {
        if (root.getScene() != null) {
            dialog.initOwner(root.getScene().getWindow());
        }
    }

    private String marker(DataCategory category) {
        return category.special()
                ? messages.get("catalog.special.short")
                : category.criminal() ? messages.get("catalog.criminal.short") : "";
    }

    private String text(Text text) {
        return text == null
                ? ""
                : text.resolve(language.getValue(), model.inventory().defaultLanguage());
    }
}
