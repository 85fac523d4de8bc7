package io.privacyinventory.ui.catalog;

import io.privacyinventory.model.Activity;
import io.privacyinventory.model.DataCategory;
import io.privacyinventory.model.Entity;
import io.privacyinventory.model.EntityType;
import io.privacyinventory.model.Recipient;
import io.privacyinventory.model.Terms;
import io.privacyinventory.model.Text;
import io.privacyinventory.ui.Messages;
import io.privacyinventory.ui.form.Dialogs;
import io.privacyinventory.ui.form.Forms;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.value.ObservableValue;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
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
    private final CatalogItemForm form;
    private final Label empty;
    private boolean showing;

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

        form = new CatalogItemForm(model, messages, language);
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

    /** The item the form shows: edits in the form are for this one, even while another is being selected. */
    private Entity selected() {
        return form.shown();
    }

    private void show(Entity item, ScrollPane scroll) {
        commitFieldBeingEdited(item, scroll);
        showing = true;
        try {
            if (item == null) {
                form.clear();
                table.getSelectionModel().clearSelection();
                scroll.setContent(empty);
                return;
            }
            if (table.getSelectionModel().getSelectedItem() != item) {
                table.getSelectionModel().select(item);
            }
            scroll.setContent(form.node());
            form.show(item);
        } finally {
            showing = false;
        }
    }

    /** Moves the focus out of the form before another item is shown, so a typed value is saved for its own item. */
    private void commitFieldBeingEdited(Entity next, ScrollPane scroll) {
        if (selected() != null && (next == null || !next.id().equals(selected().id()))) {
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
