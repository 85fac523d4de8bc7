package io.privacyinventory.ui.history;

import io.privacyinventory.model.EntityType;
import io.privacyinventory.store.ChangeLogEntry;
import io.privacyinventory.ui.Messages;
import io.privacyinventory.ui.SectionView;
import io.privacyinventory.ui.diff.DifferenceView;
import io.privacyinventory.ui.document.InventoryDocument;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;

/**
 * The change log of the file, newest first: who changed what, when, from what to what, in words
 * (items by name, fields by their label, values as the record diff puts them), with the stored
 * JSON one click away. It can be narrowed to one kind of entity and to a text (a name, a field
 * label, an id, a value). It reads the log a page
 * at a time through the document, and only while it is shown: a hidden history does not read the
 * log after every edit. A failed read is shown, not swallowed.
 */
public final class HistoryView implements SectionView {
    /** Rows read at a time; "More" reads the next page. */
    static final int PAGE = 500;

    private final InventoryDocument document;
    private final Messages messages;
    private final ObservableList<ChangeLogEntry> entries = FXCollections.observableArrayList();
    private final FilteredList<ChangeLogEntry> filtered = new FilteredList<>(entries);
    private final ComboBox<EntityType> kind = new ComboBox<>();
    private final TextField search = new TextField();
    private final TableView<ChangeLogEntry> table = new TableView<>(filtered);
    private final TextArea before = new TextArea();
    private final TextArea after = new TextArea();
    private final SplitPane root;
    private final DateTimeFormatter time;
    private final Button more = new Button();
    private final DifferenceView details;
    private final ToggleButton showRaw = new ToggleButton();
    private final Map<Long, ChangeDescriber.Description> descriptions = new HashMap<>();
    /** Describes rows against the record as it was when the page was read; made on first use. */
    private ChangeDescriber describer;

    private final Label problem = new Label();
    private Subscription subscription;
    /** Counts reads, so that a page that comes back after a newer first page was asked for is dropped. */
    private int generation;

    public HistoryView(InventoryDocument document, Messages messages) {
        this.document = document;
        this.messages = messages;
        this.details = new DifferenceView(messages);
        this.time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT, FormatStyle.MEDIUM)
                .withLocale(messages.locale())
                .withZone(ZoneId.systemDefault());

        kind.getItems().add(null);
        kind.getItems().addAll(EntityType.values());
        kind.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(EntityType type) {
                return type == null ? messages.get("history.allKinds") : messages.get("entity." + type.code());
            }

            @Override
            public EntityType fromString(String string) {
                return null;
            }
        });
        kind.setValue(null);
        search.setPromptText(messages.get("history.searchNames"));
        search.setAccessibleText(messages.get("history.searchNames"));
        kind.setAccessibleText(messages.get("history.allKinds"));
        HBox.setHgrow(search, Priority.ALWAYS);
        kind.valueProperty().addListener((o, old, value) -> applyFilter());
        search.textProperty().addListener((o, old, value) -> applyFilter());
        more.setText(messages.get("history.more"));
        more.setId("historyMore");
        more.setVisible(false);
        more.setOnAction(event -> readPage(entries.size()));
        problem.setId("historyProblem");
        problem.getStyleClass().add("problem");
        problem.setWrapText(true);
        problem.setVisible(false);
        problem.setManaged(false);
        HBox tools = new HBox(8, kind, search, more);
        tools.setPadding(new Insets(8));

        table.setId("historyTable");
        table.getColumns().add(column("history.when", entry -> time.format(entry.time()), 150));
        table.getColumns().add(column("history.who", ChangeLogEntry::user, 90));
        table.getColumns().add(column("history.what", this::describe, 360));
        table.getColumns()
                .add(column(
                        "history.set",
                        entry -> entry.reverts() == null
                                ? messages.get("history.changeNumber", entry.changeSet())
                                : messages.get("history.undoes", entry.changeSet(), entry.reverts()),
                        190));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label placeholder = new Label(messages.get("history.empty"));
        placeholder.getStyleClass().add("hint");
        table.setPlaceholder(placeholder);
        table.getSelectionModel().selectedItemProperty().addListener((o, old, entry) -> showDetails(entry));
        for (TextArea area : new TextArea[] {before, after}) {
            area.setEditable(false);
            area.setWrapText(true);
            VBox.setVgrow(area, Priority.ALWAYS);
        }
        before.setAccessibleText(messages.get("history.before"));
        after.setAccessibleText(messages.get("history.after"));
        VBox raw = new VBox(6, label("history.before"), before, label("history.after"), after);
        raw.visibleProperty().bind(showRaw.selectedProperty());
        raw.managedProperty().bind(showRaw.selectedProperty());
        VBox.setVgrow(raw, Priority.ALWAYS);
        showRaw.setText(messages.get("history.showRaw"));
        showRaw.setId("historyShowRaw");
        VBox.setVgrow(details.root(), Priority.ALWAYS);
        VBox values = new VBox(6, details.root(), showRaw, raw);
        values.setPadding(new Insets(8));
        VBox left = new VBox(tools, problem, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        root = new SplitPane(left, values);
        root.setDividerPositions(0.66);
    }

    @Override
    public Node root() {
        return root;
    }

    /** Reads the newest page now, and again after every change to the inventory while shown. */
    @Override
    public void activate() {
        if (subscription == null) {
            subscription = document.inventoryProperty().subscribe(inventory -> readPage(0));
        }
    }

    @Override
    public void deactivate() {
        if (subscription != null) {
            subscription.unsubscribe();
            subscription = null;
        }
    }

    private void readPage(int offset) {
        int asked = offset == 0 ? ++generation : generation;
        document.reads()
                .history(
                        PAGE,
                        offset,
                        page -> {
                            if (asked != generation) {
                                return;
                            }
                            if (offset == 0) {
                                descriptions.clear();
                                describer = null;
                                entries.setAll(page);
                            } else {
                                entries.addAll(page);
                            }
                            more.setVisible(page.size() == PAGE);
                            showProblem(null);
                        },
                        this::showProblem);
    }

    private void showProblem(Throwable error) {
        problem.setText(error == null ? "" : messages.get("history.readFailed", error.getMessage()));
        problem.setVisible(error != null);
        problem.setManaged(error != null);
    }

    private void applyFilter() {
        EntityType type = kind.getValue();
        String query = search.getText() == null ? "" : search.getText().strip().toLowerCase(Locale.ROOT);
        filtered.setPredicate(entry -> (type == null || entry.entityType() == type)
                && (query.isEmpty()
                        || describe(entry).toLowerCase(Locale.ROOT).contains(query)
                        || contains(entry.before(), query)
                        || contains(entry.after(), query)));
    }

    /** Whole inventories (an import) can be megabytes of JSON: show the start, say how much is left out. */
    static final int SHOWN_CHARACTERS = 100_000;

    private String shown(String value) {
        if (value == null) {
            return "";
        }
        if (value.length() <= SHOWN_CHARACTERS) {
            return value;
        }
        return value.substring(0, SHOWN_CHARACTERS) + "\n… "
                + messages.get("history.truncated", value.length() - SHOWN_CHARACTERS);
    }

    private static boolean contains(String value, String query) {
        if (value == null) {
            return false;
        }
        String searched = value.length() > SHOWN_CHARACTERS ? value.substring(0, SHOWN_CHARACTERS) : value;
        return searched.toLowerCase(Locale.ROOT).contains(query);
    }

    /** The row in words (item by name, field by label), worked out once per row and page. */
    String describe(ChangeLogEntry entry) {
        return description(entry).summary();
    }

    private ChangeDescriber.Description description(ChangeLogEntry entry) {
        return descriptions.computeIfAbsent(entry.seq(), seq -> {
            if (describer == null) {
                describer = new ChangeDescriber(document.inventory(), messages);
            }
            return describer.describe(entry);
        });
    }

    private void showDetails(ChangeLogEntry entry) {
        before.setText(entry == null ? "" : shown(entry.before()));
        after.setText(entry == null ? "" : shown(entry.after()));
        if (entry == null) {
            details.showLines(java.util.List.of());
            return;
        }
        ChangeDescriber.Description description = description(entry);
        if (description.item() != null) {
            details.showItem(description.item());
        } else {
            details.showLines(description.lines());
        }
    }

    private Label label(String key) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add("field-label");
        return label;
    }

    private TableColumn<ChangeLogEntry, String> column(
            String key, Function<ChangeLogEntry, String> value, double width) {
        TableColumn<ChangeLogEntry, String> column = new TableColumn<>(messages.get(key));
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setSortable(false);
        return column;
    }
}
