package io.privacyinventory.ui.form;

import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.controlsfx.validation.ValidationMessage;
import org.controlsfx.validation.decoration.StyleClassValidationDecoration;
import org.controlsfx.validation.decoration.ValidationDecoration;

/**
 * Why a field's input was not taken, said where the user looks: a line under the field and the
 * field marked as in error (ControlsFX's style-class decoration, which leaves the finding markers
 * alone). The typed text stays in the field so that it can be corrected.
 */
public final class FieldProblem {
    private final Control field;
    private final Label line = new Label();
    private final ValidationDecoration decoration = new StyleClassValidationDecoration();
    private boolean shown;

    public FieldProblem(Control field) {
        this.field = field;
        line.getStyleClass().add("field-problem");
        line.setWrapText(true);
        if (field.getId() != null) {
            line.setId(field.getId() + "Problem");
        }
        clear();
    }

    /** The field with the line under it, for the form. */
    public Node withField() {
        return new VBox(4, field, line);
    }

    /** The line alone, for a form that places it itself. */
    public Label line() {
        return line;
    }

    public void show(String message) {
        decoration.removeDecorations(field);
        decoration.applyValidationDecoration(ValidationMessage.error(field, message));
        line.setText(message);
        line.setVisible(true);
        line.setManaged(true);
        shown = true;
    }

    public void clear() {
        decoration.removeDecorations(field);
        line.setText("");
        line.setVisible(false);
        line.setManaged(false);
        shown = false;
    }

    public boolean isShown() {
        return shown;
    }
}
