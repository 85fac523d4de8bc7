package io.privacyinventory.ui.activities;

import io.privacyinventory.model.Activity;
import io.privacyinventory.model.Coded;
import io.privacyinventory.model.Inventory;
import io.privacyinventory.model.Terms;
import io.privacyinventory.model.findings.Finding;
import io.privacyinventory.ui.Messages;
import io.privacyinventory.ui.findings.FindingsModel;
import io.privacyinventory.ui.form.Forms;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/** The Activities view: a filterable, sortable table of activities and the editor of the selected one. */
public final class ActivitiesView implements io.privacyinventory.ui.SectionView {
    private final ActivitiesViewModel model;
    private final Messages messages;
    private final Terms terms;
    private final ObservableValue<String> contentLanguage;
    private final TableView<Activity> table = new TableView<>();
    private final TextField filter = new TextField();
    private final ActivityEditor editor;
    private final FindingsModel findings;
    private final javafx.collections.ListChangeListener<Finding> findingsChanged = change -> {
        table.refresh();
        markFindings();
    };
    private boolean active;
    private final SplitPane root;
    private boolean selecting;

    public ActivitiesView(
            ActivitiesViewModel model,
            Messages messages,
            ObservableValue<String> contentLanguage,
            FindingsModel findings) {
        this.model = model;
        this.findings = findings;
        this.messages = messages;
        this.terms = Terms.forLocale(messages.locale());
        this.contentLanguage = contentLanguage;
        this.editor = new ActivityEditor(messages, model);

        filter.setId("activityFilter");
        filter.setPromptText(messages.get("activities.filter"));
        filter.setAccessibleText(messages.get("activities.filter"));
        filter.textProperty().bindBidirectional(model.filterProperty());
        HBox.setHgrow(filter, Priority.ALWAYS);
        Button add = Forms.iconButton(Material2AL.ADD, messages.get("activities.new"), this::create);
        add.setId("newActivity");
        add.setDisable(model.isReadOnly());
        Button duplicate =
                Forms.iconButton(Material2AL.CONTENT_COPY, messages.get("activities.duplicate"), this::duplicate);
        Button delete =
                Forms.iconButton(Material2AL.DELETE_OUTLINE, messages.get("activities.delete"), this::confirmDelete);
        delete.setId("deleteActivity");
        duplicate.disableProperty().bind(model.selectedProperty().isNull());
        delete.disableProperty().bind(model.selectedProperty().isNull());
        filter.setOnKeyPressed(event -> {
            if (event.getCode() == javafx.scene.input.KeyCode.ESCAPE
                    && !filter.getText().isEmpty()) {
                filter.clear();
                event.consume();
            }
        });
        Label matches = new Label();
        matches.setId("activityMatchCount");
        matches.getStyleClass().add("hint");
        matches.setMinWidth(Region.USE_PREF_SIZE);
        matches.textProperty()
                .bind(javafx.beans.binding.Bindings.createStringBinding(
                        () -> model.filterProperty().get() == null
                                        || model.filterProperty().get().isBlank()
                                ? ""
                                : messages.get(
                                        "activities.matchCount",
                                        model.matchCountProperty().get(),
                                        model.totalProperty().get()),
                        model.filterProperty(),
                        model.matchCountProperty(),
                        model.totalProperty()));
        matches.visibleProperty().bind(matches.textProperty().isNotEmpty());
        matches.managedProperty().bind(matches.visibleProperty());
        HBox tools = new HBox(6, filter, matches, add, duplicate, delete);
        tools.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        tools.setPadding(new Insets(8));

        table.setId("activityTable");
        SortKeys sortKeys = new SortKeys();
        List.of(
                        Forms.column(messages.get("column.name"), (Activity activity) -> text(activity.name()), 250),
                        Forms.column(
                                messages.get("column.owner"),
                                (Activity activity) -> nullToEmpty(activity.owner()),
                                110),
                        Forms.column(messages.get("column.role"), (Activity activity) -> label(activity.role()), 110),
                        Forms.column(
                                messages.get("column.status"), (Activity activity) -> label(activity.status()), 95))
                .forEach(column -> {
                    column.setComparator(sortKeys);
                    table.getColumns().add(column);
                });
        TableColumn<Activity, LocalDate> due = new TableColumn<>(messages.get("column.reviewDue"));
        due.setCellValueFactory(
                cell -> new ReadOnlyObjectWrapper<>(cell.getValue().reviewDue()));
        DateTimeFormatter dates =
                io.privacyinventory.ui.form.Dates.forLocale(messages.locale()).formatter();
        due.setCellFactory(column -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(LocalDate date, boolean empty) {
                super.updateItem(date, empty);
                setText(empty || date == null ? null : dates.format(date));
            }
        });
        due.setPrefWidth(112);
        due.setMinWidth(112);
        table.getColumns().add(due);
        TableColumn<Activity, String> problems = new TableColumn<>(messages.get("column.findings"));
        problems.setCellValueFactory(
                cell -> new ReadOnlyStringWrapper(cell.getValue().id()));
        problems.setCellFactory(column -> new javafx.scene.control.TableCell<>() {
            /** Made once per cell: a new icon per update is a new node to style on every scroll. */
            private FontIcon errorIcon;

            private FontIcon warningIcon;

            @Override
            protected void updateItem(String id, boolean empty) {
                super.updateItem(id, empty);
                if (empty || id == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                List<Finding> about = findings.about("activities/" + id);
                long errors = about.stream().filter(Finding::isError).count();
                if (about.isEmpty()) {
                    setText(null);
                    setGraphic(null);
                } else {
                    if (errors > 0 && errorIcon == null) {
                        errorIcon = new FontIcon(Material2AL.ERROR);
                        errorIcon.getStyleClass().add("finding-error");
                    } else if (errors == 0 && warningIcon == null) {
                        warningIcon = new FontIcon(org.kordamp.ikonli.material2.Material2MZ.WARNING);
                        warningIcon.getStyleClass().add("finding-warning");
                    }
                    setGraphic(errors > 0 ? errorIcon : warningIcon);
                    setText(Integer.toString(about.size()));
                }
            }
        });
        problems.setComparator(java.util.Comparator.comparingInt(
                id -> findings.about("activities/" + id).size()));
        problems.setPrefWidth(76);
        problems.setMinWidth(76);
        table.getColumns().add(problems);
        activate();
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Forms.fitHeaders(table);
        SortedList<Activity> sorted = new SortedList<>(model.visibleActivities());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        Label placeholder = new Label();
        placeholder.setWrapText(true);
        placeholder.getStyleClass().add("hint");
        placeholder
                .textProperty()
                .bind(javafx.beans.binding.Bindings.when(model.filterProperty().isEmpty())
                        .then(messages.get("activities.none"))
                        .otherwise(messages.get("activities.noMatch")));
        table.setPlaceholder(placeholder);
        table.getSelectionModel().selectedItemProperty().addListener((observable, old, activity) -> {
            if (!selecting && !model.isFiltering() && activity != null) {
                model.selectedIdProperty().set(activity.id());
            }
        });
        model.selectedProperty().addListener((observable, old, activity) -> showSelected(activity));
        model.filterProperty().addListener((observable, old, text) -> filtered());
        table.setOnKeyPressed(event -> {
            if (event.getCode() == javafx.scene.input.KeyCode.DELETE && !model.isReadOnly()) {
                confirmDelete();
                event.consume();
            }
        });
        contentLanguage.addListener((observable, old, language) -> {
            table.refresh();
            showSelected(model.selectedProperty().get());
        });

        VBox left = new VBox(tools, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        root = new SplitPane(left, editor.root());
        root.setDividerPositions(0.5);
        if (!model.visibleActivities().isEmpty() && model.selectedIdProperty().get() == null) {
            model.selectedIdProperty().set(model.visibleActivities().get(0).id());
        }
        showSelected(model.selectedProperty().get());
        editor.setReadOnly(model.isReadOnly());
        duplicate.disableProperty().unbind();
        duplicate.setDisable(model.isReadOnly());
        delete.disableProperty().unbind();
        delete.setDisable(model.isReadOnly());
        if (!model.isReadOnly()) {
            duplicate.disableProperty().bind(model.selectedProperty().isNull());
            delete.disableProperty().bind(model.selectedProperty().isNull());
        }
    }

    @Override
    public Node root() {
        return root;
    }

    /** Follows the document and the findings again, catching up with both. */
    @Override
    public void activate() {
        if (active) {
            return;
        }
        active = true;
        model.activate();
        findings.findings().addListener(findingsChanged);
        table.refresh();
        markFindings();
    }

    @Override
    public void deactivate() {
        if (!active) {
            return;
        }
        active = false;
        findings.findings().removeListener(findingsChanged);
        model.deactivate();
    }

    @Override
    public void dispose() {
        deactivate();
    }

    public void focusFilter() {
        filter.requestFocus();
        filter.selectAll();
    }

    public void create() {
        model.createActivity(contentLanguage.getValue());
        editorFocusName();
    }

    private void editorFocusName() {
        javafx.application.Platform.runLater(() -> {
            Node name = editor.root().lookup("#activityName");
            if (name != null) {
                name.requestFocus();
            }
        });
    }

    public void duplicate() {
        String id = model.selectedIdProperty().get();
        if (id != null) {
            model.duplicate(id, contentLanguage.getValue());
        }
    }

    public void confirmDelete() {
        Activity activity = model.selectedProperty().get();
        if (activity == null) {
            return;
        }
        Alert confirm = io.privacyinventory.ui.form.Dialogs.fitted(new Alert(
                Alert.AlertType.CONFIRMATION,
                messages.get(
                        "activities.deleteQuestion", io.privacyinventory.ui.form.Dialogs.name(text(activity.name()))),
                messages.cancel(),
                messages.ok()));
        confirm.setHeaderText(messages.get("activities.deleteHeader"));
        if (root.getScene() != null) {
            confirm.initOwner(root.getScene().getWindow());
        }
        confirm.showAndWait()
                .filter(button -> button.getButtonData() == javafx.scene.control.ButtonBar.ButtonData.OK_DONE)
                .ifPresent(button -> model.delete(activity.id()));
    }

    private void showSelected(Activity activity) {
        commitFieldBeingEdited(activity);
        selecting = true;
        try {
            if (activity == null) {
                table.getSelectionModel().clearSelection();
            } else if (table.getSelectionModel().getSelectedItem() != activity) {
                int row = rowOf(activity);
                if (row < 0) {
                    table.getSelectionModel().select(activity);
                } else {
                    table.getSelectionModel().clearAndSelect(row);
                    scrollIntoView(row);
                }
            }
        } finally {
            selecting = false;
        }
        Inventory inventory = model.inventory();
        editor.show(activity, inventory, contentLanguage.getValue());
        markFindings();
    }

    /**
     * The table row of {@code activity}, found by identity: the model hands out the very records the
     * table shows, and comparing records field by field over 10,000 rows is what made selecting slow.
     */
    private int rowOf(Activity activity) {
        List<Activity> rows = table.getItems();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i) == activity) {
                return i;
            }
        }
        return rows.indexOf(activity);
    }

    /**
     * Scrolls the table only when {@code row} is not already in view, and then as little as needed:
     * scrolling it to the top would refill every visible row for nothing.
     */
    private void scrollIntoView(int row) {
        if (table.lookup(".virtual-flow") instanceof VirtualFlow<?> flow
                && flow.getFirstVisibleCell() != null
                && flow.getLastVisibleCell() != null) {
            if (row <= flow.getFirstVisibleCell().getIndex()
                    || row >= flow.getLastVisibleCell().getIndex()) {
                flow.scrollTo(row);
            }
            return;
        }
        table.scrollTo(row);
    }

    /**
     * After the filter changed: the list starts at its top, and the editor shows an activity the
     * list shows (the one selected if it is still there, else the first one, else none).
     */
    private void filtered() {
        Activity activity = model.selectedProperty().get();
        if (activity == null || !model.isVisible(activity.id())) {
            model.selectedIdProperty()
                    .set(
                            table.getItems().isEmpty()
                                    ? null
                                    : table.getItems().get(0).id());
        } else if (table.getSelectionModel().getSelectedItem() != activity) {
            selecting = true;
            try {
                table.getSelectionModel().select(activity);
            } finally {
                selecting = false;
            }
        }
        if (!table.getItems().isEmpty()) {
            table.scrollTo(0);
        }
    }

    /**
     * A field being typed in commits when it loses focus. When another activity is about to be
     * shown, take the focus away first, so the typed value goes to the activity it was typed for.
     */
    private void commitFieldBeingEdited(Activity next) {
        if (next != null && !editor.isShowingActivity(next.id())) {
            Forms.takeFocusOutOf(editor.root(), table);
        }
    }

    private void markFindings() {
        Activity activity = model.selectedProperty().get();
        if (activity == null) {
            editor.markFindings(List.of());
            return;
        }
        String prefix = "activities/" + activity.id() + "/";
        editor.markFindings(findings.about("activities/" + activity.id()).stream()
                .filter(finding -> finding.path().startsWith(prefix))
                .map(finding -> new Finding(
                        finding.severity(),
                        finding.code(),
                        finding.path().substring(prefix.length()),
                        finding.message()))
                .toList());
    }

    /** Selects an activity and puts the focus on the field at {@code path} (relative to it), if shown. */
    public void select(String id, String path) {
        model.filterProperty().set("");
        model.selectedIdProperty().set(id);
        if (path != null && !path.isEmpty()) {
            javafx.application.Platform.runLater(() -> {
                javafx.scene.control.Control control = editor.controlFor(path);
                if (control != null) {
                    control.requestFocus();
                    // the newly shown activity's rows must be laid out before the field's place is known
                    editor.root().applyCss();
                    ((javafx.scene.Parent) editor.root()).layout();
                    javafx.scene.Node content = ((javafx.scene.control.ScrollPane) editor.root()).getContent();
                    double y = control.localToScene(0, 0).getY()
                            - content.localToScene(0, 0).getY();
                    double height = content.getBoundsInLocal().getHeight();
                    double viewport = ((javafx.scene.control.ScrollPane) editor.root())
                            .getViewportBounds()
                            .getHeight();
                    ((javafx.scene.control.ScrollPane) editor.root())
                            .setVvalue(Math.max(0, Math.min(1, (y - 40) / Math.max(1, height - viewport))));
                }
            });
        }
    }

    private String text(io.privacyinventory.model.Text text) {
        return text == null
                ? ""
                : text.resolve(contentLanguage.getValue(), model.inventory().defaultLanguage());
    }

    private String label(Coded value) {
        return terms.label(value);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
