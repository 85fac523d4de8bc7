package io.privacyinventory.ui.activities;

import io.privacyinventory.model.EntityType;
import io.privacyinventory.model.PurposeUse;
import io.privacyinventory.model.RetentionRule;
import io.privacyinventory.model.Transfer;
import io.privacyinventory.ui.form.ItemChecklist;
import io.privacyinventory.ui.form.RowList;
import io.privacyinventory.ui.form.TextFieldBinding;
import java.util.List;
import java.util.Set;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TextArea;

/**
 * The activity editor's sections below the fold (purposes, recipients and transfers, retention,
 * safeguards, review, notes), each as a plan that builds it when first needed. The guessed heights
 * keep the page about as long as it will be, so the scroll bar barely moves when they are built.
 */
final class LowerSections {
    /**
     * Rows built ahead, hidden, in idle pulses: most activities have up to four purposes and two
     * transfers or retention rules, and a row built and styled for the first activity that needs
     * it stalls that selection (issue 14: the first selections in a session were the slowest).
     */
    private static final int PREPARED_PURPOSES = 4;

    private static final int PREPARED_ROWS = 2;

    private final ActivityEditor editor;
    private final ItemCreation creation;

    LowerSections(ActivityEditor editor, ItemCreation creation) {
        this.editor = editor;
        this.creation = creation;
    }

    List<EditorPart.Plan> plans() {
        return List.of(
                new EditorPart.Plan("editor.section.purposes", 240, Set.of("purposes"), this::purposes),
                new EditorPart.Plan(
                        "editor.section.recipients", 420, Set.of("recipients", "transfers"), this::recipients),
                new EditorPart.Plan("editor.section.retention", 200, Set.of("retention"), this::retention),
                new EditorPart.Plan(
                        "editor.section.safeguards",
                        330,
                        Set.of(
                                "securityMeasures",
                                "statutoryRequirement",
                                "automatedDecisions",
                                "dpia",
                                "dpiaScreening"),
                        this::safeguards),
                new EditorPart.Plan("editor.section.review", 100, Set.of("reviewedOn", "reviewDue"), this::review),
                new EditorPart.Plan("editor.section.notes", 120, Set.of("notes"), this::notes));
    }

    private EditorPart purposes() {
        RowList<PurposeUse> purposes = new RowList<>(
                (list, index) -> new PurposeRow(editor, list, index),
                change -> editor.edit(a -> a.withPurposes(change.apply(a.purposes()))));
        MenuButton add = creation.purposeMenu(purposes);
        return new EditorPart(
                editor.section("editor.section.purposes", editor.hint("editor.purposesHint"), purposes.node(), add),
                (shown, other) -> purposes.show(shown.purposes()),
                path -> rowControl(path, purposes, add),
                () -> purposes.prepare(PREPARED_PURPOSES));
    }

    private EditorPart recipients() {
        ItemChecklist recipients =
                editor.checklist(change -> editor.edit(a -> a.withRecipients(change.apply(a.recipients()))));
        RowList<Transfer> transfers = new RowList<>(
                (list, index) -> new TransferRow(editor, list, index),
                change -> editor.edit(a -> a.withTransfers(change.apply(a.transfers()))));
        Button newRecipient = creation.newItemButton(EntityType.RECIPIENT);
        Button addTransfer =
                editor.addButton("editor.addTransfer", () -> transfers.add(new Transfer("US", null, null, null)));
        return new EditorPart(
                editor.section(
                        "editor.section.recipients",
                        recipients.node(),
                        newRecipient,
                        editor.fieldLabel("editor.transfers"),
                        transfers.node(),
                        addTransfer),
                (shown, other) -> {
                    recipients.show(
                            ActivityEditor.ids(editor.inventory().recipients()),
                            id -> editor.nameOf(EntityType.RECIPIENT, id),
                            shown.recipients());
                    transfers.show(shown.transfers());
                },
                path -> path.startsWith("transfers/") ? rowControl(path, transfers, null) : recipients.control(),
                () -> transfers.prepare(PREPARED_ROWS));
    }

    private EditorPart retention() {
        RowList<RetentionRule> rules = new RowList<>(
                (list, index) -> new RetentionRow(editor, list, index),
                change -> editor.edit(a -> a.withRetention(change.apply(a.retention()))));
        Button add = editor.addButton(
                "editor.addRetention",
                () -> rules.add(new RetentionRule(
                        rules.values().stream().anyMatch(RetentionRule::isDefaultRule) ? List.of() : null,
                        null,
                        null,
                        null)));
        return new EditorPart(
                editor.section("editor.section.retention", editor.hint("editor.retentionHint"), rules.node(), add),
                (shown, other) -> rules.show(shown.retention()),
                path -> add,
                () -> rules.prepare(PREPARED_ROWS));
    }

    private EditorPart safeguards() {
        SafeguardsSection safeguards = new SafeguardsSection(editor);
        return new EditorPart(
                editor.section("editor.section.safeguards", safeguards.node()),
                (shown, other) -> safeguards.show(
                        shown, editor.language(), editor.inventory().defaultLanguage(), other),
                path -> safeguards.control(path.split("/", 2)[0]));
    }

    private EditorPart review() {
        ReviewSection review = new ReviewSection(editor);
        return new EditorPart(
                editor.section("editor.section.review", review.node()),
                (shown, other) -> review.show(shown),
                path -> review.control(path.split("/", 2)[0]));
    }

    private EditorPart notes() {
        TextArea notes = ActivityEditor.area(3);
        notes.setId("activityNotes");
        notes.setAccessibleText(editor.messages.get("editor.section.notes"));
        TextFieldBinding binding =
                new TextFieldBinding(notes, false, change -> editor.edit(a -> a.withNotes(change.apply(a.notes()))));
        return new EditorPart(
                editor.section("editor.section.notes", editor.hint("editor.notesHint"), notes),
                (shown, other) -> binding.show(
                        shown.notes(), editor.language(), editor.inventory().defaultLanguage()),
                path -> notes);
    }

    /** The control of a row's field ({@code purposes/0/legalBasis}), or {@code whole} for the list itself. */
    private static Control rowControl(String path, RowList<?> rows, Control whole) {
        String[] parts = path.split("/");
        if (parts.length >= 3 && parts[1].matches("\\d+")) {
            return rows.control(Integer.parseInt(parts[1]), parts[2]);
        }
        return whole;
    }
}
