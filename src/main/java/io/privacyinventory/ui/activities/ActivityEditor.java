package io.privacyinventory.ui.activities;

import io.privacyinventory.model.Activity;
import io.privacyinventory.model.DataCategory;
import io.privacyinventory.model.Entity;
import io.privacyinventory.model.EntityType;
import io.privacyinventory.model.Inventory;
import io.privacyinventory.model.InventoryIndex;
import io.privacyinventory.model.PurposeUse;
import io.privacyinventory.model.RetentionRule;
import io.privacyinventory.model.Terms;
import io.privacyinventory.model.Text;
import io.privacyinventory.model.Transfer;
import io.privacyinventory.model.findings.Finding;
import io.privacyinventory.ui.Messages;
import io.privacyinventory.ui.form.Forms;
import io.privacyinventory.ui.form.ItemChecklist;
import io.privacyinventory.ui.form.RowList;
import io.privacyinventory.ui.form.TextFieldBinding;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * The detail editor of one activity, in sections. Every change is handed to {@link Actions} at
 * once (text fields on Enter or when focus leaves them) as what changed, so it is saved and
 * undoable straight away.
 */
public final class ActivityEditor {

    /**
     * Where the editor's changes go: as functions of the activity, applied to it as it is by the
     * time the change is made, so an edit still on its way to the file is never written back over.
     */
    public interface Actions {
        void change(String id, UnaryOperator<Activity> change);

        /**
         * Creates a catalogue item named {@code name} (its id made free from the name) and, in the
         * same change, lets the activity refer to it: {@code use} gets the activity and the new id.
         */
        default void createAndUse(
                EntityType type, Text name, String activityId, BiFunction<Activity, String, Activity> use) {
            createAndUse(type, name, activityId, item -> item, use);
        }

        /** As above, with {@code details} filling in more of the new item than its name (a recipient's kind, country). */
        void createAndUse(
                EntityType type,
                Text name,
                String activityId,
                UnaryOperator<Entity> details,
                BiFunction<Activity, String, Activity> use);
    }

    final Messages messages;
    final Terms terms;
    private final Actions actions;
    private final VBox content = new VBox(18);
    private final ScrollPane root = new ScrollPane(content);
    private final Label empty;

    private final GeneralSection general;
    private final ItemChecklist subjects;
    private final ItemChecklist categories;
    private final RowList<PurposeUse> purposes;
    private final ItemChecklist recipients;
    private final RowList<Transfer> transfers;
    private final RowList<RetentionRule> retention;
    private final SafeguardsSection safeguards;
    private final ItemCreation creation;
    private final ReviewSection review;
    private final TextArea notes = area(3);
    private final TextFieldBinding notesBinding;

    private MenuButton addPurpose;
    private Button addRule;
    private final FindingMarks marks = new FindingMarks(this::controlFor);
    private Activity activity;
    private Inventory inventory;
    private InventoryIndex index;
    private String language;
    private boolean showing;

    public ActivityEditor(Messages messages, Actions actions) {
        this.messages = messages;
        this.terms = Terms.forLocale(messages.locale());
        this.actions = actions;
        root.setFitToWidth(true);
        root.setId("activityEditor");
        content.setPadding(new Insets(16, 20, 24, 20));
        empty = Forms.hint(messages.get("editor.none"));

        general = new GeneralSection(this);

        subjects = new ItemChecklist(
                messages.get("editor.search"),
                this::noMatch,
                change -> edit(a -> a.withDataSubjects(change.apply(a.dataSubjects()))));
        categories = new ItemChecklist(
                messages.get("editor.search"),
                this::noMatch,
                change -> edit(a -> a.withDataCategories(change.apply(a.dataCategories()))));
        categories.node().setId("activityCategories");
        recipients = new ItemChecklist(
                messages.get("editor.search"),
                this::noMatch,
                change -> edit(a -> a.withRecipients(change.apply(a.recipients()))));

        purposes = new RowList<>(
                (list, index) -> new PurposeRow(this, list, index),
                change -> edit(a -> a.withPurposes(change.apply(a.purposes()))));
        transfers = new RowList<>(
                (list, index) -> new TransferRow(this, list, index),
                change -> edit(a -> a.withTransfers(change.apply(a.transfers()))));
        retention = new RowList<>(
                (list, index) -> new RetentionRow(this, list, index),
                change -> edit(a -> a.withRetention(change.apply(a.retention()))));

        safeguards = new SafeguardsSection(this);
        creation = new ItemCreation(this, actions, root);
        review = new ReviewSection(this);
        notes.setAccessibleText(messages.get("editor.section.notes"));
        notesBinding = new TextFieldBinding(notes, false, change -> edit(a -> a.withNotes(change.apply(a.notes()))));

        content.getChildren().setAll(empty);
        buildSections();
    }

    public Node root() {
        return root;
    }

    /** A file opened read-only: everything stays visible and scrollable, nothing can be changed. */
    public void setReadOnly(boolean readOnly) {
        for (Node section : sections) {
            section.setDisable(readOnly);
        }
    }

    private List<Node> sections;

    private void buildSections() {
        Button newSubject = creation.newItemButton(EntityType.DATA_SUBJECT);
        Button newCategory = creation.newItemButton(EntityType.DATA_CATEGORY);
        GridPane data = Forms.grid();
        Forms.addRow(data, 0, messages.get("editor.dataSubjects"), new VBox(6, subjects.node(), newSubject));
        Forms.addRow(data, 1, messages.get("editor.dataCategories"), new VBox(6, categories.node(), newCategory));

        addPurpose = creation.purposeMenu(purposes);

        Button newRecipient = creation.newItemButton(EntityType.RECIPIENT);
        Button addTransfer = addButton("editor.addTransfer", () -> transfers.add(new Transfer("US", null, null, null)));
        addRule = addButton(
                "editor.addRetention",
                () -> retention.add(new RetentionRule(
                        retention.values().stream().anyMatch(RetentionRule::isDefaultRule) ? List.of() : null,
                        null,
                        null,
                        null)));

        sections = List.of(
                section("editor.section.general", general.nodes()),
                section("editor.section.data", data),
                section("editor.section.purposes", hint("editor.purposesHint"), purposes.node(), addPurpose),
                section(
                        "editor.section.recipients",
                        recipients.node(),
                        newRecipient,
                        fieldLabel("editor.transfers"),
                        transfers.node(),
                        addTransfer),
                section("editor.section.retention", hint("editor.retentionHint"), retention.node(), addRule),
                section("editor.section.safeguards", safeguards.node()),
                section("editor.section.review", review.node()),
                section("editor.section.notes", hint("editor.notesHint"), notes));
    }

    /** Shows an activity, or the empty hint for null. */
    public void show(Activity shown, Inventory in, String contentLanguage) {
        if (shown == null) {
            activity = null;
            content.getChildren().setAll(empty);
            return;
        }
        boolean other = activity == null || !activity.id().equals(shown.id());
        activity = shown;
        if (in != inventory) {
            index = InventoryIndex.of(in);
        }
        inventory = in;
        language = contentLanguage;
        showing = true;
        try {
            if (content.getChildren().size() == 1) {
                content.getChildren().setAll(sections);
            }
            String fallback = in.defaultLanguage();
            general.show(shown, language, fallback, other);
            subjects.show(ids(in.dataSubjects()), this::subjectName, shown.dataSubjects());
            categories.show(ids(in.dataCategories()), this::categoryName, shown.dataCategories());
            recipients.show(ids(in.recipients()), id -> nameOf(EntityType.RECIPIENT, id), shown.recipients());
            purposes.show(shown.purposes());
            transfers.show(shown.transfers());
            retention.show(shown.retention());
            safeguards.show(shown, language, fallback, other);
            review.show(shown);
            notesBinding.show(shown.notes(), language, fallback);
        } finally {
            showing = false;
        }
        if (other) {
            root.setVvalue(0);
        }
    }

    /**
     * Marks the fields that findings are about (paths relative to the activity, such as
     * {@code purposes/0/legalBasis}), with the finding's message as the tooltip.
     */
    public void markFindings(List<Finding> findings) {
        if (activity == null) {
            marks.clear();
            return;
        }
        marks.mark(findings);
    }

    /** The control that edits the field at {@code path} (relative to the activity), if the editor shows one. */
    public Control controlFor(String path) {
        String[] parts = path.split("/");
        String field = parts[0];
        if (parts.length >= 3 && parts[1].matches("\\d+")) {
            int index = Integer.parseInt(parts[1]);
            if (field.equals("purposes")) {
                return purposes.control(index, parts[2]);
            }
            if (field.equals("transfers")) {
                return transfers.control(index, parts[2]);
            }
        }
        Control inGeneral = general.control(field);
        if (inGeneral != null) {
            return inGeneral;
        }
        return switch (field) {
            case "dataSubjects" -> subjects.control();
            case "dataCategories" -> categories.control();
            case "recipients" -> recipients.control();
            case "purposes" -> addPurpose;
            case "retention" -> addRule;
            case "notes" -> notes;
            default -> safeguards.control(field) != null ? safeguards.control(field) : review.control(field);
        };
    }

    /** Sends a change of the shown activity; nothing while the editor is filling its controls. */
    void edit(UnaryOperator<Activity> change) {
        if (showing || activity == null) {
            return;
        }
        actions.change(activity.id(), change);
    }

    Activity activity() {
        return activity;
    }

    boolean isShowingActivity(String id) {
        return activity != null && activity.id().equals(id);
    }

    Inventory inventory() {
        return inventory;
    }

    String language() {
        return language;
    }

    boolean isShowing() {
        return showing;
    }

    /** The shown inventory's items by id and the rules that follow from its references. */
    InventoryIndex index() {
        return index;
    }

    String text(Text text) {
        return text == null ? "" : text.resolve(language, inventory.defaultLanguage());
    }

    /** The name of a catalogue item in the shown language, or its id when the catalogue has no such item. */
    String nameOf(EntityType type, String id) {
        Entity item = index.item(type, id);
        return item == null ? id : text(item.name());
    }

    private String subjectName(String id) {
        return nameOf(EntityType.DATA_SUBJECT, id);
    }

    private String categoryName(String id) {
        DataCategory category = index.dataCategory(id);
        if (category == null) {
            return id;
        }
        String marker = category.special()
                ? "  ◆ " + messages.get("editor.special")
                : category.criminal() ? "  ◆ " + messages.get("editor.criminal") : "";
        return text(category.name()) + marker;
    }

    private String noMatch(String query) {
        return messages.get("editor.noMatch", query);
    }

    static List<String> ids(List<? extends Entity> items) {
        return items.stream().map(Entity::id).toList();
    }

    static <T> List<T> append(List<T> list, T value) {
        java.util.ArrayList<T> copy = new java.util.ArrayList<>(list);
        copy.add(value);
        return copy;
    }

    // ---- layout helpers -----------------------------------------------------------------------

    private Node section(String key, Node... children) {
        return Forms.section(messages.get(key), children);
    }

    Label fieldLabel(String key) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add("field-label");
        return label;
    }

    Label hint(String key) {
        return Forms.hint(messages.get(key));
    }

    private Button addButton(String key, Runnable action) {
        return Forms.flatButton(messages.get(key), action);
    }

    static TextArea area(int rows) {
        return Forms.area(rows);
    }
}
