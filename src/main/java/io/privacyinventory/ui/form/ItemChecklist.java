package io.privacyinventory.ui.form;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.controlsfx.control.CheckListView;

/**
 * A searchable check-list of catalogue items (data categories, subjects, recipients) by id.
 * Checked ids keep the order of the catalogue; the search only narrows what is shown. The list
 * shows the checked items first (in the order it had when it was shown or searched, so that an item
 * does not move away under the pointer when it is ticked) and says so when a search matches nothing.
 * A change is reported as the ids checked and unchecked, applied to the list as it is by then.
 */
public final class ItemChecklist {
    private final CheckListView<String> list = new CheckListView<>();
    private final TextField search = new TextField();
    private final VBox box;
    private final Consumer<UnaryOperator<List<String>>> onChange;
    private Function<String, String> names = id -> id;
    private List<String> allIds = List.of();
    private Set<String> checked = new LinkedHashSet<>();
    /** The order the items are shown in: checked first as of the last show or search. */
    private List<String> shownOrder = List.of();

    private final Label noMatch = new Label();
    private final Function<String, String> noMatchText;
    private boolean updating;

    /** {@code noMatchText} words the line shown when nothing matches the search it is given. */
    public ItemChecklist(
            String searchPrompt, Function<String, String> noMatchText, Consumer<UnaryOperator<List<String>>> onChange) {
        this.onChange = onChange;
        this.noMatchText = noMatchText;
        noMatch.setWrapText(true);
        noMatch.getStyleClass().add("hint");
        list.setPlaceholder(noMatch);
        search.setPromptText(searchPrompt);
        search.setAccessibleText(searchPrompt);
        list.setPrefHeight(150);
        list.setCellFactory(view -> wrapping(new javafx.scene.control.cell.CheckBoxListCell<String>(
                list::getItemBooleanProperty, new javafx.util.StringConverter<String>() {
                    @Override
                    public String toString(String id) {
                        return id == null ? "" : names.apply(id);
                    }

                    @Override
                    public String fromString(String string) {
                        return string;
                    }
                })));
        search.textProperty().addListener((observable, old, text) -> {
            shownOrder = checkedFirst();
            refill();
        });
        ScrollPassing.install(list);
        list.getCheckModel().getCheckedItems().addListener((ListChangeListener<String>) change -> {
            if (updating) {
                return;
            }
            Set<String> shown = new LinkedHashSet<>(list.getItems());
            Set<String> now = new LinkedHashSet<>();
            for (String id : allIds) {
                boolean visibleChecked =
                        shown.contains(id) && list.getCheckModel().isChecked(id);
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
        boolean ownChange = catalogueIds.equals(allIds) && checked.equals(new LinkedHashSet<>(selected));
        this.allIds = List.copyOf(catalogueIds);
        this.names = nameOf;
        this.checked = new LinkedHashSet<>(selected);
        if (!ownChange || shownOrder.size() != allIds.size()) {
            shownOrder = checkedFirst();
        }
        refill();
    }

    private List<String> checkedFirst() {
        List<String> order = new ArrayList<>();
        allIds.stream().filter(checked::contains).forEach(order::add);
        allIds.stream().filter(id -> !checked.contains(id)).forEach(order::add);
        return order;
    }

    private void refill() {
        updating = true;
        try {
            String query =
                    search.getText() == null ? "" : search.getText().strip().toLowerCase(Locale.ROOT);
            ObservableList<String> visible = FXCollections.observableArrayList();
            for (String id : shownOrder) {
                if (query.isEmpty() || names.apply(id).toLowerCase(Locale.ROOT).contains(query) || id.contains(query)) {
                    visible.add(id);
                }
            }
            // cleared while the old items are there: the check model fails on clearing an empty list
            list.getCheckModel().clearChecks();
            list.getItems().setAll(visible);
            noMatch.setText(
                    query.isEmpty() ? "" : noMatchText.apply(search.getText().strip()));
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
