package io.privacyinventory.ui.activities;

import io.privacyinventory.model.EntityType;
import io.privacyinventory.model.LegalBasis;
import io.privacyinventory.model.PurposeUse;
import io.privacyinventory.model.SpecialCategoryCondition;
import io.privacyinventory.ui.form.Choices;
import io.privacyinventory.ui.form.RowList;
import io.privacyinventory.ui.form.TextFieldBinding;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/**
 * A purpose as the activity pursues it: the legal basis, its reference, the legitimate-interest
 * statement (only for legitimate interests), the Art. 9 condition (only when the activity uses
 * special-category data) and the law that authorises criminal-offence data (Art. 10, only when the
 * activity uses such data). Either stays shown while the entry has one, so it can be cleared.
 */
final class PurposeRow implements RowList.Row<PurposeUse> {
    private final ActivityEditor editor;
    private final GridPane grid = new GridPane();
    private final Label purpose = new Label();
    private final Choices<LegalBasis> basis;
    private final TextField reference = new TextField();
    private final TextArea interest = ActivityEditor.area(2);
    private final Label interestLabel;
    private final Choices<SpecialCategoryCondition> condition;
    private final Label conditionLabel;
    private final TextField authority = new TextField();
    private final Label authorityLabel;
    private final TextFieldBinding authorityBinding;
    private final TextFieldBinding referenceBinding;
    private final TextFieldBinding interestBinding;
    private PurposeUse value;

    PurposeRow(ActivityEditor editor, RowList<PurposeUse> list, int index) {
        this.editor = editor;
        purpose.getStyleClass().add("row-title");
        purpose.setWrapText(true);
        basis = new Choices<>(
                List.of(LegalBasis.values()),
                true,
                editor.terms::label,
                editor.messages.get("editor.chooseBasis"),
                chosen -> list.changed(
                        index,
                        use -> new PurposeUse(
                                use.purpose(),
                                chosen,
                                use.legalBasisReference(),
                                chosen == LegalBasis.LEGITIMATE_INTERESTS ? use.legitimateInterest() : null,
                                use.specialCategoryCondition(),
                                use.criminalOffenceAuthority())));
        basis.control().setId("legalBasis-" + index);
        referenceBinding = new TextFieldBinding(
                reference,
                false,
                change -> list.changed(
                        index,
                        use -> new PurposeUse(
                                use.purpose(),
                                use.legalBasis(),
                                change.apply(use.legalBasisReference()),
                                use.legitimateInterest(),
                                use.specialCategoryCondition(),
                                use.criminalOffenceAuthority())));
        reference.setPromptText(editor.messages.get("editor.basisReference"));
        interest.setId("legitimateInterest-" + index);
        interestBinding = new TextFieldBinding(
                interest,
                false,
                change -> list.changed(
                        index,
                        use -> new PurposeUse(
                                use.purpose(),
                                use.legalBasis(),
                                use.legalBasisReference(),
                                change.apply(use.legitimateInterest()),
                                use.specialCategoryCondition(),
                                use.criminalOffenceAuthority())));
        interestLabel = new Label(editor.messages.get("editor.legitimateInterest"));
        condition = new Choices<>(
                List.of(SpecialCategoryCondition.values()),
                true,
                editor.terms::label,
                editor.messages.get("editor.chooseCondition"),
                chosen -> list.changed(
                        index,
                        use -> new PurposeUse(
                                use.purpose(),
                                use.legalBasis(),
                                use.legalBasisReference(),
                                use.legitimateInterest(),
                                chosen,
                                use.criminalOffenceAuthority())));
        conditionLabel = new Label(editor.messages.get("editor.condition"));
        condition.control().setId("specialCondition-" + index);
        authority.setId("criminalAuthority-" + index);
        authority.setPromptText(editor.messages.get("editor.criminalAuthorityPrompt"));
        authority.setMaxWidth(Double.MAX_VALUE);
        authorityBinding = new TextFieldBinding(
                authority,
                false,
                change -> list.changed(
                        index, use -> use.withCriminalOffenceAuthority(change.apply(use.criminalOffenceAuthority()))));
        authorityLabel = new Label(editor.messages.get("editor.criminalAuthority"));
        authorityLabel.setWrapText(true);
        Button remove = RowButtons.remove(editor.messages, () -> list.remove(index));

        grid.setHgap(8);
        grid.setVgap(6);
        grid.add(purpose, 0, 0);
        grid.add(remove, 1, 0);
        grid.add(basis.control(), 0, 1, 2, 1);
        grid.add(reference, 0, 2, 2, 1);
        grid.add(interestLabel, 0, 3, 2, 1);
        grid.add(interest, 0, 4, 2, 1);
        grid.add(conditionLabel, 0, 5, 2, 1);
        grid.add(condition.control(), 0, 6, 2, 1);
        grid.add(authorityLabel, 0, 7, 2, 1);
        grid.add(authority, 0, 8, 2, 1);
        interestLabel.setWrapText(true);
        interestLabel.setLabelFor(interest);
        conditionLabel.setLabelFor(condition.control());
        authorityLabel.setLabelFor(authority);
        reference.setMaxWidth(Double.MAX_VALUE);
        GridPane.setHgrow(purpose, Priority.ALWAYS);
        grid.getStyleClass().add("row-card");
    }

    @Override
    public Node node() {
        return grid;
    }

    @Override
    public javafx.scene.control.Control control(String field) {
        return switch (field) {
            case "legalBasis" -> basis.control();
            case "legalBasisReference" -> reference;
            case "legitimateInterest" -> interest;
            case "specialCategoryCondition" -> condition.control();
            case "criminalOffenceAuthority" -> authority;
            default -> null;
        };
    }

    @Override
    public void show(PurposeUse use) {
        value = use;
        purpose.setText(editor.nameOf(EntityType.PURPOSE, use.purpose()));
        basis.set(use.legalBasis());
        String fallback = editor.inventory().defaultLanguage();
        referenceBinding.show(use.legalBasisReference(), editor.language(), fallback);
        interestBinding.show(use.legitimateInterest(), editor.language(), fallback);
        boolean legitimate = use.legalBasis() == LegalBasis.LEGITIMATE_INTERESTS;
        visible(legitimate, interestLabel, interest);
        boolean special = editor.index().asksSpecialCondition(editor.activity(), use);
        condition.set(use.specialCategoryCondition());
        visible(special, conditionLabel, condition.control());
        authorityBinding.show(use.criminalOffenceAuthority(), editor.language(), fallback);
        boolean criminal = editor.index().usesCriminalData(editor.activity()) || use.criminalOffenceAuthority() != null;
        visible(criminal, authorityLabel, authority);
    }

    private static void visible(boolean shown, Node... nodes) {
        for (Node node : nodes) {
            node.setVisible(shown);
            node.setManaged(shown);
        }
    }
}
