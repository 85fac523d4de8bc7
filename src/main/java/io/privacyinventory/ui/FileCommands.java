package io.privacyinventory.ui;

import io.privacyinventory.exchange.AtomicFiles;
import io.privacyinventory.exchange.InventoryJsonReader;
import io.privacyinventory.exchange.InventoryJsonWriter;
import io.privacyinventory.exchange.csv.CsvActivitiesReader;
import io.privacyinventory.model.Edit;
import io.privacyinventory.model.Inventory;
import io.privacyinventory.ui.document.InventoryDocument;
import io.privacyinventory.ui.document.InventoryFiles;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

/**
 * The File menu's commands that ask for a file: new, open, save a copy, import and export. The
 * file work itself runs in the background; what it opens is handed to {@code open}.
 */
final class FileCommands {
    private final Stage stage;
    private final Supplier<Messages> messages;
    private final Supplier<InventoryDocument> document;
    private final Consumer<Path> open;
    /** The document's worker: everything that touches the open file, in order. */
    private final TaskRunner runner;
    /** Work on inventories in memory (reading imports): never queued behind edits. */
    private final TaskRunner memoryWork;
    /** Where the last folder a file was chosen in is kept. */
    private final AppPreferences preferences;

    FileCommands(
            Stage stage,
            Supplier<Messages> messages,
            Supplier<InventoryDocument> document,
            Consumer<Path> open,
            TaskRunner runner,
            TaskRunner memoryWork,
            AppPreferences preferences) {
        this.preferences = preferences;
        this.stage = stage;
        this.messages = messages;
        this.document = document;
        this.open = open;
        this.runner = runner;
        this.memoryWork = memoryWork;
    }

    void newInventory() {
        Messages messages = this.messages.get();
        FileChooser chooser = chooser("dialog.newInventory", "filter.inventory", "*.db");
        chooser.setInitialFileName(messages.get("dialog.newInventoryName"));
        File chosen = chosen(chooser.showSaveDialog(stage));
        if (chosen == null) {
            return;
        }
        Path target = withExtension(chosen.toPath(), ".db");
        String language = Messages.inventoryLanguage(messages.locale());
        runner.run(
                () -> InventoryFiles.createEmpty(target, language.equals("nb") ? "nb" : "en"),
                open,
                error -> alert(Alert.AlertType.ERROR, "error.createHeader", error.getMessage()));
    }

    void openInventory() {
        File chosen = chosen(chooser("dialog.open", "filter.inventoryOrJson", "*.db", "*.json")
                .showOpenDialog(stage));
        if (chosen == null) {
            return;
        }
        Path file = chosen.toPath();
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
            importIntoNewFile(file);
        } else {
            open.accept(file);
        }
    }

    /**
     * A JSON document is imported into a new inventory file beside it: read and checked whole
     * first, and only a good one makes the app ask.
     */
    void importIntoNewFile(Path json) {
        reading(
                json,
                () -> InventoryJsonReader.read(json),
                inventory -> {
                    Path target = InventoryFiles.freeNameFor(json);
                    if (confirm(
                            messages.get().get("dialog.importAsk", json.getFileName(), target.getFileName()),
                            "dialog.importHeader")) {
                        runner.run(
                                () -> InventoryFiles.create(target, inventory),
                                open,
                                error -> alert(Alert.AlertType.ERROR, "error.importHeader", error.getMessage()));
                    }
                },
                error -> refused(json, error));
    }

    void saveCopy() {
        InventoryDocument current = document.get();
        if (current == null) {
            return;
        }
        FileChooser chooser = chooser("dialog.saveCopy", "filter.inventory", "*.db");
        chooser.setInitialFileName(current.location().baseName() + " copy.db");
        File chosen = chosen(chooser.showSaveDialog(stage));
        if (chosen == null) {
            return;
        }
        saveCopy(current, withExtension(chosen.toPath(), ".db"));
    }

    /** Copies the open file to {@code target} in the background; Cancel leaves no copy. */
    void saveCopy(InventoryDocument current, Path target) {
        Messages messages = this.messages.get();
        BackgroundWork.run(
                runner,
                stage,
                messages,
                messages.get("work.copying", target.getFileName()),
                cancellation -> current.reads().copyTo(target, cancellation::check),
                saved -> alert(Alert.AlertType.INFORMATION, "dialog.saveCopy", messages.get("dialog.copySaved", saved)),
                error -> alert(Alert.AlertType.ERROR, "error.copyHeader", error.getMessage()));
    }

    void importJson() {
        InventoryDocument current = document.get();
        if (current == null || current.isReadOnly()) {
            return;
        }
        File chosen =
                chosen(chooser("dialog.importJson", "filter.json", "*.json").showOpenDialog(stage));
        if (chosen != null) {
            importJson(current, chosen.toPath());
        }
    }

    /**
     * Replaces the document's inventory with a JSON document's: the file is read and checked
     * whole first, so a broken one is refused before anything is asked or changed.
     */
    void importJson(InventoryDocument current, Path json) {
        reading(
                json,
                () -> InventoryJsonReader.read(json),
                inventory -> {
                    if (confirm(messages.get().get("dialog.replaceAsk", json.getFileName()), "dialog.replaceHeader")) {
                        current.apply(List.<Edit>of(new Edit.ReplaceAll(inventory)));
                    }
                },
                error -> refused(json, error));
    }

    void importCsv() {
        InventoryDocument current = document.get();
        if (current == null || current.isReadOnly()) {
            return;
        }
        File chosen = chosen(chooser("dialog.importCsv", "filter.csv", "*.csv").showOpenDialog(stage));
        if (chosen != null) {
            importCsv(current, chosen.toPath());
        }
    }

    /** Replaces the document's activities with a spreadsheet's, read and checked whole before asking. */
    void importCsv(InventoryDocument current, Path csv) {
        reading(
                csv,
                () -> CsvActivitiesReader.read(csv, current.inventory()),
                result -> {
                    Messages messages = this.messages.get();
                    String created = messages.get("dialog.csvCreated", result.createdCount());
                    if (confirm(
                            messages.get(
                                    "dialog.replaceCsvAsk",
                                    csv.getFileName(),
                                    result.inventory().activities().size(),
                                    created),
                            "dialog.replaceHeader")) {
                        current.apply(List.<Edit>of(new Edit.ReplaceAll(result.inventory())));
                    }
                },
                error -> refused(csv, error));
    }

    /** Reads a file to import in the background, with progress and Cancel when it takes a while. */
    private <T> void reading(
            Path file, java.util.concurrent.Callable<T> read, Consumer<T> onRead, Consumer<Throwable> onFailure) {
        BackgroundWork.run(
                memoryWork,
                stage,
                messages.get(),
                messages.get().get("work.reading", file.getFileName()),
                read,
                onRead,
                onFailure);
    }

    /** Says why a file to import was refused: the app's own line naming the file and the place. */
    private void refused(Path file, Throwable error) {
        alert(Alert.AlertType.ERROR, "error.importHeader", ImportProblem.describe(messages.get(), file, error));
    }

    void exportJson() {
        InventoryDocument current = document.get();
        if (current == null) {
            return;
        }
        FileChooser chooser = chooser("dialog.exportJson", "filter.json", "*.json");
        chooser.setInitialFileName(current.location().baseName() + ".json");
        File chosen = chosen(chooser.showSaveDialog(stage));
        if (chosen == null) {
            return;
        }
        exportJson(current.inventory(), withExtension(chosen.toPath(), ".json"));
    }

    /** Writes {@code inventory} as a JSON document in the background; Cancel leaves the target as it was. */
    void exportJson(Inventory inventory, Path target) {
        BackgroundWork.run(
                memoryWork,
                stage,
                this.messages.get(),
                this.messages.get().get("work.writing", target.getFileName()),
                cancellation -> {
                    AtomicFiles.write(
                            target,
                            out -> InventoryJsonWriter.write(inventory, cancellation.guard(out)),
                            cancellation::check);
                    return target;
                },
                saved -> {},
                error -> alert(Alert.AlertType.ERROR, "error.exportHeader", error.getMessage()));
    }

    private boolean confirm(String text, String headerKey) {
        Messages messages = this.messages.get();
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, text, messages.cancel(), messages.ok());
        ask.setHeaderText(messages.get(headerKey));
        ask.initOwner(stage);
        return ask.showAndWait()
                .filter(button -> button.getButtonData() == ButtonBar.ButtonData.OK_DONE)
                .isPresent();
    }

    private FileChooser chooser(String titleKey, String filterKey, String... patterns) {
        Messages messages = this.messages.get();
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get(titleKey));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get(filterKey), patterns));
        Path folder = initialFolder(preferences.lastFolder(), document.get());
        if (folder != null) {
            chooser.setInitialDirectory(folder.toFile());
        }
        return chooser;
    }

    /** The folder a file dialog opens in: the last one a file was chosen in, else the open file's. */
    static Path initialFolder(Path last, InventoryDocument current) {
        if (last != null) {
            return last;
        }
        return current == null ? null : current.location().folder();
    }

    /** A file the user chose: its folder is where the next file dialog opens. */
    private File chosen(File file) {
        if (file != null && file.getAbsoluteFile().getParentFile() != null) {
            preferences.setLastFolder(file.getAbsoluteFile().getParentFile().toPath());
        }
        return file;
    }

    private static Path withExtension(Path file, String extension) {
        String name = file.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(extension) ? file : file.resolveSibling(name + extension);
    }

    private void alert(Alert.AlertType type, String headerKey, String text) {
        Alert alert = new Alert(type, text);
        alert.setHeaderText(messages.get().get(headerKey));
        alert.initOwner(stage);
        alert.show();
    }
}
