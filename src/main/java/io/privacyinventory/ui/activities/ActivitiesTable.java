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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.layout.Region;
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
    /** Each column's order of rows, ascending, on the activities themselves (see {@link #rowOrder}). */
    private final Map<TableColumn<Activity, ?>, Comparator<Activity>> rowOrders = new IdentityHashMap<>();
    /** The names' and owners' places in their orders, for one language (see {@link #ranks}). */
    private volatile Places places;
    /** The keys of the name and owner columns' texts, made ahead in the background. */
    private final SortKeys sortKeys;

    /** The latest places being made (for tests: sorting before and after they are there). */
    private CompletableFuture<Void> placesMade = CompletableFuture.completedFuture(null);

    private record Places(String language, String fallback, Map<Activity, int[]> ranks) {}

    ActivitiesTable(
            ActivitiesViewModel model,
            Messages messages,
            ObservableValue<String> contentLanguage,
            FindingsModel findings) {
        this.model = model;
        this.terms = Terms.forLocale(messages.locale());
        this.contentLanguage = contentLanguage;
        table.setId("activityTable");
        // the empty rows below the activities, seen only as the table's background, get no cells
        io.privacyinventory.ui.form.BareEmptyRows.install(table);
        SortKeys sortKeys = new SortKeys();
        TableColumn<Activity, String> name =
                Forms.column(messages.get("column.name"), (Activity activity) -> text(activity.name()), 250);
        TableColumn<Activity, String> owner =
                Forms.column(messages.get("column.owner"), (Activity activity) -> nullToEmpty(activity.owner()), 110);
        TableColumn<Activity, String> role =
                Forms.column(messages.get("column.role"), (Activity activity) -> label(activity.role()), 110);
        TableColumn<Activity, String> status =
                Forms.column(messages.get("column.status"), (Activity activity) -> label(activity.status()), 95);
        for (TableColumn<Activity, String> column : List.of(name, owner, role, status)) {
            column.setComparator(sortKeys);
            table.getColumns().add(column);
        }
        this.sortKeys = sortKeys;
        rowOrders.put(name, rankedOrder(0, activity -> text(activity.name())));
        rowOrders.put(owner, rankedOrder(1, activity -> nullToEmpty(activity.owner())));
        rowOrders.put(role, codedOrder(sortKeys, Activity::role));
        rowOrders.put(status, codedOrder(sortKeys, Activity::status));
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
        rowOrders.put(due, (a, b) -> {
            // as a column's default comparator orders dates: no date first
            LocalDate first = a.reviewDue();
            LocalDate second = b.reviewDue();
            if (first == null || second == null) {
                return first == null ? (second == null ? 0 : -1) : 1;
            }
            return first.compareTo(second);
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
        rowOrders.put(
                problems,
                (a, b) -> Integer.compare(
                        findings.aboutActivity(a.id()).size(),
                        findings.aboutActivity(b.id()).size()));
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
        // the rows are sorted as the table's comparator would sort them, by comparing the activities
        // themselves: its comparator asks each column for both cells' values at every comparison
        sorted.comparatorProperty()
                .bind(javafx.beans.binding.Bindings.createObjectBinding(
                        () -> table.getComparator() == null ? null : rowOrder(), table.comparatorProperty()));
        // the sorted list follows the table's comparator through the binding above
        table.setSortPolicy(sortedTable -> true);
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
        keepRowsOfOneHeight(sorted);
    }

    /**
     * The order of the table's sort order (its columns, each ascending or descending) as a comparator
     * of activities, giving what the table's own comparator gives: each column compares the
     * activities as its comparator compares their cells' values, without making those values.
     */
    private Comparator<Activity> rowOrder() {
        refreshStalePlaces();
        List<Comparator<Activity>> parts = new ArrayList<>();
        for (TableColumn<Activity, ?> column : table.getSortOrder()) {
            if (column.getSortType() == null || !column.isSortable()) {
                continue;
            }
            Comparator<Activity> ascending = rowOrders.get(column);
            if (ascending == null) {
                return table.getComparator();
            }
            parts.add(
                    column.getSortType() == TableColumn.SortType.DESCENDING
                            ? (a, b) -> ascending.compare(b, a)
                            : ascending);
        }
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return (a, b) -> {
            for (Comparator<Activity> part : parts) {
                int result = part.compare(a, b);
                if (result != 0) {
                    return result;
                }
            }
            return 0;
        };
    }

    /**
     * Each activity's places in the orders of the names and of the owners, made ahead for the
     * language shown; null while they are being made for it. An activity changed or added since is
     * not in them, and is compared by its texts' keys instead.
     */
    /**
     * A name or owner column's order: the places made ahead ({@code slot} 0 or 1 of {@link #ranks})
     * where both activities have one, else the keys of their texts, which order the same way.
     */
    private Comparator<Activity> rankedOrder(int slot, Function<Activity, String> text) {
        return (a, b) -> {
            Map<Activity, int[]> ranks = ranks();
            int[] first = ranks == null ? null : ranks.get(a);
            int[] second = ranks == null ? null : ranks.get(b);
            return first != null && second != null
                    ? Integer.compare(first[slot], second[slot])
                    : sortKeys.compare(text.apply(a), text.apply(b));
        };
    }

    /**
     * Makes the places again when more than a tenth of the rows shown have none: after edits (an
     * edited activity is a new object), undo, or an import that replaced the rows. The sort that asks
     * is correct without them; the next ones are fast again.
     */
    private void refreshStalePlaces() {
        Map<Activity, int[]> ranks = ranks();
        if (ranks == null || !placesMade.isDone()) {
            return;
        }
        List<Activity> shown = model.visibleActivities();
        int missing = 0;
        for (Activity activity : shown) {
            if (!ranks.containsKey(activity)) {
                missing++;
            }
        }
        if (missing > shown.size() / 10) {
            prepareSortKeys(sortKeys);
        }
    }

    private Map<Activity, int[]> ranks() {
        Places current = places;
        if (current == null
                || !java.util.Objects.equals(current.language(), contentLanguage.getValue())
                || !java.util.Objects.equals(
                        current.fallback(), model.inventory().defaultLanguage())) {
            return null;
        }
        return current.ranks();
    }

    /** A role or status column's order: its few labels' keys, looked up once per value. */
    private <C extends Coded> Comparator<Activity> codedOrder(SortKeys sortKeys, Function<Activity, C> value) {
        return (a, b) -> sortKeys.compare(label(value.apply(a)), label(value.apply(b)));
    }

    /**
     * Gives the table a fixed row height, the height its rows have anyway, once the first row has
     * been laid out. Without it the table's virtual flow measures rows as they come into view and
     * keeps refining its estimate of the whole list's height: at 10,000 rows, after a sort or a jump
     * to a far row, that moved the rows by fractions of a pixel and repainted the whole table at
     * every frame for a second or more. Every cell shows one line (a name or owner with a line break
     * in it would make its row taller: then the rows measure themselves again, as before).
     */
    private void keepRowsOfOneHeight(ObservableList<Activity> rows) {
        boolean[] oneLine = {rows.stream().allMatch(ActivitiesTable::oneLine)};
        rows.addListener((ListChangeListener<Activity>) change -> {
            while (oneLine[0] && change.next()) {
                if (change.wasAdded() && !change.getAddedSubList().stream().allMatch(ActivitiesTable::oneLine)) {
                    oneLine[0] = false;
                    table.setFixedCellSize(Region.USE_COMPUTED_SIZE);
                }
            }
        });
        Runnable[] measure = new Runnable[1];
        measure[0] = () -> {
            if (!oneLine[0]) {
                return;
            }
            if (table.lookup(".virtual-flow") instanceof VirtualFlow<?> flow
                    && flow.getFirstVisibleCell() instanceof IndexedCell<?> row
                    && !row.isEmpty()
                    && row.getHeight() > 0) {
                table.getScene().removePostLayoutPulseListener(measure[0]);
                table.setFixedCellSize(row.getHeight());
            }
        };
        table.sceneProperty().addListener((observable, was, now) -> {
            if (was != null) {
                was.removePostLayoutPulseListener(measure[0]);
            }
            if (now != null && table.getFixedCellSize() <= 0) {
                now.addPostLayoutPulseListener(measure[0]);
            }
        });
    }

    /** Whether the activity's cells each show one line of text. */
    private static boolean oneLine(Activity activity) {
        if (!oneLine(activity.owner())) {
            return false;
        }
        if (activity.name() != null) {
            for (String name : activity.name().values().values()) {
                if (!oneLine(name)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean oneLine(String text) {
        if (text == null) {
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n'
                    || c == '\r'
                    || c == '\u000B'
                    || c == '\f'
                    || c == '\u0085'
                    || c == '\u2028'
                    || c == '\u2029') {
                return false;
            }
        }
        return true;
    }

    /** Done once the places of the names and owners asked for last are there. */
    CompletableFuture<Void> placesMade() {
        return placesMade;
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
        // each activity's places in the two orders, their texts' keys made (and kept) on the way
        placesMade = sortKeys.ranks(
                        List.copyOf(activities),
                        List.<Function<Activity, String>>of(
                                activity -> activity.name() == null
                                        ? ""
                                        : activity.name().resolve(language, fallback),
                                activity -> nullToEmpty(activity.owner())))
                .thenAccept(ranks -> places = new Places(language, fallback, ranks));
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
