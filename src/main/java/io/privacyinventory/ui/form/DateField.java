package io.privacyinventory.ui.form;

import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * A date picker that reads ISO and the interface language's short form ({@link Dates}) and shows
 * the short form. Anything else is not taken: the date stays as it was and a line under the field
 * says why. A change the user makes (picked or typed) goes to {@code onChange}; one made by
 * {@link #set} does not.
 */
public final class DateField {
    private final DatePicker picker = new DatePicker();
    private final Label problem = new Label();
    private final VBox node = new VBox(4, picker, problem);
    private boolean updating;

    /** {@code refusal} words the message for a text that is not a date. */
    public DateField(Dates dates, Function<String, String> refusal, Consumer<LocalDate> onChange) {
        picker.setMaxWidth(Double.MAX_VALUE);
        problem.getStyleClass().add("field-problem");
        problem.setWrapText(true);
        showProblem(null);
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return dates.format(date);
            }

            @Override
            public LocalDate fromString(String text) {
                if (text == null || text.isBlank()) {
                    showProblem(null);
                    return null;
                }
                LocalDate date = dates.parse(text).orElse(null);
                showProblem(date == null ? refusal.apply(text.strip()) : null);
                return date == null ? picker.getValue() : date;
            }
        });
        picker.valueProperty().addListener((observable, old, value) -> {
            if (!updating) {
                onChange.accept(value);
            }
        });
    }

    public DatePicker picker() {
        return picker;
    }

    /** The picker with the line for a refused text under it. */
    public Node node() {
        return node;
    }

    /** Shows the model's date without reporting it as a change; a refusal stays until the date changes. */
    public void set(LocalDate date) {
        if (!java.util.Objects.equals(date, picker.getValue())) {
            showProblem(null);
        }
        updating = true;
        try {
            picker.setValue(date);
        } finally {
            updating = false;
        }
    }

    private void showProblem(String message) {
        problem.setText(message == null ? "" : message);
        problem.setVisible(message != null);
        problem.setManaged(message != null);
    }
}
