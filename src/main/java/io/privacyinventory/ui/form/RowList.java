package io.privacyinventory.ui.form;

import javafx.scene.Node;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * An editable list shown as one row per value (purposes, transfers, retention rules …). When the
 * list keeps its length, rows are updated in place so the field being typed in keeps focus;
 * otherwise the rows are built again.
 */
public final class RowList<T> {

    /** One row: shows a value and reports the user's changes to it. */
    public interface Row<T> {
        Node node();

        void show(T value);

        /** The control that edits {@code field} of the value, for marking findings; null if none. */
        default javafx.scene.control.Control control(String field) {
            return null;
        }
    }

    /** Builds the row for a position; the row reports changes and removal through the list. */
    public interface RowFactory<T> {
        Row<T> create(RowList<T> list, int index);
    }

    private final VBox box = new VBox(8);
    private final RowFactory<T> factory;
    private final Consumer<List<T>> onChange;
    private final List<Row<T>> rows = new ArrayList<>();
    private List<T> values = List.of();

    public RowList(RowFactory<T> factory, Consumer<List<T>> onChange) {
        this.factory = factory;
        this.onChange = onChange;
    }

    public Node node() {
        return box;
    }

    public List<T> values() {
        return values;
    }

    /** The control of row {@code index} that edits {@code field}; null if there is none. */
    public javafx.scene.control.Control control(int index, String field) {
        return index < rows.size() ? rows.get(index).control(field) : null;
    }

    public void show(List<T> newValues) {
        values = List.copyOf(newValues);
        if (rows.size() != values.size()) {
            rows.clear();
            box.getChildren().clear();
            for (int i = 0; i < values.size(); i++) {
                Row<T> row = factory.create(this, i);
                rows.add(row);
                box.getChildren().add(row.node());
            }
        }
        for (int i = 0; i < values.size(); i++) {
            rows.get(i).show(values.get(i));
        }
    }

    /** Called by a row when the user changed its value. */
    public void changed(int index, T value) {
        if (index >= values.size() || values.get(index).equals(value)) {
            return;
        }
        List<T> updated = new ArrayList<>(values);
        updated.set(index, value);
        onChange.accept(updated);
    }

    public void remove(int index) {
        List<T> updated = new ArrayList<>(values);
        updated.remove(index);
        onChange.accept(updated);
    }

    public void add(T value) {
        List<T> updated = new ArrayList<>(values);
        updated.add(value);
        onChange.accept(updated);
    }
}
