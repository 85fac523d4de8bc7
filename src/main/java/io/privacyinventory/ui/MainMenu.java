package io.privacyinventory.ui;

import io.privacyinventory.ui.activities.ActivitiesView;
import io.privacyinventory.ui.compare.CompareWithWindow;
import io.privacyinventory.ui.document.InventoryDocument;
import io.privacyinventory.ui.publish.PublishNoticeDialog;
import io.privacyinventory.ui.publish.PublishedNoticesWindow;
import java.nio.file.Path;
import javafx.beans.property.ObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/** The main window's menu bar: file, edit, view, export and help, with their shortcuts. */
final class MainMenu {

    /** What the menus ask of the window they belong to. */
    interface Commands {
        ActivitiesView activities();

        void show(Section section);

        ObjectProperty<String> contentLanguage();

        void exportNotice();

        void exportCsv();

        void addStarterCatalogue();

        /** The node whose window owns the dialogs the menus open. */
        Node owner();
    }

    private final InventoryDocument document;
    private final Messages messages;
    private final MainWindow.AppActions app;
    private final Commands commands;

    MainMenu(InventoryDocument document, Messages messages, MainWindow.AppActions app, Commands commands) {
        this.document = document;
        this.messages = messages;
        this.app = app;
        this.commands = commands;
    }

    MenuBar bar() {
        Menu file = new Menu(messages.get("menu.file"));
        Menu recent = new Menu(messages.get("menu.file.recent"));
        recent.setOnShowing(event -> {
            recent.getItems().clear();
            for (Path path : app.recentFiles()) {
                // a team server's address lost one slash of "//" as a path: show it as the user wrote it
                MenuItem item = new MenuItem(path.toString().replaceFirst("^postgresql:/(?!/)", "postgresql://"));
                item.setOnAction(e -> app.openRecent(path));
                recent.getItems().add(item);
            }
            if (recent.getItems().isEmpty()) {
                MenuItem none = new MenuItem(messages.get("menu.file.recent.none"));
                none.setDisable(true);
                recent.getItems().add(none);
            }
        });
        recent.getItems().add(new MenuItem());
        file.getItems()
                .addAll(
                        item("menu.file.new", shortcut(KeyCode.N, true), app::newInventory),
                        item("menu.file.open", shortcut(KeyCode.O, false), app::openInventory),
                        item("menu.file.connect", null, app::connectToServer),
                        recent,
                        new SeparatorMenuItem(),
                        item("menu.file.saveCopy", shortcut(KeyCode.S, true), app::saveCopy),
                        new SeparatorMenuItem(),
                        importItem(),
                        importCsvItem(),
                        item("menu.file.exportJson", null, app::exportJson),
                        new SeparatorMenuItem(),
                        item(
                                "menu.file.compare",
                                null,
                                () -> new CompareWithWindow(window(), document, messages).show()),
                        new SeparatorMenuItem(),
                        item("menu.file.quit", shortcut(KeyCode.Q, false), app::quit));

        Menu edit = new Menu(messages.get("menu.edit"));
        MenuItem undo = item("menu.edit.undo", shortcut(KeyCode.Z, false), document::undo);
        undo.disableProperty().bind(document.canUndoProperty().not());
        MenuItem redo = item("menu.edit.redo", shortcut(KeyCode.Z, true), document::redo);
        redo.disableProperty().bind(document.canRedoProperty().not());
        MenuItem newActivity = item(
                "menu.edit.newActivity",
                shortcut(KeyCode.N, false),
                () -> commands.activities().create());
        MenuItem duplicate = item(
                "menu.edit.duplicate",
                shortcut(KeyCode.D, false),
                () -> commands.activities().duplicate());
        MenuItem delete = item(
                "menu.edit.delete",
                new KeyCodeCombination(KeyCode.DELETE, KeyCombination.SHORTCUT_DOWN),
                () -> commands.activities().confirmDelete());
        for (MenuItem writing : new MenuItem[] {newActivity, duplicate, delete}) {
            writing.setDisable(document.isReadOnly());
        }
        MenuItem starter = item("menu.edit.starter", null, commands::addStarterCatalogue);
        starter.setDisable(document.isReadOnly());
        edit.getItems()
                .addAll(
                        undo,
                        redo,
                        new SeparatorMenuItem(),
                        newActivity,
                        duplicate,
                        delete,
                        new SeparatorMenuItem(),
                        item(
                                "menu.edit.filter",
                                shortcut(KeyCode.F, false),
                                () -> commands.activities().focusFilter()),
                        new SeparatorMenuItem(),
                        starter);

        Menu view = new Menu(messages.get("menu.view"));
        int number = 1;
        for (Section section : Section.values()) {
            KeyCodeCombination key =
                    new KeyCodeCombination(KeyCode.valueOf("DIGIT" + number++), KeyCombination.SHORTCUT_DOWN);
            view.getItems().add(item(section.key(), key, () -> commands.show(section)));
        }
        Menu contentMenu = new Menu(messages.get("menu.view.contentLanguage"));
        ToggleGroup contentGroup = new ToggleGroup();
        for (String language : document.inventory().languages()) {
            RadioMenuItem choice = new RadioMenuItem(languageName(language));
            choice.setToggleGroup(contentGroup);
            choice.setSelected(language.equals(commands.contentLanguage().get()));
            choice.setOnAction(event -> commands.contentLanguage().set(language));
            contentMenu.getItems().add(choice);
        }
        Menu uiMenu = new Menu(messages.get("menu.view.uiLanguage"));
        ToggleGroup uiGroup = new ToggleGroup();
        for (String language : new String[] {"en", "nb"}) {
            RadioMenuItem choice = new RadioMenuItem(messages.get("language." + language));
            choice.setToggleGroup(uiGroup);
            choice.setSelected(language.equals(Messages.inventoryLanguage(messages.locale())));
            choice.setOnAction(event -> app.switchUiLanguage(language));
            uiMenu.getItems().add(choice);
        }
        CheckMenuItem dark = new CheckMenuItem(messages.get("menu.view.dark"));
        dark.setSelected(app.isDarkTheme());
        dark.setOnAction(event -> app.setDarkTheme(dark.isSelected()));
        view.getItems().addAll(new SeparatorMenuItem(), contentMenu, uiMenu, dark);

        Menu export = new Menu(messages.get("menu.export"));
        export.getItems()
                .addAll(
                        item("menu.export.notice", shortcut(KeyCode.E, false), commands::exportNotice),
                        item("menu.export.csv", shortcut(KeyCode.E, true), commands::exportCsv),
                        item("menu.file.exportJson", null, app::exportJson),
                        new SeparatorMenuItem(),
                        publishItem(),
                        item(
                                "menu.export.published",
                                null,
                                () -> new PublishedNoticesWindow(window(), document, messages).show()));

        Menu help = new Menu(messages.get("menu.help"));
        help.getItems()
                .addAll(
                        item("menu.help.shortcuts", new KeyCodeCombination(KeyCode.F1), this::showShortcuts),
                        item("menu.help.about", null, this::showAbout));
        MenuBar bar = new MenuBar(file, edit, view, export, help);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private MenuItem publishItem() {
        MenuItem item =
                item("menu.export.publish", null, () -> new PublishNoticeDialog(window(), document, messages).show());
        item.setDisable(document.isReadOnly());
        return item;
    }

    private javafx.stage.Window window() {
        return commands.owner().getScene() == null
                ? null
                : commands.owner().getScene().getWindow();
    }

    private MenuItem importItem() {
        MenuItem item = item("menu.file.importJson", null, app::importJson);
        item.setDisable(document.isReadOnly());
        return item;
    }

    private MenuItem importCsvItem() {
        MenuItem item = item("menu.file.importCsv", null, app::importCsv);
        item.setDisable(document.isReadOnly());
        return item;
    }

    private void showShortcuts() {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.setHeaderText(messages.get("menu.help.shortcuts"));
        alert.getDialogPane().setContent(shortcutTable(messages.get("help.shortcuts.text")));
        Theme.style(alert);
        alert.getDialogPane().setMinWidth(520);
        if (commands.owner().getScene() != null) {
            alert.initOwner(commands.owner().getScene().getWindow());
        }
        alert.show();
    }

    /** The shortcut list (one "keys<tab>meaning" a line) as two columns, so the meanings line up. */
    static javafx.scene.layout.GridPane shortcutTable(String text) {
        javafx.scene.layout.GridPane table = new javafx.scene.layout.GridPane();
        table.setHgap(24);
        table.setVgap(4);
        int row = 0;
        for (String line : text.split("\n")) {
            String[] parts = line.split("\t", 2);
            if (parts.length < 2) {
                continue;
            }
            javafx.scene.control.Label keys = new javafx.scene.control.Label(parts[0]);
            keys.getStyleClass().add("shortcut-keys");
            keys.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            javafx.scene.control.Label meaning = new javafx.scene.control.Label(parts[1]);
            meaning.getStyleClass().add("shortcut-action");
            table.addRow(row++, keys, meaning);
        }
        return table;
    }

    private void showAbout() {
        Alert alert = new Alert(
                Alert.AlertType.INFORMATION,
                messages.get("help.about.text", io.privacyinventory.model.AppVersion.current()));
        alert.setHeaderText("Privacy Inventory");
        if (commands.owner().getScene() != null) {
            alert.initOwner(commands.owner().getScene().getWindow());
        }
        alert.show();
    }

    private String languageName(String code) {
        java.util.Locale locale = java.util.Locale.forLanguageTag(code);
        String name = locale.getDisplayLanguage(messages.locale());
        return name.isEmpty() ? code : name + " (" + code + ")";
    }

    private MenuItem item(String key, KeyCombination accelerator, Runnable action) {
        MenuItem item = new MenuItem(messages.get(key));
        if (accelerator != null) {
            item.setAccelerator(accelerator);
        }
        item.setOnAction(event -> action.run());
        return item;
    }

    private static KeyCombination shortcut(KeyCode code, boolean shift) {
        return shift
                ? new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN)
                : new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN);
    }
}
