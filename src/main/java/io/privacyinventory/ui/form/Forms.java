package io.privacyinventory.ui.form;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/** The layout pieces every form and table of the editor shares, so they look and behave alike. */
public final class Forms {
    private Forms() {}

    /** Two columns: labels (wrapping, top-aligned) and fields that take the rest of the width. */
    public static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints(120, 160, 220);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        grid.getColumnConstraints().addAll(labels, fields);
        return grid;
    }

    public static void addRow(GridPane grid, int row, String label, Node field) {
        Label text = new Label(label);
        text.setWrapText(true);
        text.setLabelFor(field);
        keepWordsWhole(text);
        widenLabelsFor(grid, text);
        nameInputsInside(field, label);
        GridPane.setValignment(text, VPos.TOP);
        text.setPadding(new Insets(6, 0, 0, 0));
        grid.add(text, 0, row);
        grid.add(field, 1, row);
    }

    /**
     * A label's longest word sets its minimum width; the label column must be at least that wide,
     * or the label is drawn across the field beside it (a column's preferred width wins over its
     * children's minimum in a grid).
     */
    private static void widenLabelsFor(GridPane grid, Label text) {
        if (grid.getColumnConstraints().isEmpty()) {
            return;
        }
        ColumnConstraints labels = grid.getColumnConstraints().get(0);
        Runnable widen = () -> {
            double needed = text.getMinWidth();
            if (needed > labels.getMinWidth()) {
                labels.setMinWidth(needed);
            }
            if (needed > labels.getPrefWidth()) {
                labels.setPrefWidth(needed);
            }
            if (needed > labels.getMaxWidth()) {
                labels.setMaxWidth(needed);
            }
        };
        text.minWidthProperty().addListener((observable, old, width) -> widen.run());
        widen.run();
    }

    /**
     * When a row's field is a group (a date with its problem line, a status with its reference),
     * the label cannot point at one input: each input in the group that has no name yet is named
     * by its prompt, or else by the row's label.
     */
    private static void nameInputsInside(Node field, String label) {
        if (!(field instanceof javafx.scene.Parent group) || field instanceof javafx.scene.control.Control) {
            return;
        }
        for (Node child : group.getChildrenUnmodifiable()) {
            if (child instanceof javafx.scene.control.TextInputControl input && input.getAccessibleText() == null) {
                String prompt = input.getPromptText();
                input.setAccessibleText(prompt == null || prompt.isBlank() ? label : prompt);
            } else if (child instanceof javafx.scene.control.ComboBoxBase<?> box && box.getAccessibleText() == null) {
                box.setAccessibleText(label);
            } else {
                nameInputsInside(child, label);
            }
        }
    }

    /**
     * Lets a wrapping label grow no narrower than its longest word, so a long word (bokmål has many)
     * moves to the next line whole instead of being broken inside the word.
     */
    public static void keepWordsWhole(javafx.scene.control.Labeled label) {
        Runnable update = () -> {
            javafx.scene.text.Text probe = new javafx.scene.text.Text();
            probe.setFont(label.getFont());
            double widest = 0;
            for (String word :
                    label.getText() == null ? new String[0] : label.getText().split("\\s+")) {
                probe.setText(word);
                widest = Math.max(widest, probe.getLayoutBounds().getWidth());
            }
            Insets padding = label.getPadding();
            label.setMinWidth(Math.ceil(widest + padding.getLeft() + padding.getRight() + 2));
        };
        label.fontProperty().addListener((observable, old, font) -> update.run());
        label.textProperty().addListener((observable, old, text) -> update.run());
        update.run();
    }

    public static Label hint(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("hint");
        label.setWrapText(true);
        return label;
    }

    public static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("editor-section");
        return label;
    }

    /** A section of a form: its heading, then the children one below the other. */
    public static VBox section(String heading, Node... children) {
        VBox box = new VBox(10, heading(heading));
        box.getChildren().addAll(children);
        return box;
    }

    /** A flat text button, for adding a row or an item under a list. */
    public static Button flatButton(String text, Runnable action) {
        Button button = new Button(text);
        button.getStyleClass().add("flat");
        button.setOnAction(event -> action.run());
        return button;
    }

    /** A wrapping text area of {@code rows} rows; the wheel scrolls the page until it is clicked into. */
    /** A typed value as it is saved: stripped, and none (null) when blank. */
    public static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public static TextArea area(int rows) {
        TextArea area = new TextArea();
        area.setPrefRowCount(rows);
        area.setWrapText(true);
        ScrollPassing.install(area);
        return area;
    }

    /** A button that shows only an icon, with its meaning as tooltip and for screen readers. */
    public static Button iconButton(Ikon icon, String meaning, Runnable action) {
        Button button = new Button(null, new FontIcon(icon));
        button.setTooltip(new Tooltip(meaning));
        button.setAccessibleText(meaning);
        button.setOnAction(event -> action.run());
        return button;
    }

    /**
     * Moves the focus out of {@code form} to {@code target} if it is inside: a text field being
     * typed in commits when it loses focus, so its value is saved before the form shows another item.
     */
    public static void takeFocusOutOf(Node form, Node target) {
        if (form.getScene() == null) {
            return;
        }
        for (Node node = form.getScene().getFocusOwner(); node != null; node = node.getParent()) {
            if (node == form) {
                target.requestFocus();
                return;
            }
        }
    }

    /**
     * Keeps every column at least as wide as the longest word of its heading (plus room for the
     * sort arrow); headings wrap between words (app.css), so a squeezed table cuts its cells,
     * never the headings that say what the cells are, and still fits the window.
     */
    public static void fitHeaders(javafx.scene.control.TableView<?> table) {
        javafx.scene.text.Text probe = new javafx.scene.text.Text();
        probe.setFont(javafx.scene.text.Font.font(
                null,
                javafx.scene.text.FontWeight.BOLD,
                javafx.scene.text.Font.getDefault().getSize()));
        for (TableColumn<?, ?> column : table.getColumns()) {
            double widest = 0;
            for (String word : (column.getText() == null ? "" : column.getText()).split("\\s+")) {
                probe.setText(word);
                widest = Math.max(widest, probe.getLayoutBounds().getWidth());
            }
            column.setMinWidth(Math.max(column.getMinWidth(), Math.ceil(widest + 36)));
        }
    }

    public static <S> TableColumn<S, String> column(String title, Function<S, String> value, double width) {
        TableColumn<S, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}
