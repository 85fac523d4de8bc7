package io.privacyinventory.ui.findings;

import io.privacyinventory.model.findings.Finding;
import io.privacyinventory.model.findings.Severity;
import io.privacyinventory.ui.Messages;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** Every finding of the inventory; a double-click (or Enter) takes the user to the field concerned. */
public final class FindingsView {
    private final VBox root;
    private final TableView<Finding> table;

    public FindingsView(FindingsModel model, Messages messages, Consumer<Finding> goTo) {
        FilteredList<Finding> shown = new FilteredList<>(model.findings());
        ComboBox<Severity> severity = new ComboBox<>();
        severity.setAccessibleText(messages.get("findings.severity"));
        severity.getItems().addAll(null, Severity.ERROR, Severity.WARNING);
        severity.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Severity value) {
                return value == null
                        ? messages.get("findings.all")
                        : messages.get("findings." + value.name().toLowerCase());
            }

            @Override
            public Severity fromString(String string) {
                return null;
            }
        });
        severity.valueProperty()
                .addListener(
                        (o, old, value) -> shown.setPredicate(finding -> value == null || finding.severity() == value));
        Label summary = new Label();
        summary.textProperty()
                .bind(javafx.beans.binding.Bindings.createStringBinding(
                        () -> messages.get(
                                "findings.summary",
                                model.errorCountProperty().get(),
                                model.warningCountProperty().get()),
                        model.errorCountProperty(),
                        model.warningCountProperty()));
        HBox tools = new HBox(12, severity, summary);
        tools.setPadding(new Insets(8));
        tools.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        table = new TableView<>(shown);
        table.setId("findingsTable");
        TableColumn<Finding, Finding> icon = new TableColumn<>();
        icon.setCellValueFactory(cell -> new javafx.beans.property.ReadOnlyObjectWrapper<>(cell.getValue()));
        icon.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(Finding finding, boolean empty) {
                super.updateItem(finding, empty);
                if (empty || finding == null) {
                    setGraphic(null);
                    return;
                }
                FontIcon graphic = new FontIcon(finding.isError() ? Material2AL.ERROR : Material2MZ.WARNING);
                graphic.getStyleClass().add(finding.isError() ? "finding-error" : "finding-warning");
                setGraphic(graphic);
            }
        });
        icon.setPrefWidth(36);
        icon.setMaxWidth(40);
        icon.setSortable(false);
        TableColumn<Finding, String> message = new TableColumn<>(messages.get("findings.message"));
        message.setCellValueFactory(
                cell -> new ReadOnlyStringWrapper(cell.getValue().message()));
        message.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                setWrapText(true);
            }
        });
        message.setPrefWidth(640);
        TableColumn<Finding, String> where = new TableColumn<>(messages.get("findings.where"));
        where.setCellValueFactory(
                cell -> new ReadOnlyStringWrapper(cell.getValue().path()));
        where.setPrefWidth(260);
        table.getColumns().add(icon);
        table.getColumns().add(message);
        table.getColumns().add(where);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        io.privacyinventory.ui.form.Forms.fitHeaders(table);
        Label placeholder = new Label(messages.get("findings.none"));
        placeholder.getStyleClass().add("hint");
        table.setPlaceholder(placeholder);
        table.setRowFactory(view -> {
            TableRow<Finding> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && !row.isEmpty()) {
                    goTo.accept(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                goTo.accept(table.getSelectionModel().getSelectedItem());
            }
        });
        Label hint = new Label(messages.get("findings.hint"));
        hint.getStyleClass().add("hint");
        hint.setPadding(new Insets(0, 8, 8, 8));
        root = new VBox(tools, table, hint);
        VBox.setVgrow(table, Priority.ALWAYS);
    }

    public Node root() {
        return root;
    }
}
