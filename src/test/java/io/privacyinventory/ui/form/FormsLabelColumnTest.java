package io.privacyinventory.ui.form;

import static org.assertj.core.api.Assertions.assertThat;

import io.privacyinventory.ui.FxStageExtension;
import io.privacyinventory.ui.FxWait;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * A form row whose label holds a word longer than the label column's usual width (bokmål's
 * "personvernkonsekvenser") keeps the label beside its field, never drawn across it.
 */
@ExtendWith(FxStageExtension.class)
class FormsLabelColumnTest {
    private TextField field;
    private Label label;

    @Start
    void start(Stage stage) {
        field = new TextField();
        GridPane grid = Forms.grid();
        Forms.addRow(grid, 0, "Kort", new TextField());
        Forms.addRow(grid, 1, "Vurdering av personvernkonsekvensutredningsplikten (DPIA)", field);
        label = (Label) grid.getChildren().stream()
                .filter(node -> node instanceof Label l && l.getText().startsWith("Vurdering"))
                .findFirst()
                .orElseThrow();
        stage.setScene(new Scene(grid, 700, 300));
        stage.show();
    }

    @Test
    void theLongestWordWidensTheLabelColumnInsteadOfOverlappingTheField(FxRobot robot) {
        FxWait.run(() -> {});
        Bounds text = label.localToScene(label.getLayoutBounds());
        Bounds input = field.localToScene(field.getLayoutBounds());

        assertThat(label.getWidth()).isGreaterThanOrEqualTo(label.getMinWidth());
        assertThat(text.getMaxX()).isLessThanOrEqualTo(input.getMinX());
    }
}
