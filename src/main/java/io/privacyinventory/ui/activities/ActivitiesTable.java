package io.privacyinventory.ui.activities;

import io.privacyinventory.model.Activity;
import io.privacyinventory.model.Coded;
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
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * The table of the Activities view: its columns (texts sorted by collation keys, the review date,
 * the findings count with its icon), the model's visible activities sorted as the user chose, and
 * finding and scrolling to a row.
 */
final class ActivitiesTable {
    private final ActivitiesViewModel model;
    private final Terms terms;
    private final ObservableValue<String> contentLanguage;
    private final TableView<Activity> table = new TableView<>();

    ActivitiesTable(
            ActivitiesViewModel model,
            Messages messages,
            ObservableValue<String> contentLanguage,
            FindingsModel findings) {
        this.model = model;
        this.terms = Terms.forLocale(messages.locale());
        this.contentLanguage = contentLanguage;
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
                List<Finding> about = findings.aboutActivity(id);
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
                id -> findings.aboutActivity(id).size()));
        problems.setPrefWidth(76);
        problems.setMinWidth(76);
        table.getColumns().add(problems);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Forms.fitHeaders(table);
        // the split pane never squeezes the table below its headings' longest words (and a scroll bar)
        table.setMinWidth(table.getColumns().stream()
                        .mapToDouble(TableColumn::getMinWidth)
                        .sum()
                + 20);
        // the keys of the names and owners made ahead for a first sort, for each inventory opened and language shown
        Runnable prepareKeys = () -> prepareSortKeys(sortKeys);
        model.totalProperty().addListener((observable, was, now) -> prepareKeys.run());
        contentLanguage.addListener((observable, was, now) -> prepareKeys.run());
        prepareKeys.run();
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
    }

    TableView<Activity> control() {
        return table;
    }

    /**
     * The table row of {@code activity}, found by identity: the model hands out the very records the
     * table shows, and comparing records field by field over 10,000 rows is what made selecting slow.
     */
    int rowOf(Activity activity) {
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
    void scrollIntoView(int row) {
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

    /** The texts of the name and owner columns, their keys made in the background. */
    private void prepareSortKeys(SortKeys sortKeys) {
        if (model.inventory() == null) {
            return;
        }
        List<Activity> activities = model.inventory().activities();
        String language = contentLanguage.getValue();
        String fallback = model.inventory().defaultLanguage();
        sortKeys.prepare(new java.util.AbstractList<String>() {
            @Override
            public String get(int index) {
                Activity activity = activities.get(index / 2);
                if (index % 2 == 1) {
                    return activity.owner();
                }
                return activity.name() == null ? "" : activity.name().resolve(language, fallback);
            }

            @Override
            public int size() {
                return activities.size() * 2;
            }
        });
    }

    String text(io.privacyinventory.model.Text text) {
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
