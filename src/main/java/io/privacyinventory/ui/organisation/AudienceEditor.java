package io.privacyinventory.ui.organisation;

import io.privacyinventory.model.Audience;
import io.privacyinventory.model.DataSubject;
import io.privacyinventory.model.NoticeSettings;
import io.privacyinventory.model.Syntax;
import io.privacyinventory.ui.Messages;
import io.privacyinventory.ui.document.InventoryDocument;
import io.privacyinventory.ui.form.Forms;
import io.privacyinventory.ui.form.ItemChecklist;
import io.privacyinventory.ui.form.TextFieldBinding;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.UnaryOperator;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The notice's audiences under Organisation & notice: pick one, add or remove one, and edit its
 * title (in every language of the inventory side by side, since each audience's notice is
 * published in each), its data subjects and its scope. Every change goes through the document's
 * notice edit, so it is saved at once, logged and undoable like any other field.
 */
final class AudienceEditor {
    private final InventoryDocument document;
    private final Messages messages;
    private final ObservableValue<String> language;
    private final BooleanSupplier showing;
    private final ComboBox<String> picker = new ComboBox<>();
    private final Button add = new Button();
    private final Button remove = new Button();
    private final GridPane titles = Forms.grid();
    private final List<TextFieldBinding> titleBindings = new ArrayList<>();
    private List<String> titleLanguages = List.of();
    private final ItemChecklist subjects;
    private final TextArea scope = new TextArea();
    private final TextFieldBinding scopeBinding;
    private final GridPane details = Forms.grid();
    private final VBox root;
    private boolean picking;
    /** An audience just added, to pick once the document shows it. */
    private String wanted;

    AudienceEditor(
            InventoryDocument document, Messages messages, ObservableValue<String> language, BooleanSupplier showing) {
        this.document = document;
        this.messages = messages;
        this.language = language;
        this.showing = showing;
        picker.setId("audiencePicker");
        picker.setAccessibleText(messages.get("audiences.heading"));
        picker.setMaxWidth(Double.MAX_VALUE);
        picker.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(String id) {
                return id == null ? "" : label(id);
            }

            @Override
            public String fromString(String string) {
                return null;
            }
        });
        picker.valueProperty().addListener((o, old, value) -> {
            if (!picking) {
                refresh();
            }
        });
        add.setText(messages.get("audiences.add"));
        add.setId("addAudience");
        add.setOnAction(event -> askForNewAudience());
        remove.setText(messages.get("audiences.remove"));
        remove.setId("removeAudience");
        remove.setOnAction(event -> removeSelected());
        // the buttons keep their words; the picker gives way
        add.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        remove.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        subjects = new ItemChecklist(
                messages.get("editor.search"),
                query -> messages.get("editor.noMatch", query),
                change -> edit(a -> new Audience(a.id(), a.title(), change.apply(a.dataSubjects()), a.scope())));
        subjects.control().setId("audienceSubjects");
        scope.setId("audienceScope");
        scope.setWrapText(true);
        scope.setPrefRowCount(3);
        scopeBinding = new TextFieldBinding(
                scope,
                false,
                change -> edit(a -> new Audience(a.id(), a.title(), a.dataSubjects(), change.apply(a.scope()))));
        Forms.addRow(details, 0, messages.get("audiences.dataSubjects"), subjects.node());
        Forms.addRow(details, 1, messages.get("audiences.scope"), scope);
        HBox tools = new HBox(10, picker, add, remove);
        HBox.setHgrow(picker, javafx.scene.layout.Priority.ALWAYS);
        Label hint = new Label(messages.get("audiences.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("hint");
        root = new VBox(10, hint, tools, titles, details);
        root.setId("audienceEditor");
    }

    Node node() {
        return root;
    }

    /** Shows the document's audiences, keeping the one picked when it still exists. */
    void refresh() {
        List<String> ids = document.inventory().notice().audiences().stream()
                .map(Audience::id)
                .toList();
        String picked = picker.getValue();
        if (wanted != null && ids.contains(wanted)) {
            picked = wanted;
            wanted = null;
        }
        if (picked == null || !ids.contains(picked)) {
            picked = ids.isEmpty() ? null : ids.get(0);
        }
        // replacing the items clears the value: the picker's own listener must not refresh in between
        picking = true;
        try {
            if (!picker.getItems().equals(ids)) {
                picker.getItems().setAll(ids);
            }
            picker.setValue(picked);
        } finally {
            picking = false;
        }
        Audience audience = selected();
        remove.setDisable(audience == null);
        titles.setVisible(audience != null);
        details.setVisible(audience != null);
        titles.setManaged(audience != null);
        details.setManaged(audience != null);
        if (audience == null) {
            return;
        }
        List<String> languages = document.inventory().languages();
        if (!languages.equals(titleLanguages)) {
            buildTitleRows(languages);
        }
        String fallback = document.inventory().defaultLanguage();
        for (int i = 0; i < languages.size(); i++) {
            titleBindings.get(i).show(audience.title(), languages.get(i), fallback);
        }
        subjects.show(
                document.inventory().dataSubjects().stream()
                        .map(DataSubject::id)
                        .toList(),
                this::subjectName,
                audience.dataSubjects());
        scopeBinding.show(audience.scope(), language.getValue(), fallback);
    }

    /** One title field per language of the inventory, each labelled with its language. */
    private void buildTitleRows(List<String> languages) {
        titles.getChildren().clear();
        titleBindings.clear();
        for (int i = 0; i < languages.size(); i++) {
            String code = languages.get(i);
            TextField field = new TextField();
            field.setId("audienceTitle-" + code);
            titleBindings.add(new TextFieldBinding(
                    field,
                    true,
                    change -> edit(a -> new Audience(a.id(), change.apply(a.title()), a.dataSubjects(), a.scope()))));
            Forms.addRow(titles, i, messages.get("audiences.title") + " (" + languageName(code) + ")", field);
        }
        titleLanguages = List.copyOf(languages);
    }

    private String languageName(String code) {
        try {
            return messages.get("language." + code);
        } catch (java.util.MissingResourceException e) {
            // a language the app has no name for is shown by its code
            return code;
        }
    }

    private Audience selected() {
        String id = picker.getValue();
        return id == null
                ? null
                : document.inventory().notice().audiences().stream()
                        .filter(a -> a.id().equals(id))
                        .findFirst()
                        .orElse(null);
    }

    /** Changes the picked audience as it is by the time the change is made; nothing while the view is being filled. */
    private void edit(UnaryOperator<Audience> change) {
        String id = picker.getValue();
        if (showing.getAsBoolean() || id == null) {
            return;
        }
        document.changeNotice(n -> withAudiences(
                n,
                n.audiences().stream()
                        .map(a -> a.id().equals(id) ? change.apply(a) : a)
                        .toList()));
    }

    private void askForNewAudience() {
        TextInputDialog ask = new TextInputDialog();
        ask.initOwner(root.getScene() == null ? null : root.getScene().getWindow());
        ask.setTitle(messages.get("audiences.add"));
        ask.setHeaderText(messages.get("audiences.newId"));
        ask.showAndWait().map(String::strip).ifPresent(this::addAudience);
    }

    /** Adds an audience with this id and shows it; an id that is not one, or is taken, is refused. */
    boolean addAudience(String id) {
        // the document as it will be once edits still being saved are in: a second add of the same id is refused too
        List<Audience> audiences = document.expected().notice().audiences();
        if (!Syntax.isId(id) || audiences.stream().anyMatch(a -> a.id().equals(id))) {
            return false;
        }
        document.changeNotice(n -> {
            List<Audience> more = new ArrayList<>(n.audiences());
            more.add(new Audience(
                    id,
                    io.privacyinventory.model.Text.of(document.inventory().defaultLanguage(), id),
                    List.of(),
                    null));
            return withAudiences(n, more);
        });
        wanted = id;
        refresh();
        return true;
    }

    void removeSelected() {
        String id = picker.getValue();
        if (id != null) {
            document.changeNotice(n -> withAudiences(
                    n, n.audiences().stream().filter(a -> !a.id().equals(id)).toList()));
        }
    }

    private static NoticeSettings withAudiences(NoticeSettings n, List<Audience> audiences) {
        return new NoticeSettings(n.title(), n.effectiveDate(), n.scope(), n.introduction(), audiences);
    }

    private String label(String id) {
        Audience audience = document.inventory().notice().audiences().stream()
                .filter(a -> a.id().equals(id))
                .findFirst()
                .orElse(null);
        if (audience == null || audience.title() == null) {
            return id;
        }
        String title = audience.title()
                .get(language.getValue())
                .or(() -> audience.title().get(document.inventory().defaultLanguage()))
                .orElse(id);
        return title + " (" + id + ")";
    }

    private String subjectName(String id) {
        return document.inventory().dataSubjects().stream()
                .filter(s -> s.id().equals(id))
                .findFirst()
                .map(s -> s.name()
                        .get(language.getValue())
                        .or(() -> s.name().get(document.inventory().defaultLanguage()))
                        .orElse(id))
                .orElse(id);
    }
}
