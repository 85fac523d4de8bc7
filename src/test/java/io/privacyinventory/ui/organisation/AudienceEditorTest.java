package io.privacyinventory.ui.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import io.privacyinventory.model.Audience;
import io.privacyinventory.ui.FxWait;
import io.privacyinventory.ui.Messages;
import io.privacyinventory.ui.SectionOnFile;
import java.util.Locale;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.controlsfx.control.CheckListView;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The audiences of the notice are edited under Organisation & notice, saved at once and undoable. */
class AudienceEditorTest extends SectionOnFile {
    @Start
    @Override
    protected void start(Stage stage) {
        super.start(stage);
    }

    @Test
    void anAudienceIsAddedNamedGivenItsSubjectsRemovedAndTheRemovalUndone(FxRobot robot) throws Exception {
        openClinic();
        OrganisationView view =
                new OrganisationView(document, new Messages(Locale.ENGLISH), new SimpleStringProperty("en"));
        show(robot, view);
        @SuppressWarnings("unchecked")
        ComboBox<String> picker = robot.lookup("#audiencePicker").queryAs(ComboBox.class);
        assertThat(picker.getItems()).containsExactly("patients", "employees", "website-visitors");
        assertThat(robot.lookup("#audienceTitle-en").queryAs(TextField.class).getText())
                .isEqualTo("Privacy notice for patients of Fjellvik Helse");

        FxWait.run(() -> assertThat(findEditor(view).addAudience("walk-ins")).isTrue());
        FxWait.run(() -> assertThat(findEditor(view).addAudience("walk-ins"))
                .as("a taken id")
                .isFalse());
        FxWait.run(() -> assertThat(findEditor(view).addAudience("Walk Ins"))
                .as("not an id")
                .isFalse());
        saved();
        assertThat(picker.getValue()).isEqualTo("walk-ins");

        TextField title = robot.lookup("#audienceTitle-en").queryAs(TextField.class);
        FxWait.run(() -> {
            title.setText("Privacy notice for walk-in patients");
            title.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.ENTER, false, false, false, false));
        });
        @SuppressWarnings("unchecked")
        CheckListView<String> subjects = robot.lookup("#audienceSubjects").queryAs(CheckListView.class);
        FxWait.run(() -> subjects.getCheckModel().check("patients"));

        Audience added = saved().notice().audiences().get(3);
        assertThat(added.id()).isEqualTo("walk-ins");
        assertThat(added.title().get("en")).contains("Privacy notice for walk-in patients");
        assertThat(added.dataSubjects()).containsExactly("patients");

        FxWait.run(() -> findEditor(view).removeSelected());
        assertThat(saved().notice().audiences()).extracting(Audience::id).doesNotContain("walk-ins");
        FxWait.run(() -> document.undo());
        assertThat(saved().notice().audiences()).extracting(Audience::id).contains("walk-ins");
    }

    private static AudienceEditor findEditor(OrganisationView view) {
        return view.audienceEditor();
    }
}
