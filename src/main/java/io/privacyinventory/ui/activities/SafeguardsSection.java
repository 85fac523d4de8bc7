package io.privacyinventory.ui.activities;

import io.privacyinventory.model.Activity;
import io.privacyinventory.model.AutomatedDecisions;
import io.privacyinventory.model.Dpia;
import io.privacyinventory.model.DpiaStatus;
import io.privacyinventory.ui.form.Choices;
import io.privacyinventory.ui.form.Commit;
import io.privacyinventory.ui.form.Forms;
import io.privacyinventory.ui.form.TextFieldBinding;
import java.util.List;
import java.util.Objects;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Control;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The editor's safeguards section: security measures, a statutory requirement, automated
 * decisions, the DPIA and its screening. Changes go through the editor's {@code edit}, as what
 * changed.
 */
final class SafeguardsSection {
    private final ActivityEditor editor;
    private final TextArea security = ActivityEditor.area(3);
    private final TextArea statutory = ActivityEditor.area(2);
    private final CheckBox automatedUsed = new CheckBox();
    private final TextArea automatedLogic = ActivityEditor.area(2);
    private final Choices<DpiaStatus> dpiaStatus;
    private final TextField dpiaReference = new TextField();
    private final DpiaScreening dpiaScreening;
    private final TextFieldBinding securityBinding;
    private final TextFieldBinding statutoryBinding;
    private final TextFieldBinding logicBinding;
    private final GridPane grid = Forms.grid();

    SafeguardsSection(ActivityEditor editor) {
        this.editor = editor;
        securityBinding = new TextFieldBinding(
                security,
                false,
                change -> editor.edit(a -> a.withSecurityMeasures(change.apply(a.securityMeasures()))));
        statutoryBinding = new TextFieldBinding(
                statutory,
                false,
                change -> editor.edit(a -> a.withStatutoryRequirement(change.apply(a.statutoryRequirement()))));
        automatedUsed.setText(editor.messages.get("editor.automatedUsed"));
        automatedUsed.setWrapText(true);
        automatedUsed
                .selectedProperty()
                .addListener((observable, old, used) ->
                        editor.edit(a -> a.withAutomatedDecisions(new AutomatedDecisions(
                                used,
                                a.automatedDecisions() == null
                                        ? null
                                        : a.automatedDecisions().logic()))));
        logicBinding = new TextFieldBinding(
                automatedLogic,
                false,
                change -> editor.edit(a -> a.withAutomatedDecisions(new AutomatedDecisions(
                        a.automatedDecisions() != null && a.automatedDecisions().used(),
                        change.apply(
                                a.automatedDecisions() == null
                                        ? null
                                        : a.automatedDecisions().logic())))));
        automatedLogic.visibleProperty().bind(automatedUsed.selectedProperty());
        automatedLogic.managedProperty().bind(automatedUsed.selectedProperty());
        dpiaStatus = new Choices<>(
                List.of(DpiaStatus.values()),
                true,
                editor.terms::label,
                editor.messages.get("choice.none"),
                value -> editor.edit(a -> a.withDpia(
                        value == null
                                ? null
                                : new Dpia(
                                        value,
                                        a.dpia() == null ? null : a.dpia().reference()))));
        dpiaScreening = new DpiaScreening(editor.messages, editor.terms, editor::edit);
        Commit.onDone(
                dpiaReference,
                () -> {
                    String value = Forms.blankToNull(dpiaReference.getText());
                    Dpia dpia = editor.activity().dpia();
                    if (dpia != null && !Objects.equals(value, dpia.reference())) {
                        editor.edit(a -> a.dpia() == null
                                ? a
                                : a.withDpia(new Dpia(a.dpia().status(), value)));
                    }
                },
                () -> dpiaReference.setText(referenceOf(editor.activity())));

        Forms.addRow(grid, 0, editor.messages.get("editor.security"), security);
        Forms.addRow(grid, 1, editor.messages.get("editor.statutory"), statutory);
        Forms.addRow(grid, 2, editor.messages.get("editor.automated"), new VBox(6, automatedUsed, automatedLogic));
        HBox dpiaBox = new HBox(8, dpiaStatus.control(), dpiaReference);
        dpiaReference.setPromptText(editor.messages.get("editor.dpiaReference"));
        HBox.setHgrow(dpiaReference, Priority.ALWAYS);
        // the status keeps its words ("Ikke påkrevd"); the reference field gives way
        dpiaStatus.control().setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Forms.addRow(grid, 3, editor.messages.get("editor.dpia"), new VBox(8, dpiaBox, dpiaScreening.node()));
    }

    Node node() {
        return grid;
    }

    /** Fills the controls from {@code shown}; a field being typed in keeps its text unless another activity is shown. */
    void show(Activity shown, String language, String fallback, boolean other) {
        securityBinding.show(shown.securityMeasures(), language, fallback);
        statutoryBinding.show(shown.statutoryRequirement(), language, fallback);
        AutomatedDecisions decisions = shown.automatedDecisions();
        automatedUsed.setSelected(decisions != null && decisions.used());
        logicBinding.show(decisions == null ? null : decisions.logic(), language, fallback);
        dpiaStatus.set(shown.dpia() == null ? null : shown.dpia().status());
        dpiaReference.setDisable(shown.dpia() == null);
        if (!dpiaReference.isFocused() || other) {
            dpiaReference.setText(referenceOf(shown));
        }
        dpiaScreening.show(shown.dpiaScreening());
    }

    /** The control for one of this section's fields, or null if the field is not one of them. */
    Control control(String field) {
        return switch (field) {
            case "securityMeasures" -> security;
            case "statutoryRequirement" -> statutory;
            case "automatedDecisions" -> automatedLogic;
            case "dpia", "dpiaScreening" -> dpiaStatus.control();
            default -> null;
        };
    }

    private static String referenceOf(Activity activity) {
        return activity.dpia() == null ? "" : Objects.toString(activity.dpia().reference(), "");
    }
}
