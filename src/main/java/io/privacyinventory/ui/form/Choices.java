package io.privacyinventory.ui.form;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;

/**
 * A combo box of fixed choices (an empty choice first when the value is optional) that commits
 * on selection and can be set from the model without committing.
 */
public final class Choices<T> {
    private final ComboBox<T> box;
    private boolean updating;

    public Choices(List<T> values, boolean optional, Function<T, String> name, String emptyName, Consumer<T> onChange) {
        this(values, optional, name, emptyName, false, onChange);
    }

    /**
     * With {@code searchable}, the open list has a search field that narrows it as the user types
     * (ControlsFX's searchable combo box), for long lists such as the countries.
     */
    public Choices(
            List<T> values,
            boolean optional,
            Function<T, String> name,
            String emptyName,
            boolean searchable,
            Consumer<T> onChange) {
        box = searchable ? new org.controlsfx.control.SearchableComboBox<>() : new ComboBox<>();
        if (optional) {
            box.getItems().add(null);
        }
        box.getItems().addAll(values);
        StringConverter<T> converter = new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? emptyName : name.apply(value);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        };
        box.setConverter(converter);
        box.setButtonCell(cell(converter));
        box.setCellFactory(list -> cell(converter));
        box.setMaxWidth(Double.MAX_VALUE);
        // an empty choice that says what to choose ("Choose a legal basis") names the box for screen readers
        if (emptyName.chars().anyMatch(Character::isLetter)) {
            box.setAccessibleText(emptyName);
        }
        box.valueProperty().addListener((observable, old, value) -> {
            if (!updating) {
                onChange.accept(value);
            }
        });
    }

    private static <T> ListCell<T> cell(StringConverter<T> converter) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : converter.toString(item));
            }
        };
    }

    /**
     * The prompt of a searchable box's search field, in the app's language: ControlsFX's own prompt
     * comes from its texts, which are English only. The field is made by the box's skin, so the prompt
     * is set when the skin is there and each time the list opens.
     */
    public Choices<T> searchPrompt(String prompt) {
        Runnable apply = () -> {
            if (box.lookup(".custom-text-field") instanceof TextField search) {
                search.setPromptText(prompt);
            }
        };
        box.skinProperty().addListener((observable, was, skin) -> apply.run());
        box.showingProperty().addListener((observable, was, showing) -> apply.run());
        apply.run();
        return this;
    }

    public ComboBox<T> control() {
        return box;
    }

    public void set(T value) {
        updating = true;
        try {
            box.setValue(value);
        } finally {
            updating = false;
        }
    }

    public void setItems(List<T> values, boolean optional) {
        updating = true;
        try {
            T current = box.getValue();
            box.getItems().setAll(values);
            if (optional) {
                box.getItems().add(0, null);
            }
            box.setValue(current);
        } finally {
            updating = false;
        }
    }
}
