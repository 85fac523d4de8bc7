package io.privacyinventory.ui.activities;

import static org.assertj.core.api.Assertions.assertThat;

import io.privacyinventory.ui.FxStageExtension;
import io.privacyinventory.ui.FxWait;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * The editor's sections below the fold are left out of the first frame and built a moment later
 * or when first needed; built late, they show the activity shown then and save through the same
 * edits as the rest of the editor.
 */
@ExtendWith(FxStageExtension.class)
class SectionsBuiltLaterTest extends ActivityEditorOnFile {
    @Start
    @Override
    protected void start(Stage stage) {
        super.start(stage);
    }

    @Test
    void theFirstFrameHoldsOnlyTheSectionsAboveTheFoldAndTheRestFollowWithTheActivitysValues(FxRobot robot)
            throws Exception {
        AtomicInteger placeholders = new AtomicInteger();
        AtomicReference<Node> reviewDue = new AtomicReference<>();
        showFirstFrame(robot, clinic(), "patient-care", Locale.ENGLISH, "en", () -> {
            placeholders.set(
                    stage.getScene().getRoot().lookupAll(".section-later").size());
            reviewDue.set(stage.getScene().getRoot().lookup("#reviewDue"));
        });
        assertThat(placeholders.get()).as("sections standing as placeholders").isEqualTo(6);
        assertThat(reviewDue.get()).as("the review date before the first frame").isNull();
        assertThat(robot.lookup("#activityName").tryQuery()).isPresent();

        waitUntilBuilt(robot);
        assertThat(robot.lookup("#reviewDue").queryAs(DatePicker.class).getValue())
                .isEqualTo(LocalDate.of(2027, 3, 10));
        assertThat(robot.lookup("#legalBasis-3").tryQuery())
                .as("the fourth purpose's row")
                .isPresent();
    }

    @Test
    void aSectionBuiltAfterAnotherActivityWasChosenShowsThatOneAndSavesToIt(FxRobot robot) throws Exception {
        showFirstFrame(
                robot,
                clinic(),
                "patient-care",
                Locale.ENGLISH,
                "en",
                () -> model.selectedIdProperty().set("recruitment"));
        waitUntilBuilt(robot);
        DatePicker due = robot.lookup("#reviewDue").queryAs(DatePicker.class);
        assertThat(due.getValue()).isEqualTo(LocalDate.of(2026, 12, 15));
        TextArea notes = robot.lookup("#activityNotes").queryAs(TextArea.class);
        assertThat(notes.getText()).startsWith("Legal to confirm");

        FxWait.run(() -> {
            due.getEditor().requestFocus();
            due.getEditor().setText("2027-06-30");
        });
        robot.type(KeyCode.ENTER);
        FxWait.settle();
        assertThat(saved("recruitment").reviewDue()).isEqualTo(LocalDate.of(2027, 6, 30));
        assertThat(saved("patient-care").reviewDue()).isEqualTo(LocalDate.of(2027, 3, 10));

        FxWait.run(() -> document.undo());
        FxWait.settle();
        assertThat(saved("recruitment").reviewDue()).isEqualTo(LocalDate.of(2026, 12, 15));
        assertThat(due.getValue()).isEqualTo(LocalDate.of(2026, 12, 15));
    }

    @Test
    void goingToAFieldOfASectionNotBuiltYetBuildsItAndScrollsToTheField(FxRobot robot) throws Exception {
        AtomicReference<Node> before = new AtomicReference<>();
        showFirstFrame(robot, clinic(), "patient-care", Locale.ENGLISH, "en", () -> {
            before.set(stage.getScene().getRoot().lookup("#reviewDue"));
            view.select("recruitment", "reviewDue");
        });
        assertThat(before.get()).isNull();
        FxWait.settle();
        DatePicker due = robot.lookup("#reviewDue").queryAs(DatePicker.class);
        assertThat(due.getValue()).isEqualTo(LocalDate.of(2026, 12, 15));
        AtomicReference<Node> focused = new AtomicReference<>();
        FxWait.run(() -> focused.set(stage.getScene().getFocusOwner()));
        assertThat(isWithin(focused.get(), due)).as("focus on the review date").isTrue();
        ScrollPane page = robot.lookup("#activityEditor").queryAs(ScrollPane.class);
        var shown = page.localToScene(page.getLayoutBounds());
        var at = due.localToScene(due.getLayoutBounds());
        assertThat(at.getMinY()).isGreaterThanOrEqualTo(shown.getMinY());
        assertThat(at.getMaxY()).isLessThanOrEqualTo(shown.getMaxY());
    }

    @Test
    void tabbingIntoASectionNotBuiltYetBuildsItAndPutsTheFocusInIt(FxRobot robot) throws Exception {
        AtomicReference<Node> focused = new AtomicReference<>();
        showFirstFrame(robot, clinic(), "patient-care", Locale.ENGLISH, "en", () -> {
            stage.getScene().getRoot().lookup(".section-later").requestFocus();
        });
        FxWait.settle();
        FxWait.run(() -> focused.set(stage.getScene().getFocusOwner()));
        assertThat(focused.get().getStyleClass()).doesNotContain("section-later");
        Node legalBasis = robot.lookup("#legalBasis-0").query();
        assertThat(isWithin(focused.get(), legalBasis.getParent()))
                .as("focus in the purposes section, not on " + focused.get())
                .isTrue();
    }

    private static boolean isWithin(Node node, Node ancestor) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (at == ancestor) {
                return true;
            }
        }
        return false;
    }
}
