package io.privacyinventory.ui.form;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javafx.scene.Node;
import javafx.scene.layout.VBox;

/**
 * An editable list shown as one row per value (purposes, transfers, retention rules …). Rows are
 * updated in place, so the field being typed in keeps focus; a row belongs to its position, and
 * one built for a position is kept (hidden) when a shorter list is shown and shown again for a longer one,
 * so that showing another activity creates no controls once its positions have been built (a row
 * of combo boxes and text areas costs far more to build and style than to fill). A row's change is reported as a function of the list (and
 * of the row's value) as it is when the change is made, never as a list rebuilt from the values
 * shown, which may be behind edits still on their way to the file.
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
    private final Consumer<UnaryOperator<List<T>>> onChange;
    /** Every row built so far, by position; the first {@code values.size()} are shown. */
    private final List<Row<T>> rows = new ArrayList<>();

    private List<T> values = List.of();

    public RowList(RowFactory<T> factory, Consumer<UnaryOperator<List<T>>> onChange) {
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
        return index < values.size() ? rows.get(index).control(field) : null;
    }

    public void show(List<T> newValues) {
        values = List.copyOf(newValues);
        while (rows.size() < values.size()) {
            build();
        }
        for (int i = 0; i < rows.size(); i++) {
            Node row = rows.get(i).node();
            boolean shown = i < values.size();
            row.setVisible(shown);
            row.setManaged(shown);
        }
        for (int i = 0; i < values.size(); i++) {
            rows.get(i).show(values.get(i));
        }
    }

    /**
     * Builds the row of the next position, hidden, while fewer than {@code count} are built; true
     * if it built one. Done in idle moments, so that showing a list that long later creates and
     * styles nothing: a built row stays in the page, hidden while its position is not used, and is
     * styled with the page.
     */
    public boolean prepare(int count) {
        if (rows.size() >= count) {
            return false;
        }
        Node row = build();
        row.setVisible(false);
        row.setManaged(false);
        return true;
    }

    private Node build() {
        Row<T> row = factory.create(this, rows.size());
        rows.add(row);
        box.getChildren().add(row.node());
        return row.node();
    }

    /** Called by a row when the user changed its value: {@code change} is applied to the row's latest value. */
    public void changed(int index, UnaryOperator<T> change) {
        if (index >= values.size() || unchanged(change, values.get(index))) {
            return;
        }
        onChange.accept(list -> {
            if (index >= list.size()) {
                return list;
            }
            List<T> updated = new ArrayList<>(list);
            updated.set(index, change.apply(list.get(index)));
            return updated;
        });
    }

    /** Whether {@code change} leaves the row as it is; one typed over a newer value is left to the document to refuse. */
    private static <T> boolean unchanged(UnaryOperator<T> change, T value) {
        try {
            return change.apply(value).equals(value);
        } catch (io.privacyinventory.ui.document.ChangedWhileTyping typedOver) {
            return false;
        }
    }

    public void remove(int index) {
        onChange.accept(list -> {
            if (index >= list.size()) {
                return list;
            }
            List<T> updated = new ArrayList<>(list);
            updated.remove(index);
            return updated;
        });
    }

    public void add(T value) {
        onChange.accept(list -> {
            List<T> updated = new ArrayList<>(list);
            updated.add(value);
            return updated;
        });
    }
}
