package io.privacyinventory.ui.activities;

import io.privacyinventory.model.Activity;
import io.privacyinventory.ui.form.DateField;
import io.privacyinventory.ui.form.Dates;
import io.privacyinventory.ui.form.Forms;
import java.time.LocalDate;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.layout.GridPane;

/**
 * The editor's review section: when the activity was last reviewed and when it is due, as dates
 * in ISO or the interface language's short form ({@link Dates}).
 */
final class ReviewSection {
    private final DateField reviewedOn;
    private final DateField reviewDue;
    private final GridPane grid = Forms.grid();

    ReviewSection(ActivityEditor editor) {
        Dates dates = Dates.forLocale(editor.messages.locale());
        String example = dates.format(LocalDate.of(2027, 6, 30));
        reviewedOn = new DateField(
                dates,
                typed -> editor.messages.get("editor.notADate", typed, example),
                date -> editor.edit(a -> a.withReviewedOn(date)));
        reviewDue = new DateField(
                dates,
                typed -> editor.messages.get("editor.notADate", typed, example),
                date -> editor.edit(a -> a.withReviewDue(date)));
        reviewedOn.picker().setId("reviewedOn");
        reviewDue.picker().setId("reviewDue");
        Forms.addRow(grid, 0, editor.messages.get("editor.reviewedOn"), reviewedOn.node());
        Forms.addRow(grid, 1, editor.messages.get("editor.reviewDue"), reviewDue.node());
    }

    Node node() {
        return grid;
    }

    void show(Activity shown) {
        reviewedOn.set(shown.reviewedOn());
        reviewDue.set(shown.reviewDue());
    }

    /** The control for one of this section's fields, or null if the field is not one of them. */
    Control control(String field) {
        return switch (field) {
            case "reviewedOn" -> reviewedOn.picker();
            case "reviewDue" -> reviewDue.picker();
            default -> null;
        };
    }
}
