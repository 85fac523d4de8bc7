package io.privacyinventory.ui.form;

import static org.assertj.core.api.Assertions.assertThat;

import io.privacyinventory.ui.FxStageExtension;
import io.privacyinventory.ui.FxWait;
import io.privacyinventory.ui.Theme;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.framework.junit5.Start;

/**
 * A table whose empty rows have no cells: the rows with items show their texts in every column as
 * before, rows below them stand empty, an item added or moved into an empty row shows in it, and a
 * row that lost its item shows nothing of it.
 */
@ExtendWith(FxStageExtension.class)
class BareEmptyRowsTest {
    private TableView<String> table;

    @Start
    void start(Stage stage) {
        table = new TableView<>();
        for (String heading : List.of("Name", "Length")) {
            TableColumn<String, String> column = new TableColumn<>(heading);
            column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(
                    heading.equals("Name")
                            ? cell.getValue()
                            : Integer.toString(cell.getValue().length())));
            column.setPrefWidth(150);
            table.getColumns().add(column);
        }
        BareEmptyRows.install(table);
        table.getItems().setAll("Payroll", "Customer support");
        Scene scene = new Scene(table, 400, 500);
        Theme.style(scene);
        stage.setScene(scene);
        stage.show();
    }

    @ParameterizedTest(name = "dark theme: {0}")
    @ValueSource(booleans = {false, true})
    void rowsWithItemsShowThemAndEmptyRowsStandBare(boolean dark) {
        FxWait.run(() -> Theme.apply(dark));
        FxWait.run(() -> {});

        assertThat(texts()).containsExactly(List.of("Payroll", "7"), List.of("Customer support", "16"));
        List<TableRow<?>> empty = rows().stream().filter(TableRow::isEmpty).toList();
        assertThat(empty).as("the empty rows filling the table below its items").hasSizeGreaterThan(5);
        assertThat(empty).allSatisfy(row -> {
            assertThat(cells(row)).isEmpty();
            assertThat(row.getHeight()).isEqualTo(rows().get(0).getHeight());
        });
    }

    @Test
    void anItemAddedShowsInWhatWasAnEmptyRowAndARowEmptiedShowsNothing() {
        FxWait.run(() -> Theme.apply(false));
        FxWait.run(() -> {});

        FxWait.run(() -> table.getItems().addAll("Marketing", "Recruitment"));
        assertThat(texts())
                .containsExactly(
                        List.of("Payroll", "7"),
                        List.of("Customer support", "16"),
                        List.of("Marketing", "9"),
                        List.of("Recruitment", "11"));

        FxWait.run(() -> table.getItems().remove(0, 3));
        assertThat(texts()).containsExactly(List.of("Recruitment", "11"));
        assertThat(rows().stream().filter(TableRow::isEmpty))
                .allSatisfy(row -> assertThat(cells(row))
                        .allSatisfy(cell -> assertThat(cell.getText()).isNull()));

        FxWait.run(() -> table.getItems().add(0, "Payroll"));
        assertThat(texts()).containsExactly(List.of("Payroll", "7"), List.of("Recruitment", "11"));
    }

    @Test
    void narrowedColumnsTakeAwayTheHorizontalScrollBarAsInATableWithUsualRows() {
        FxWait.run(() -> {
            Theme.apply(false);
            table.getColumns().forEach(column -> column.setPrefWidth(300));
        });
        FxWait.settle();
        assertThat(horizontalScrollBarShown())
                .as("columns of 600 px in a table of 400")
                .isTrue();

        FxWait.run(() -> table.getColumns().forEach(column -> column.setPrefWidth(150)));
        FxWait.settle();
        FxWait.settle();
        assertThat(horizontalScrollBarShown())
                .as("columns of 300 px in a table of 400")
                .isFalse();
    }

    private boolean horizontalScrollBarShown() {
        return table.lookupAll(".scroll-bar").stream()
                .anyMatch(node -> node instanceof ScrollBar bar
                        && bar.getOrientation() == Orientation.HORIZONTAL
                        && bar.isVisible());
    }

    /** The texts of the rows that show an item, top to bottom, a list per row. */
    private List<List<String>> texts() {
        List<List<String>> shown = new ArrayList<>();
        rows().stream()
                .filter(row -> !row.isEmpty())
                .sorted(java.util.Comparator.comparingInt(TableRow::getIndex))
                .forEach(row -> shown.add(cells(row).stream()
                        .filter(TableCell::isVisible)
                        .map(TableCell::getText)
                        .toList()));
        return shown;
    }

    private List<TableRow<?>> rows() {
        List<TableRow<?>> rows = new ArrayList<>();
        for (Node node : table.lookupAll(".table-row-cell")) {
            if (node instanceof TableRow<?> row && row.isVisible()) {
                rows.add(row);
            }
        }
        rows.sort(java.util.Comparator.comparingDouble(
                row -> row.localToScene(0, 0).getY()));
        return rows;
    }

    private static List<TableCell<?, ?>> cells(TableRow<?> row) {
        List<TableCell<?, ?>> cells = new ArrayList<>();
        for (Node child : row.getChildrenUnmodifiable()) {
            if (child instanceof TableCell<?, ?> cell) {
                cells.add(cell);
            }
        }
        return cells;
    }
}
