package io.privacyinventory.ui.activities;

import io.privacyinventory.model.Entity;
import io.privacyinventory.model.EntityType;
import io.privacyinventory.model.PurposeUse;
import io.privacyinventory.model.Recipient;
import io.privacyinventory.model.Text;
import io.privacyinventory.ui.Messages;
import io.privacyinventory.ui.form.RowList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputDialog;

/**
 * Adding catalogue items from the activity editor: the purpose menu (a purpose of the catalogue, or
 * a new one) and the "New …" buttons, each asking for what the new item needs and letting the
 * shown activity use it in the same change.
 */
final class ItemCreation {
    private final ActivityEditor editor;
    private final ActivityEditor.Actions actions;
    private final Messages messages;
    private final Node owner;

    /** {@code owner} is a node of the editor, for the window that dialogs belong to. */
    ItemCreation(ActivityEditor editor, ActivityEditor.Actions actions, Node owner) {
        this.editor = editor;
        this.actions = actions;
        this.messages = editor.messages;
        this.owner = owner;
    }

    /** The "Add purpose" menu, filled when it opens, adding to {@code purposes}. */
    MenuButton purposeMenu(RowList<PurposeUse> purposes) {
        MenuButton menu = new MenuButton(messages.get("editor.addPurpose"));
        menu.setId("addPurpose");
        menu.setOnShowing(event -> fillPurposeMenu(menu, purposes));
        return menu;
    }

    /**
     * Every purpose of the catalogue, those not yet pursued first: one already pursued may be added
     * again for another legal basis (HR: the contract and a legal obligation).
     */
    private void fillPurposeMenu(MenuButton menu, RowList<PurposeUse> purposes) {
        menu.getItems().clear();
        List<String> used =
                editor.activity().purposes().stream().map(PurposeUse::purpose).toList();
        List<MenuItem> again = new ArrayList<>();
        for (var purpose : editor.inventory().purposes()) {
            boolean pursued = used.contains(purpose.id());
            MenuItem item = new MenuItem(
                    pursued
                            ? messages.get("editor.purposeAgain", editor.text(purpose.name()))
                            : editor.text(purpose.name()));
            item.setOnAction(event -> purposes.add(new PurposeUse(purpose.id(), null, null, null, null, null)));
            (pursued ? again : menu.getItems()).add(item);
        }
        if (!again.isEmpty() && !menu.getItems().isEmpty()) {
            menu.getItems().add(new SeparatorMenuItem());
        }
        menu.getItems().addAll(again);
        if (!menu.getItems().isEmpty()) {
            menu.getItems().add(new SeparatorMenuItem());
        }
        MenuItem create = new MenuItem(messages.get("editor.newPurpose"));
        create.setOnAction(event -> askName(EntityType.PURPOSE)
                .ifPresent(name -> actions.createAndUse(
                        EntityType.PURPOSE,
                        name,
                        editor.activity().id(),
                        (a, id) -> a.withPurposes(ActivityEditor.append(
                                a.purposes(), new PurposeUse(id, null, null, null, null, null))))));
        menu.getItems().add(create);
    }

    /** A "New data subject…", "New data category…" or "New recipient…" button. */
    Button newItemButton(EntityType type) {
        Button button = new Button(messages.get("editor.new." + type.code()));
        button.getStyleClass().add("flat");
        if (type == EntityType.RECIPIENT) {
            button.setId("newRecipient");
            button.setOnAction(event -> new NewRecipientDialog(editor, owner)
                    .ask()
                    .ifPresent(details -> actions.createAndUse(
                            type,
                            details.name(),
                            editor.activity().id(),
                            item -> withDetails((Recipient) item, details),
                            (a, id) -> a.withRecipients(ActivityEditor.append(a.recipients(), id)))));
            return button;
        }
        button.setOnAction(event -> askName(type)
                .ifPresent(name ->
                        actions.createAndUse(type, name, editor.activity().id(), (a, id) -> switch (type) {
                            case DATA_SUBJECT -> a.withDataSubjects(ActivityEditor.append(a.dataSubjects(), id));
                            case DATA_CATEGORY -> a.withDataCategories(ActivityEditor.append(a.dataCategories(), id));
                            default -> a.withRecipients(ActivityEditor.append(a.recipients(), id));
                        })));
        return button;
    }

    private static Entity withDetails(Recipient recipient, NewRecipientDialog.Details details) {
        return new Recipient(
                recipient.id(),
                recipient.name(),
                recipient.description(),
                details.kind(),
                details.country(),
                recipient.tracking(),
                recipient.optOutUrl(),
                recipient.contractUrl(),
                recipient.strictlyNecessary());
    }

    /** Asks for the name of a new catalogue item. */
    private Optional<Text> askName(EntityType type) {
        TextInputDialog dialog = new TextInputDialog();
        dialog.setTitle(messages.get("editor.new." + type.code()));
        dialog.setHeaderText(messages.get("editor.newItemHeader"));
        dialog.setContentText(messages.get("editor.name"));
        if (owner.getScene() != null) {
            dialog.initOwner(owner.getScene().getWindow());
        }
        return dialog.showAndWait()
                .map(String::strip)
                .filter(value -> !value.isEmpty())
                .map(value -> Text.of(editor.language(), value));
    }
}
