package io.privacyinventory.ui.activities;

import io.privacyinventory.model.Activity;
import io.privacyinventory.model.Inventory;
import io.privacyinventory.model.findings.Finding;
import io.privacyinventory.ui.Messages;
import io.privacyinventory.ui.findings.FindingsModel;
import io.privacyinventory.ui.form.Forms;
import java.util.List;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2AL;

/** The Activities view: a filterable, sortable table of activities and the editor of the selected one. */
public final class ActivitiesView implements io.privacyinventory.ui.SectionView {
    private final ActivitiesViewModel model;
    private final Messages messages;
    private final ObservableValue<String> contentLanguage;
    private final ActivitiesTable rows;
    private final TableView<Activity> table;
    private final TextField filter = new TextField();
    private final ActivityEditor editor;
    private final FindingsModel findings;
    private final javafx.collections.ListChangeListener<Finding> findingsChanged = change -> findingsChanged();
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
        this.contentLanguage = contentLanguage;
        this.editor = new ActivityEditor(messages, model);
        this.rows = new ActivitiesTable(model, messages, contentLanguage, findings);
        this.table = rows.control();

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

        activate();
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
                        "activities.deleteQuestion",
                        io.privacyinventory.ui.form.Dialogs.name(rows.text(activity.name()))),
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
                int row = rows.rowOf(activity);
                if (row < 0) {
                    table.getSelectionModel().select(activity);
                } else {
                    table.getSelectionModel().clearAndSelect(row);
                    rows.scrollIntoView(row);
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

    private void findingsChanged() {
        table.refresh();
        markFindings();
    }

    private void markFindings() {
        Activity activity = model.selectedProperty().get();
        if (activity == null) {
            editor.markFindings(List.of());
            return;
        }
        String prefix = "activities/" + activity.id() + "/";
        editor.markFindings(findings.aboutActivity(activity.id()).stream()
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
                    // the newly shown activity's rows must be laid out before the field's place is known,
                    // and the page itself when this view has not been laid out yet
                    javafx.scene.Parent laidOut = root.getScene() == null
                            ? (javafx.scene.Parent) editor.root()
                            : root.getScene().getRoot();
                    laidOut.applyCss();
                    laidOut.layout();
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
}
