package io.privacyinventory.ui.compare;

import io.privacyinventory.model.Inventory;
import io.privacyinventory.model.diff.RecordDiffer;
import io.privacyinventory.ui.Messages;
import io.privacyinventory.ui.Theme;
import io.privacyinventory.ui.diff.DifferenceView;
import io.privacyinventory.ui.document.InventoryDocument;
import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * File › Compare with…: this record against another inventory file, or against this file as it
 * stood at the start of a day (rebuilt from its change log). The differences are shown per item,
 * each activity with its changed fields under it, labels translated and values in words.
 */
public final class CompareWithWindow {
    private final Stage stage = new Stage();
    private final InventoryDocument document;
    private final Messages messages;
    private final DifferenceView differences;
    private final Label result = new Label();
    private final DatePicker date = new DatePicker();

    public CompareWithWindow(Window owner, InventoryDocument document, Messages messages) {
        this.document = document;
        this.messages = messages;
        this.differences = new DifferenceView(messages);
        stage.initOwner(owner);
        stage.setTitle(messages.get("compare.title"));

        Label intro = new Label(messages.get("compare.intro"));
        intro.setWrapText(true);
        intro.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label fileLabel = new Label(messages.get("compare.otherFile"));
        Button choose = new Button(messages.get("compare.choose"));
        choose.setId("compareChooseFile");
        choose.setOnAction(event -> chooseFile());
        fileLabel.setLabelFor(choose);
        Label dateLabel = new Label(messages.get("compare.atDate"));
        dateLabel.setLabelFor(date);
        date.setId("compareDate");
        Button compareDate = new Button(messages.get("compare.button"));
        compareDate.setId("compareAtDate");
        compareDate.disableProperty().bind(date.valueProperty().isNull());
        compareDate.setOnAction(event -> compareAt(date.getValue()));
        HBox fileRow = new HBox(8, fileLabel, choose);
        HBox dateRow = new HBox(8, dateLabel, date, compareDate);
        for (HBox row : new HBox[] {fileRow, dateRow}) {
            row.setAlignment(Pos.CENTER_LEFT);
        }
        result.setId("compareResult");
        result.setWrapText(true);
        result.getStyleClass().add("diff-heading");
        VBox root = new VBox(10, intro, fileRow, dateRow, result, differences.root());
        root.setPadding(new Insets(10));
        root.getStyleClass().add("publish-window");
        VBox.setVgrow(differences.root(), Priority.ALWAYS);
        Scene scene = new Scene(root, 900, 680);
        Theme.style(scene);
        stage.setScene(scene);
    }

    public Stage stage() {
        return stage;
    }

    public void show() {
        stage.show();
    }

    private void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("compare.title"));
        chooser.getExtensionFilters()
                .add(new FileChooser.ExtensionFilter(messages.get("filter.inventoryOrJson"), "*.db", "*.json"));
        File chosen = chooser.showOpenDialog(stage);
        if (chosen != null) {
            compareWith(chosen.toPath());
        }
    }

    /** Compares this record with another file; the other one is "before". */
    public void compareWith(Path other) {
        document.reads().other(other, inventory -> show(other.getFileName().toString(), inventory), this::failed);
    }

    /** Compares this record with this file as it stood at the start of {@code day}. */
    public void compareAt(LocalDate day) {
        document.reads()
                .asOf(
                        day.atStartOfDay(ZoneId.systemDefault()).toInstant(),
                        inventory -> {
                            if (inventory == null) {
                                result.setText(messages.get("compare.noRecord"));
                                differences.showLines(java.util.List.of());
                            } else {
                                show(day.toString(), inventory);
                            }
                        },
                        this::failed);
    }

    private void show(String what, Inventory other) {
        result.setText(messages.get("compare.result", what));
        differences.showRecord(
                RecordDiffer.compare(other, document.inventory(), Messages.inventoryLanguage(messages.locale())));
    }

    private void failed(Throwable error) {
        result.setText(messages.get("compare.failed", error.getMessage()));
        differences.showLines(java.util.List.of());
    }
}
