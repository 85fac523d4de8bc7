package io.privacyinventory.ui.activities;

import io.privacyinventory.model.Activity;
import io.privacyinventory.model.ActivityStatus;
import io.privacyinventory.model.Contact;
import io.privacyinventory.model.Role;
import io.privacyinventory.ui.form.Choices;
import io.privacyinventory.ui.form.FieldProblem;
import io.privacyinventory.ui.form.Forms;
import io.privacyinventory.ui.form.PlainTextBinding;
import io.privacyinventory.ui.form.RowList;
import io.privacyinventory.ui.form.TextFieldBinding;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * The editor's general section: name (never empty), description, owner, role, status, and the
 * controllers the activity is done for, shown only when the organisation is a processor or a
 * joint controller in it.
 */
final class GeneralSection {
    private final ActivityEditor editor;
    private final TextField name = new TextField();
    private final TextArea description = ActivityEditor.area(3);
    private final TextField owner = new TextField();
    private final Choices<Role> role;
    private final Choices<ActivityStatus> status;
    private final VBox controllersBox;
    private final RowList<Contact> controllers;
    private final TextFieldBinding nameBinding;
    private final FieldProblem nameProblem;
    private final TextFieldBinding descriptionBinding;
    private final PlainTextBinding ownerBinding;
    private final GridPane grid = Forms.grid();

    GeneralSection(ActivityEditor editor) {
        this.editor = editor;
        name.setId("activityName");
        description.setId("activityDescription");
        owner.setId("activityOwner");
        nameBinding = new TextFieldBinding(name, true, change -> editor.edit(a -> a.withName(change.apply(a.name()))));
        nameProblem = new FieldProblem(name);
        nameBinding.refuseEmptyWith(nameProblem, editor.messages.get("editor.nameNeeded"));
        descriptionBinding = new TextFieldBinding(
                description, false, change -> editor.edit(a -> a.withDescription(change.apply(a.description()))));
        ownerBinding = new PlainTextBinding(owner, change -> editor.edit(a -> a.withOwner(change.apply(a.owner()))));
        role = new Choices<>(
                List.of(Role.values()),
                true,
                editor.terms::label,
                editor.messages.get("choice.none"),
                value -> editor.edit(a -> a.withRole(value)));
        role.control().setId("activityRole");
        status = new Choices<>(
                List.of(ActivityStatus.values()),
                true,
                editor.terms::label,
                editor.messages.get("choice.none"),
                value -> editor.edit(a -> a.withStatus(value)));
        status.control().setId("activityStatus");
        controllers = new RowList<>(
                (list, index) -> new ContactRow(editor, list, index),
                change -> editor.edit(a -> a.withControllers(change.apply(a.controllers()))));
        Button addController = Forms.flatButton(
                editor.messages.get("editor.addController"),
                () -> controllers.add(new Contact(null, null, null, null)));
        controllersBox = new VBox(
                8,
                editor.fieldLabel("editor.controllers"),
                editor.hint("editor.controllersHint"),
                controllers.node(),
                addController);

        Forms.addRow(grid, 0, editor.messages.get("editor.name"), nameProblem.withField());
        Forms.addRow(grid, 1, editor.messages.get("editor.description"), description);
        Forms.addRow(grid, 2, editor.messages.get("editor.owner"), owner);
        Forms.addRow(grid, 3, editor.messages.get("editor.role"), role.control());
        Forms.addRow(grid, 4, editor.messages.get("editor.status"), status.control());
    }

    /** The section's content: the fields, then the controllers. */
    Node[] nodes() {
        return new Node[] {grid, controllersBox};
    }

    /** {@code other}: a different activity than the one shown before (the owner being typed is kept otherwise). */
    void show(Activity shown, String language, String fallback, boolean other) {
        nameBinding.show(shown.name(), language, fallback);
        descriptionBinding.show(shown.description(), language, fallback);
        ownerBinding.show(shown.owner(), other);
        role.set(shown.role());
        status.set(shown.status());
        boolean needsControllers = shown.role() == Role.PROCESSOR || shown.role() == Role.JOINT_CONTROLLER;
        controllersBox.setVisible(needsControllers);
        controllersBox.setManaged(needsControllers);
        controllers.show(shown.controllers());
    }

    /**
     * Builds the first controller's row ahead, hidden (in an idle pulse), so that the first
     * processor or joint controller shown does not build and style it; true if it built it.
     */
    boolean prepare() {
        return controllers.prepare(1);
    }

    /** The control for one of this section's fields, or null if the field is not one of them. */
    Control control(String field) {
        return switch (field) {
            case "name" -> name;
            case "description" -> description;
            case "owner" -> owner;
            case "role", "controllers" -> role.control();
            case "status" -> status.control();
            default -> null;
        };
    }
}
