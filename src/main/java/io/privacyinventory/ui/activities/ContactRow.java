package io.privacyinventory.ui.activities;

import io.privacyinventory.model.Contact;
import io.privacyinventory.ui.form.Commit;
import io.privacyinventory.ui.form.RowList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

import java.util.Objects;

/** A controller on whose behalf (or together with whom) the activity is carried out. */
final class ContactRow implements RowList.Row<Contact> {
    private final GridPane grid = new GridPane();
    private final TextField name = new TextField();
    private final TextField email = new TextField();
    private final TextField phone = new TextField();
    private final TextField address = new TextField();
    private Contact value;

    ContactRow(ActivityEditor editor, RowList<Contact> list, int index) {
        name.setPromptText(editor.messages.get("contact.name"));
        email.setPromptText(editor.messages.get("contact.email"));
        phone.setPromptText(editor.messages.get("contact.phone"));
        address.setPromptText(editor.messages.get("contact.address"));
        TextField[] fields = {name, email, phone, address};
        for (int part = 0; part < fields.length; part++) {
            TextField field = fields[part];
            int changedPart = part;
            Commit.onDone(field, () -> {
                String typed = ActivityEditor.blankToNull(field.getText());
                list.changed(index, contact -> withPart(contact, changedPart, typed));
            }, () -> show(value));
            GridPane.setHgrow(field, Priority.ALWAYS);
        }
        Button remove = RowButtons.remove(editor.messages, () -> list.remove(index));
        grid.setHgap(8);
        grid.setVgap(6);
        grid.add(name, 0, 0);
        grid.add(email, 1, 0);
        grid.add(remove, 2, 0);
        grid.add(phone, 0, 1);
        grid.add(address, 1, 1);
        grid.getStyleClass().add("row-card");
    }

    /** The contact with one part (name, email, phone, address) replaced, the others as they are now. */
    private static Contact withPart(Contact contact, int part, String value) {
        return new Contact(part == 0 ? value : contact.name(), part == 1 ? value : contact.email(),
                part == 2 ? value : contact.phone(), part == 3 ? value : contact.address());
    }

    @Override
    public Node node() {
        return grid;
    }

    @Override
    public void show(Contact contact) {
        value = contact;
        set(name, contact.name());
        set(email, contact.email());
        set(phone, contact.phone());
        set(address, contact.address());
    }

    private static void set(TextField field, String text) {
        if (!field.isFocused()) {
            field.setText(Objects.toString(text, ""));
        }
    }
}
