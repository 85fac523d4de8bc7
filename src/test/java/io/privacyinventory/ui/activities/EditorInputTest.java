package io.privacyinventory.ui.activities;

import static org.assertj.core.api.Assertions.assertThat;

import io.privacyinventory.model.Activity;
import io.privacyinventory.model.Contact;
import io.privacyinventory.model.Inventory;
import io.privacyinventory.model.Role;
import io.privacyinventory.model.Text;
import io.privacyinventory.ui.FxStageExtension;
import io.privacyinventory.ui.FxWait;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * What the activity editor takes from the keyboard and how it shows what it has, on real controls
 * and a real file: dates in ISO and the interface language's short form, a clear word for what is
 * not taken, texts of the other content language shown greyed.
 */
@ExtendWith(FxStageExtension.class)
class EditorInputTest extends ActivityEditorOnFile {
    @Start
    @Override
    protected void start(Stage stage) {
        super.start(stage);
    }

    private void typeDate(FxRobot robot, String pickerId, String text) {
        DatePicker picker = robot.lookup("#" + pickerId).queryAs(DatePicker.class);
        FxWait.run(() -> {
            picker.getEditor().requestFocus();
            picker.getEditor().setText(text);
        });
        robot.type(KeyCode.ENTER);
        FxWait.settle();
    }

    private static String problemUnder(DatePicker picker) {
        return picker.getParent().getChildrenUnmodifiable().stream()
                .filter(Label.class::isInstance)
                .map(Label.class::cast)
                .filter(Node::isVisible)
                .map(Label::getText)
                .findFirst()
                .orElse("");
    }

    @Test
    void aDateIsTakenInIsoAndInBokmalsShortFormAndShownInBokmal(FxRobot robot) throws Exception {
        show(robot, clinic(), "patient-care", Locale.forLanguageTag("nb"), "en");
        typeDate(robot, "reviewDue", "2027-06-30");
        assertThat(saved("patient-care").reviewDue()).isEqualTo(LocalDate.of(2027, 6, 30));
        DatePicker due = robot.lookup("#reviewDue").queryAs(DatePicker.class);
        assertThat(due.getEditor().getText()).isEqualTo("30.06.2027");

        typeDate(robot, "reviewedOn", "1.7.2026");
        assertThat(saved("patient-care").reviewedOn()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(problemUnder(due)).isEmpty();
    }

    @Test
    void englishTakesItsOwnShortFormAndIso(FxRobot robot) throws Exception {
        show(robot, clinic(), "patient-care", Locale.ENGLISH, "en");
        typeDate(robot, "reviewDue", "6/30/2027");
        assertThat(saved("patient-care").reviewDue()).isEqualTo(LocalDate.of(2027, 6, 30));
        typeDate(robot, "reviewedOn", "2026-12-01");
        assertThat(saved("patient-care").reviewedOn()).isEqualTo(LocalDate.of(2026, 12, 1));
    }

    @Test
    void aTextThatIsNoDateIsRefusedWithAMessageNextToTheField(FxRobot robot) throws Exception {
        show(robot, clinic(), "patient-care", Locale.forLanguageTag("nb"), "en");
        typeDate(robot, "reviewDue", "2027-06-30");
        assertThat(saved("patient-care").reviewDue()).isEqualTo(LocalDate.of(2027, 6, 30));

        typeDate(robot, "reviewDue", "neste sommer");
        DatePicker due = robot.lookup("#reviewDue").queryAs(DatePicker.class);
        assertThat(problemUnder(due))
                .contains("neste sommer")
                .contains("30.06.2027")
                .contains("2027-06-30");
        assertThat(saved("patient-care").reviewDue()).as("the date is kept").isEqualTo(LocalDate.of(2027, 6, 30));

        typeDate(robot, "reviewDue", "01.09.2027");
        assertThat(problemUnder(due)).as("a good date takes the message away").isEmpty();
        assertThat(saved("patient-care").reviewDue()).isEqualTo(LocalDate.of(2027, 9, 1));
    }

    @Test
    void theDefaultLanguageShowsTextsWrittenOnlyInTheOtherLanguageGreyed(FxRobot robot) throws Exception {
        Inventory clinic = clinic();
        UnaryOperator<Activity> onlyBokmal =
                a -> a.id().equals("patient-care") ? a.withDescription(Text.of("nb", "Undersøkelse og behandling")) : a;
        Inventory twoLanguages = new Inventory(
                List.of("en", "nb"),
                clinic.organisation(),
                clinic.notice(),
                clinic.dataSubjects(),
                clinic.dataCategories(),
                clinic.purposes(),
                clinic.recipients(),
                clinic.activities().stream().map(onlyBokmal).toList(),
                clinic.publishedNotices());
        show(robot, twoLanguages, "patient-care", Locale.ENGLISH, "en");
        TextArea description = robot.lookup("#activityDescription").queryAs(TextArea.class);
        assertThat(description.getText()).isEmpty();
        assertThat(description.getPromptText()).isEqualTo("Undersøkelse og behandling");
    }

    private void typeInto(FxRobot robot, String fieldId, String text) {
        TextInputControl field = robot.lookup("#" + fieldId).queryAs(TextInputControl.class);
        FxWait.run(() -> {
            field.requestFocus();
            field.setText(text);
        });
        robot.type(KeyCode.ENTER);
        FxWait.settle();
    }

    private static String lineOf(FxRobot robot, String id) {
        Label line = robot.lookup("#" + id).queryAs(Label.class);
        return line.isVisible() ? line.getText() : "";
    }

    @Test
    void aRetentionPeriodThatIsNoPeriodIsRefusedNextToTheFieldAndKeptForCorrection(FxRobot robot) throws Exception {
        show(robot, clinic(), "patient-care", Locale.ENGLISH, "en");
        typeInto(robot, "retentionPeriod-0", "abc");
        assertThat(lineOf(robot, "retentionPeriodProblem-0")).contains("“abc” is not a period");
        assertThat(robot.lookup("#retentionPeriod-0")
                        .queryAs(TextInputControl.class)
                        .getText())
                .isEqualTo("abc");
        assertThat(saved("patient-care").retention().get(0).period()).isEqualTo("P10Y");

        typeInto(robot, "retentionPeriod-0", "12");
        assertThat(lineOf(robot, "retentionPeriodProblem-0")).isEmpty();
        assertThat(saved("patient-care").retention().get(0).period()).isEqualTo("P12Y");
    }

    @Test
    void anEmptyNameIsRefusedWithItsReasonNotSilentlyPutBack(FxRobot robot) throws Exception {
        show(robot, clinic(), "patient-care", Locale.ENGLISH, "en");
        Text before = saved("patient-care").name();
        typeInto(robot, "activityName", "");
        assertThat(lineOf(robot, "activityNameProblem")).startsWith("A name is needed");
        assertThat(robot.lookup("#activityName").queryAs(TextInputControl.class).getText())
                .isEmpty();
        assertThat(saved("patient-care").name()).isEqualTo(before);

        typeInto(robot, "activityName", "Patient care");
        assertThat(lineOf(robot, "activityNameProblem")).isEmpty();
        assertThat(saved("patient-care").name().get("en")).contains("Patient care");
    }

    @Test
    void anEmailAddressWithoutItsAtSignIsRefusedNextToTheField(FxRobot robot) throws Exception {
        Inventory clinic = clinic();
        UnaryOperator<Activity> joint = a -> a.id().equals("patient-care")
                ? a.withRole(Role.JOINT_CONTROLLER)
                        .withControllers(List.of(new Contact("Partner clinic", null, null, null)))
                : a;
        Inventory withPartner = new Inventory(
                clinic.languages(),
                clinic.organisation(),
                clinic.notice(),
                clinic.dataSubjects(),
                clinic.dataCategories(),
                clinic.purposes(),
                clinic.recipients(),
                clinic.activities().stream().map(joint).toList(),
                clinic.publishedNotices());
        show(robot, withPartner, "patient-care", Locale.ENGLISH, "en");
        typeInto(robot, "contactEmail-0", "privacy at vmware");
        assertThat(lineOf(robot, "contactEmail-0Problem")).contains("“privacy at vmware” is not an e-mail address");
        assertThat(saved("patient-care").controllers().get(0).email()).isNull();

        typeInto(robot, "contactEmail-0", "privacy@partner.example");
        assertThat(lineOf(robot, "contactEmail-0Problem")).isEmpty();
        assertThat(saved("patient-care").controllers().get(0).email()).isEqualTo("privacy@partner.example");
    }
}
