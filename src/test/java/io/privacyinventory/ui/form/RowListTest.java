package io.privacyinventory.ui.form;

import static org.assertj.core.api.Assertions.assertThat;

import io.privacyinventory.ui.FxStageExtension;
import io.privacyinventory.ui.FxWait;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * Rows belong to their position: when the list grows or shrinks (another activity shown, a row
 * added or removed), the rows already there stay the same controls, so the field being typed in
 * keeps its focus and text, and a position built once is not built again.
 */
@ExtendWith(FxStageExtension.class)
class RowListTest {
    private final AtomicInteger built = new AtomicInteger();
    private final List<List<String>> changes = new ArrayList<>();
    private RowList<String> rows;

    @Start
    void start(Stage stage) {
        rows = new RowList<>(
                (list, index) -> {
                    built.incrementAndGet();
                    TextField field = new TextField();
                    field.setId("row-" + index);
                    return new RowList.Row<String>() {
                        @Override
                        public Node node() {
                            return field;
                        }

                        @Override
                        public void show(String value) {
                            field.setText(value);
                        }

                        @Override
                        public javafx.scene.control.Control control(String name) {
                            return field;
                        }
                    };
                },
                change -> changes.add(change.apply(rows.values())));
        rows.show(List.of("payroll", "recruitment"));
        stage.setScene(new Scene((Parent) rows.node(), 400, 300));
        stage.show();
    }

    @Test
    void aRowKeepsItsControlsAndFocusWhileTheListChangesLength(FxRobot robot) {
        TextField first = robot.lookup("#row-0").queryAs(TextField.class);
        FxWait.run(first::requestFocus);

        FxWait.run(() -> rows.show(List.of("payroll", "recruitment", "training")));
        assertThat(robot.lookup("#row-0").queryAs(TextField.class)).isSameAs(first);
        assertThat(first.isFocused()).isTrue();
        assertThat(texts(robot)).containsExactly("payroll", "recruitment", "training");

        FxWait.run(() -> rows.show(List.of("payroll")));
        assertThat(texts(robot)).containsExactly("payroll");
        assertThat(robot.lookup("#row-1").tryQuery().filter(javafx.scene.Node::isVisible))
                .isEmpty();
        assertThat(first.isFocused()).isTrue();

        FxWait.run(() -> rows.show(List.of("payroll", "pensions", "canteen")));
        assertThat(texts(robot)).containsExactly("payroll", "pensions", "canteen");
        assertThat(built.get()).as("rows built, over all lengths shown").isEqualTo(3);
    }

    @Test
    void aRemovedPositionReportsNoControlAndItsChangesAreAppliedToTheLatestList(FxRobot robot) {
        FxWait.run(() -> rows.show(List.of("payroll")));
        assertThat(rows.control(0, "text")).isNotNull();
        assertThat(rows.control(1, "text"))
                .as("a row built before but not shown now")
                .isNull();

        FxWait.run(() -> rows.changed(0, value -> value + " (monthly)"));
        assertThat(changes).containsExactly(List.of("payroll (monthly)"));
    }

    private static List<String> texts(FxRobot robot) {
        return robot.lookup(".text-field").queryAllAs(TextField.class).stream()
                .filter(javafx.scene.Node::isVisible)
                .map(TextField::getText)
                .toList();
    }
}
