package io.privacyinventory.ui.form;

import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.controlsfx.control.CheckListView;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.HashSet;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A searchable check-list of catalogue items (data categories, subjects, recipients) by id.
 * Checked ids keep the order of the catalogue; the search only narrows what is shown. A change is
 * reported as the ids checked and unchecked, applied to the list as it is by then.
 */
public final class ItemChecklist {
    private final CheckListView<String> list = new CheckListView<>();
    private final TextField search = new TextField();
    private final VBox box;
    private final Consumer<UnaryOperator<List<String>>> onChange;
    private Function<String, String> names = id -> id;
    private List<String> allIds = List.of();
    private Set<String> checked = new LinkedHashSet<>();
    private boolean updating;

    public ItemChecklist(String searchPrompt, Consumer<UnaryOperator<List<String>>> onChange) {
        this.onChange = onChange;
        search.setPromptText(searchPrompt);
        search.setAccessibleText(searchPrompt);
        list.setPrefHeight(150);
        list.setCellFactory(view -> wrapping(new javafx.scene.control.cell.CheckBoxListCell<String>(list::getItemBooleanProperty,
                new javafx.util.StringConverter<String>() {
                    @Override
                    public String toString(String id) {
                        return id == null ? "" : names.apply(id);
                    }

                    @Override
                    public String fromString(String string) {
                        return string;
                    }
                })));
        search.textProperty().addListener((observable, old, text) -> refill());
        list.getCheckModel().getCheckedItems().addListener((ListChangeListener<String>) change -> {
            if (updating) {
                return;
            }
            Set<String> shown = new LinkedHashSet<>(list.getItems());
            Set<String> now = new LinkedHashSet<>();
            for (String id : allIds) {
                boolean visibleChecked = shown.contains(id) && list.getCheckModel().isChecked(id);
                if (visibleChecked || (!shown.contains(id) && checked.contains(id))) {
                    now.add(id);
                }
            }
            if (!now.equals(checked)) {
                Set<String> added = new HashSet<>(now);
                added.removeAll(checked);
                Set<String> removed = new HashSet<>(checked);
                removed.removeAll(now);
                checked = now;
                List<String> order = allIds;
                onChange.accept(latest -> toggled(order, latest, added, removed));
            }
        });
        box = new VBox(6, search, list);
    }

    /** {@code latest} with {@code added} checked and {@code removed} unchecked, in the catalogue's order. */
    static List<String> toggled(List<String> order, List<String> latest, Set<String> added, Set<String> removed) {
        List<String> result = new ArrayList<>();
        for (String id : order) {
            if (added.contains(id) || (latest.contains(id) && !removed.contains(id))) {
                result.add(id);
            }
        }
        for (String id : latest) {
            if (!result.contains(id) && !removed.contains(id)) {
                result.add(id);
            }
        }
        return result;
    }

    public Node node() {
        return box;
    }

    public javafx.scene.control.Control control() {
        return list;
    }

    /** Shows all items of the catalogue with {@code selected} checked (in the activity's order). */
    public void show(List<String> catalogueIds, Function<String, String> nameOf, List<String> selected) {
        this.allIds = List.copyOf(catalogueIds);
        this.names = nameOf;
        this.checked = new LinkedHashSet<>(selected);
        refill();
    }

    private void refill() {
        updating = true;
        try {
            String query = search.getText() == null ? "" : search.getText().strip().toLowerCase(Locale.ROOT);
            ObservableList<String> visible = FXCollections.observableArrayList();
            for (String id : allIds) {
                if (query.isEmpty() || names.apply(id).toLowerCase(Locale.ROOT).contains(query) || id.contains(query)) {
                    visible.add(id);
                }
            }
            list.getItems().setAll(visible);
            list.getCheckModel().clearChecks();
            for (String id : visible) {
                if (checked.contains(id)) {
                    list.getCheckModel().check(id);
                }
            }
        } finally {
            updating = false;
        }
    }

    /**
     * A long item name wraps within the list's width instead of making the whole list scroll
     * sideways (a cell asks for no width of its own, so the list gives it its own width).
     */
    private static <T extends javafx.scene.control.ListCell<String>> T wrapping(T cell) {
        cell.setWrapText(true);
        cell.setPrefWidth(0);
        return cell;
    }
}
