package io.privacyinventory.ui.export;

import io.privacyinventory.exchange.AtomicFiles;
import io.privacyinventory.exchange.csv.CsvDelimiter;
import io.privacyinventory.exchange.csv.CsvExport;
import io.privacyinventory.exchange.csv.CsvLayout;
import io.privacyinventory.exchange.csv.CsvOptions;
import io.privacyinventory.model.Inventory;
import io.privacyinventory.ui.BackgroundWork;
import io.privacyinventory.ui.Messages;
import io.privacyinventory.ui.TaskRunner;
import io.privacyinventory.ui.Theme;
import io.privacyinventory.ui.form.Choices;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Export › CSV…: the layout (all activities for spreadsheets, or the Art. 30 protocol for an
 * authority), the language, the delimiter and the byte-order mark, with a one-click setting for
 * Excel in Norwegian. The file is written in the background and appears whole or not at all.
 */
public final class CsvExportDialog {
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private java.util.function.Consumer<Path> onSaved = saved -> {};
    private final Choices<CsvLayout> layout;
    private final Choices<String> language;
    private final Choices<CsvDelimiter> delimiter;
    private final CheckBox bom = new CheckBox();

    public CsvExportDialog(
            Window owner,
            Messages messages,
            Inventory inventory,
            Path suggestedFolder,
            String baseName,
            TaskRunner runner) {
        dialog.initOwner(owner);
        Theme.style(dialog);
        dialog.setTitle(messages.get("csv.title"));
        dialog.setHeaderText(messages.get("csv.header"));
        layout = new Choices<>(
                List.of(CsvLayout.values()),
                false,
                value -> messages.get("csv.layout." + value.code()),
                "",
                value -> {});
        layout.set(CsvLayout.PROTOCOL);
        language =
                new Choices<>(CsvOptions.LANGUAGES, false, code -> messages.get("language." + code), "", value -> {});
        String ui = Messages.inventoryLanguage(messages.locale());
        language.set(CsvOptions.LANGUAGES.contains(ui) ? ui : "en");
        delimiter = new Choices<>(
                List.of(CsvDelimiter.values()),
                false,
                value -> messages.get("csv.delimiter." + value.name().toLowerCase(java.util.Locale.ROOT)),
                "",
                value -> {});
        bom.setText(messages.get("csv.bom"));
        Button excelNorway = new Button(messages.get("csv.preset.excelNorway"));
        excelNorway.setId("excelNorway");
        excelNorway.setOnAction(event -> preset(CsvOptions.excelNorway("nb")));
        Button plain = new Button(messages.get("csv.preset.plain"));
        plain.setOnAction(event -> preset(CsvOptions.plain(language.control().getValue())));
        preset(
                ui.equals("nb")
                        ? CsvOptions.excelNorway("nb")
                        : CsvOptions.plain(language.control().getValue()));

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        grid.addRow(0, label(messages.get("csv.layout"), layout.control()), layout.control());
        grid.addRow(1, label(messages.get("csv.language"), language.control()), language.control());
        grid.addRow(2, label(messages.get("csv.delimiter"), delimiter.control()), delimiter.control());
        grid.addRow(3, new Label(), bom);
        bom.setWrapText(true);
        layout.control().setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        bom.setMaxWidth(520);
        Label layoutHint = new Label();
        layoutHint.getStyleClass().add("hint");
        layoutHint.setWrapText(true);
        layoutHint.setMaxWidth(520);
        layoutHint
                .textProperty()
                .bind(javafx.beans.binding.Bindings.createStringBinding(
                        () -> messages.get(
                                "csv.layoutHint." + layout.control().getValue().code()),
                        layout.control().valueProperty()));
        Label guard = new Label(messages.get("csv.guard"));
        guard.getStyleClass().add("hint");
        guard.setWrapText(true);
        guard.setMaxWidth(520);
        HBox presets = new HBox(8, new Label(messages.get("csv.presets")), excelNorway, plain);
        presets.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox content = new VBox(12, presets, grid, layoutHint, guard);
        content.setPadding(new Insets(8, 4, 4, 4));
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setId("csvDialog");
        ButtonType save = new ButtonType(messages.get("csv.save"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(messages.cancel(), save);
        dialog.setResultConverter(button -> button);
        dialog.setOnHidden(event -> {
            if (dialog.getResult() != save) {
                return;
            }
            FileChooser chooser = new FileChooser();
            chooser.setTitle(messages.get("csv.title"));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("csv.filter"), "*.csv"));
            if (suggestedFolder != null) {
                chooser.setInitialDirectory(suggestedFolder.toFile());
            }
            chooser.setInitialFileName(
                    baseName + "-" + layout.control().getValue().code() + ".csv");
            File chosen = chooser.showSaveDialog(owner);
            if (chosen != null) {
                write(
                        chosen.toPath(),
                        inventory,
                        options(),
                        layout.control().getValue(),
                        runner,
                        messages,
                        owner,
                        onSaved);
            }
        });
    }

    /** A label that names its field and is never squeezed below its text's width. */
    private static Label label(String text, javafx.scene.Node field) {
        Label label = new Label(text);
        label.setLabelFor(field);
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }

    public void show() {
        dialog.show();
    }

    /** What to do with the file once it is written (the window says so in its status bar). */
    public void onSaved(java.util.function.Consumer<Path> action) {
        onSaved = action;
    }

    public CsvOptions options() {
        return new CsvOptions(language.control().getValue(), delimiter.control().getValue(), bom.isSelected());
    }

    public Dialog<ButtonType> dialog() {
        return dialog;
    }

    private void preset(CsvOptions options) {
        language.set(options.language());
        delimiter.set(options.delimiter());
        bom.setSelected(options.byteOrderMark());
    }

    /**
     * Writes the export to {@code target} in the background and tells the user how it went; a
     * long write shows its progress and can be cancelled, which leaves the target as it was.
     */
    public static void write(
            Path target,
            Inventory inventory,
            CsvOptions options,
            CsvLayout layout,
            TaskRunner runner,
            Messages messages,
            Window owner) {
        write(target, inventory, options, layout, runner, messages, owner, saved -> {});
    }

    /** As {@link #write(Path, Inventory, CsvOptions, CsvLayout, TaskRunner, Messages, Window)}, then {@code onSaved}. */
    public static void write(
            Path target,
            Inventory inventory,
            CsvOptions options,
            CsvLayout layout,
            TaskRunner runner,
            Messages messages,
            Window owner,
            java.util.function.Consumer<Path> onSaved) {
        BackgroundWork.run(
                runner,
                owner,
                messages,
                messages.get("work.writing", target.getFileName()),
                cancellation -> {
                    AtomicFiles.write(
                            target,
                            out -> CsvExport.write(inventory, layout, options, cancellation.guard(out)),
                            cancellation::check);
                    return target;
                },
                onSaved::accept,
                error -> {
                    Alert alert = new Alert(Alert.AlertType.ERROR, error.getMessage());
                    alert.setHeaderText(messages.get("error.exportHeader"));
                    alert.initOwner(owner);
                    alert.show();
                });
    }
}
