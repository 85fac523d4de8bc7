package io.privacyinventory.ui.activities;

import io.privacyinventory.model.Contact;
import io.privacyinventory.model.Syntax;
import io.privacyinventory.ui.form.Commit;
import io.privacyinventory.ui.form.FieldProblem;
import io.privacyinventory.ui.form.Forms;
import io.privacyinventory.ui.form.RowList;
import java.util.Objects;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/** A controller on whose behalf (or together with whom) the activity is carried out. */
final class ContactRow implements RowList.Row<Contact> {
    private final GridPane grid = new GridPane();
    private final TextField name = new TextField();
    private final TextField email = new TextField();
    private final TextField phone = new TextField();
    private final TextField address = new TextField();
    private Contact value;
    private final FieldProblem emailProblem = new FieldProblem(email);

    ContactRow(ActivityEditor editor, RowList<Contact> list, int index) {
        name.setPromptText(editor.messages.get("contact.name"));
        email.setPromptText(editor.messages.get("contact.email"));
        phone.setPromptText(editor.messages.get("contact.phone"));
        address.setPromptText(editor.messages.get("contact.address"));
        TextField[] fields = {name, email, phone, address};
        for (int part = 0; part < fields.length; part++) {
            TextField field = fields[part];
            int changedPart = part;
            Commit.onDone(
                    field,
                    () -> {
                        String typed = Forms.blankToNull(field.getText());
                        if (field == email && typed != null && !Syntax.isEmail(typed)) {
                            emailProblem.show(editor.messages.get("editor.notAnEmail", typed));
                            return;
                        }
                        if (field == email) {
                            emailProblem.clear();
                        }
                        list.changed(index, contact -> withPart(contact, changedPart, typed));
                    },
                    () -> {
                        emailProblem.clear();
                        field.setText(value == null ? "" : Objects.toString(withPartOf(value, changedPart), ""));
                    });
            GridPane.setHgrow(field, Priority.ALWAYS);
        }
        Button remove = RowButtons.remove(editor.messages, () -> list.remove(index));
        grid.setHgap(8);
        grid.setVgap(6);
        grid.add(name, 0, 0);
        email.setId("contactEmail-" + index);
        emailProblem.line().setId("contactEmail-" + index + "Problem");
        grid.add(emailProblem.withField(), 1, 0);
        grid.add(remove, 2, 0);
        grid.add(phone, 0, 1);
        grid.add(address, 1, 1);
        grid.getStyleClass().add("row-card");
    }

    /** The contact with one part (name, email, phone, address) replaced, the others as they are now. */
    private static Contact withPart(Contact contact, int part, String value) {
        return new Contact(
                part == 0 ? value : contact.name(),
                part == 1 ? value : contact.email(),
                part == 2 ? value : contact.phone(),
                part == 3 ? value : contact.address());
    }

    private static String withPartOf(Contact contact, int part) {
        return switch (part) {
            case 0 -> contact.name();
            case 1 -> contact.email();
            case 2 -> contact.phone();
            default -> contact.address();
        };
    }

    @Override
    public Node node() {
        return grid;
    }

    @Override
    public void show(Contact contact) {
        value = contact;
        set(name, contact.name());
        if (!emailProblem.isShown()) {
            set(email, contact.email());
        }
        set(phone, contact.phone());
        set(address, contact.address());
    }

    private static void set(TextField field, String text) {
        if (!field.isFocused()) {
            field.setText(Objects.toString(text, ""));
        }
    }
}
