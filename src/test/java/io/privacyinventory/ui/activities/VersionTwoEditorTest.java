package io.privacyinventory.ui.activities;

import static org.assertj.core.api.Assertions.assertThat;

import io.privacyinventory.model.DpiaCriterion;
import io.privacyinventory.model.LegalBasis;
import io.privacyinventory.model.PurposeUse;
import io.privacyinventory.ui.FxStageExtension;
import io.privacyinventory.ui.FxWait;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * The activity editor's format version 2 parts on real controls and a real file: the Art. 10
 * authority of a purpose entry, a purpose added again for another basis, and the DPIA screening.
 */
@ExtendWith(FxStageExtension.class)
class VersionTwoEditorTest extends ActivityEditorOnFile {
    @Start
    @Override
    protected void start(Stage stage) {
        super.start(stage);
    }

    private void show(FxRobot robot, String activityId, Locale locale) throws Exception {
        show(robot, clinic(), activityId, locale, locale.getLanguage());
    }

    private static boolean shown(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false);
    }

    @Test
    void theArt10AuthorityIsAskedForCriminalDataAndTheArt9ConditionOnlyForSpecialData(FxRobot robot) throws Exception {
        show(robot, "recruitment", Locale.ENGLISH);
        assertThat(shown(robot, "#criminalAuthority-0"))
                .as("recruitment uses police certificates")
                .isTrue();
        assertThat(shown(robot, "#specialCondition-0"))
                .as("recruitment uses no special data")
                .isFalse();
        TextField authority = robot.lookup("#criminalAuthority-1").queryAs(TextField.class);
        assertThat(authority.getText()).contains("section 11");

        FxWait.run(() ->
                robot.lookup("#criminalAuthority-0").queryAs(TextField.class).requestFocus());
        robot.write("Health Personnel Act section 20 a").type(KeyCode.ENTER);

        PurposeUse first = saved("recruitment").purposes().get(0);
        assertThat(first.criminalOffenceAuthority().get("en")).hasValue("Health Personnel Act section 20 a");
        assertThat(first.legalBasis()).as("the rest of the entry is kept").isEqualTo(LegalBasis.CONTRACT);
    }

    @Test
    void neitherConditionNorAuthorityIsAskedWithoutSensitiveData(FxRobot robot) throws Exception {
        show(robot, "booking-billing", Locale.ENGLISH);
        assertThat(robot.lookup("#criminalAuthority-0").tryQuery()).isPresent();
        assertThat(shown(robot, "#criminalAuthority-0")).isFalse();
        assertThat(shown(robot, "#specialCondition-0")).isFalse();
    }

    @Test
    void aPurposeAlreadyPursuedIsAddedAgainForAnotherBasis(FxRobot robot) throws Exception {
        show(robot, "booking-billing", Locale.ENGLISH);
        String invoicing = document.inventory().purposes().stream()
                .filter(p -> p.id().equals("invoicing"))
                .findFirst()
                .orElseThrow()
                .name()
                .get("en")
                .orElseThrow();
        MenuButton add = robot.lookup("#addPurpose").queryAs(MenuButton.class);
        FxWait.run(add::show);
        MenuItem again = add.getItems().stream()
                .filter(item -> item.getText() != null && item.getText().startsWith(invoicing + " "))
                .findFirst()
                .orElseThrow();
        assertThat(again.getText()).contains("another legal basis");
        FxWait.run(() -> {
            add.hide();
            again.fire();
        });

        List<PurposeUse> purposes = saved("booking-billing").purposes();
        assertThat(purposes).hasSize(4);
        assertThat(purposes)
                .filteredOn(use -> use.purpose().equals("invoicing"))
                .hasSize(2);
        assertThat(purposes.get(3).legalBasis()).as("the basis is chosen next").isNull();
    }

    @Test
    void twoScreeningCriteriaSayADpiaIsLikelyRequired(FxRobot robot) throws Exception {
        show(robot, "booking-billing", Locale.forLanguageTag("nb"));
        assertThat(shown(robot, "#dpiaLikelyRequired")).isFalse();
        CheckBox scale = robot.lookup("#dpiaCriterion-large-scale").queryAs(CheckBox.class);
        CheckBox scoring = robot.lookup("#dpiaCriterion-evaluation-scoring").queryAs(CheckBox.class);

        FxWait.run(scale::fire);
        assertThat(saved("booking-billing").dpiaScreening()).containsExactly(DpiaCriterion.LARGE_SCALE);
        assertThat(shown(robot, "#dpiaLikelyRequired"))
                .as("one criterion is not enough")
                .isFalse();
        FxWait.run(scoring::fire);

        assertThat(saved("booking-billing").dpiaScreening())
                .containsExactly(DpiaCriterion.EVALUATION_SCORING, DpiaCriterion.LARGE_SCALE);
        assertThat(shown(robot, "#dpiaLikelyRequired")).isTrue();
        assertThat(robot.lookup("#dpiaLikelyRequired").queryLabeled().getText()).isEqualTo("DPIA er trolig påkrevd");
    }
}
