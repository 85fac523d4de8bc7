package io.privacyinventory.ui.organisation;

import io.privacyinventory.model.NoticeSettings;
import io.privacyinventory.model.RecordFields;
import io.privacyinventory.model.Text;
import io.privacyinventory.ui.Messages;
import io.privacyinventory.ui.document.InventoryDocument;
import io.privacyinventory.ui.form.Forms;
import io.privacyinventory.ui.form.TextFieldBinding;
import java.util.function.BooleanSupplier;
import java.util.function.UnaryOperator;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

/**
 * What the notice says about itself, under Organisation &amp; notice: its title, the date it takes
 * effect, its scope and introduction, and whether it lists what changed since the last published
 * one. Each control changes its own field of the notice settings as the document has them by then.
 */
final class NoticeSettingsForm {
    private final InventoryDocument document;
    private final ObservableValue<String> language;
    private final BooleanSupplier showing;
    private final GridPane grid = Forms.grid();
    private final TextFieldBinding title;
    private final DatePicker effective = new DatePicker();
    private final TextFieldBinding scope;
    private final TextFieldBinding introduction;
    private final CheckBox listChanges;

    NoticeSettingsForm(
            InventoryDocument document, Messages messages, ObservableValue<String> language, BooleanSupplier showing) {
        this.document = document;
        this.language = language;
        this.showing = showing;
        TextField titleField = new TextField();
        title = text(titleField, "title");
        effective.setMaxWidth(Double.MAX_VALUE);
        effective
                .valueProperty()
                .addListener((o, old, date) -> update(n -> RecordFields.with(n, "effectiveDate", date)));
        TextArea scopeArea = area();
        scope = text(scopeArea, "scope");
        TextArea introductionArea = area();
        introduction = text(introductionArea, "introduction");
        listChanges = new CheckBox(messages.get("notice.listChanges"));
        listChanges.setId("noticeListChanges");
        listChanges.setWrapText(true);
        listChanges.setOnAction(event -> update(n -> RecordFields.with(n, "listChanges", listChanges.isSelected())));
        Forms.addRow(grid, 0, messages.get("notice.title"), titleField);
        Forms.addRow(grid, 1, messages.get("notice.effectiveDate"), effective);
        Forms.addRow(grid, 2, messages.get("notice.scope"), scopeArea);
        Forms.addRow(grid, 3, messages.get("notice.introduction"), introductionArea);
        grid.add(listChanges, 1, 4);
    }

    Node node() {
        return grid;
    }

    /** Shows the document's notice settings in the content language (a field being typed in keeps its text). */
    void refresh() {
        NoticeSettings settings = document.inventory().notice();
        String fallback = document.inventory().defaultLanguage();
        title.show(settings.title(), language.getValue(), fallback);
        effective.setValue(settings.effectiveDate());
        scope.show(settings.scope(), language.getValue(), fallback);
        introduction.show(settings.introduction(), language.getValue(), fallback);
        listChanges.setSelected(settings.listChanges());
    }

    /** A text of the notice settings in one field: a change edits the content language's translation alone. */
    private TextFieldBinding text(javafx.scene.control.TextInputControl field, String name) {
        return new TextFieldBinding(
                field,
                false,
                change -> update(n -> RecordFields.with(n, name, change.apply((Text) RecordFields.get(n, name)))));
    }

    /** Changes the notice settings as they are by the time the change is made; nothing while the form is filled. */
    private void update(UnaryOperator<NoticeSettings> change) {
        if (!showing.getAsBoolean()) {
            document.changeNotice(change);
        }
    }

    private static TextArea area() {
        TextArea area = new TextArea();
        area.setPrefRowCount(3);
        area.setWrapText(true);
        return area;
    }
}
