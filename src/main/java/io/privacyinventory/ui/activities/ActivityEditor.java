package io.privacyinventory.ui.activities;

import io.privacyinventory.model.Activity;
import io.privacyinventory.model.DataCategory;
import io.privacyinventory.model.Entity;
import io.privacyinventory.model.EntityType;
import io.privacyinventory.model.Inventory;
import io.privacyinventory.model.InventoryIndex;
import io.privacyinventory.model.Terms;
import io.privacyinventory.model.Text;
import io.privacyinventory.model.findings.Finding;
import io.privacyinventory.ui.Messages;
import io.privacyinventory.ui.form.Forms;
import io.privacyinventory.ui.form.ItemChecklist;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
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
     * A key in the editor content's {@link Node#getProperties() properties}, true while the pulses
     * still build sections or rows: until then the editor's scene graph changes by itself. A property,
     * not a style class, so that marking it does not style the whole editor again.
     */
    public static final String SETTLING = "privacyinventory.editor.settling";

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
    private final ItemCreation creation;
    private final LaterSections later;

    private final FindingMarks marks = new FindingMarks(path -> controlFor(path, false));
    private List<Finding> findings = List.of();
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

        subjects = checklist(change -> edit(a -> a.withDataSubjects(change.apply(a.dataSubjects()))));
        categories = checklist(change -> edit(a -> a.withDataCategories(change.apply(a.dataCategories()))));
        categories.node().setId("activityCategories");
        creation = new ItemCreation(this, actions, root);
        later = new LaterSections(
                this, new LowerSections(this, creation).plans(), content, root, this::builtLater, general::prepare);

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
        later.setReadOnly(readOnly);
    }

    /** The sections above the fold, built with the editor. */
    private List<Node> sections;

    private void buildSections() {
        Button newSubject = creation.newItemButton(EntityType.DATA_SUBJECT);
        Button newCategory = creation.newItemButton(EntityType.DATA_CATEGORY);
        GridPane data = Forms.grid();
        Forms.addRow(data, 0, messages.get("editor.dataSubjects"), new VBox(6, subjects.node(), newSubject));
        Forms.addRow(data, 1, messages.get("editor.dataCategories"), new VBox(6, categories.node(), newCategory));
        sections = List.of(section("editor.section.general", general.nodes()), section("editor.section.data", data));
    }

    /** Every section as it stands now: those built later as their placeholders until they are. */
    private List<Node> allSections() {
        List<Node> all = new java.util.ArrayList<>(sections);
        all.addAll(later.nodes());
        return all;
    }

    /** A section just built later: it shows the activity shown now, and its fields' findings are marked. */
    private void builtLater(EditorPart part) {
        if (activity == null) {
            return;
        }
        showing = true;
        try {
            part.show(activity, true);
        } finally {
            showing = false;
        }
        marks.mark(findings);
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
                content.getChildren().setAll(allSections());
                later.startWarmUp();
            }
            String fallback = in.defaultLanguage();
            general.show(shown, language, fallback, other);
            subjects.show(ids(in.dataSubjects()), this::subjectName, shown.dataSubjects());
            categories.show(ids(in.dataCategories()), this::categoryName, shown.dataCategories());
            for (EditorPart part : later.builtParts()) {
                part.show(shown, other);
            }
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
        this.findings = findings;
        if (activity == null) {
            marks.clear();
            return;
        }
        marks.mark(findings);
    }

    /**
     * The control that edits the field at {@code path} (relative to the activity), if the editor
     * shows one; a section not built yet is built for it.
     */
    public Control controlFor(String path) {
        return controlFor(path, true);
    }

    /** As above; without {@code build}, null for a field of a section not built yet. */
    private Control controlFor(String path, boolean build) {
        String field = path.split("/", 2)[0];
        Control inGeneral = general.control(field);
        if (inGeneral != null) {
            return inGeneral;
        }
        return switch (field) {
            case "dataSubjects" -> subjects.control();
            case "dataCategories" -> categories.control();
            default -> later.control(path, build);
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

    /** A searchable check-list of catalogue items; {@code onChange} gets what the user changed. */
    ItemChecklist checklist(java.util.function.Consumer<UnaryOperator<List<String>>> onChange) {
        return new ItemChecklist(messages.get("editor.search"), this::noMatch, onChange);
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

    Node section(String key, Node... children) {
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

    Button addButton(String key, Runnable action) {
        return Forms.flatButton(messages.get(key), action);
    }

    static TextArea area(int rows) {
        return Forms.area(rows);
    }
}
