package io.privacyinventory.ui;

import io.privacyinventory.model.Edit;
import io.privacyinventory.model.EntityType;
import io.privacyinventory.model.Inventory;
import io.privacyinventory.model.findings.Finding;
import io.privacyinventory.ui.activities.ActivitiesView;
import io.privacyinventory.ui.activities.ActivitiesViewModel;
import io.privacyinventory.ui.catalog.CatalogView;
import io.privacyinventory.ui.catalog.CatalogViewModel;
import io.privacyinventory.ui.document.InventoryDocument;
import io.privacyinventory.ui.findings.FindingsModel;
import io.privacyinventory.ui.findings.FindingsView;
import io.privacyinventory.ui.history.HistoryView;
import io.privacyinventory.ui.organisation.OrganisationView;
import java.nio.file.Path;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The editor window's content: menus, toolbar, navigation between the sections, the current
 * section's view (built the first time it is shown) and the status bar.
 */
public final class MainWindow {

    /** What the window asks of the application (files and restarts live there). */
    public interface AppActions {
        void newInventory();

        void openInventory();

        void openRecent(Path file);

        java.util.List<Path> recentFiles();

        void saveCopy();

        void importJson();

        void importCsv();

        void exportJson();

        void setDarkTheme(boolean dark);

        boolean isDarkTheme();

        void switchUiLanguage(String language);

        void quit();

        /** File › Connect to team server…: asks for a server and opens its record in this window. */
        default void connectToServer() {}

        /** The folder a file was last chosen in (kept between runs), or null. */
        default Path lastFolder() {
            return null;
        }

        /** Remembers the folder of a file just chosen, for the next file dialog. */
        default void rememberFolder(Path folder) {}
    }

    private final InventoryDocument document;
    private final TaskRunner runner;
    private final Messages messages;
    private final AppActions app;
    private final BorderPane root = new BorderPane();
    private final SectionNavigation navigation;
    private final ObjectProperty<String> contentLanguage = new SimpleObjectProperty<>();
    private final FindingsModel findings;
    private StatusBar statusBar;
    private javafx.util.Subscription errors;
    /** Shows an edit a team server refused for someone else's change of the same thing. */
    private javafx.util.Subscription conflicts;

    public MainWindow(InventoryDocument document, Messages messages, AppActions app, TaskRunner runner) {
        this.document = document;
        this.runner = runner;
        this.messages = messages;
        this.app = app;
        Inventory inventory = document.inventory();
        String uiLanguage = Messages.inventoryLanguage(messages.locale());
        contentLanguage.set(inventory.languages().contains(uiLanguage) ? uiLanguage : inventory.defaultLanguage());

        findings = new FindingsModel(document, runner, messages.locale(), java.time.Clock.systemDefaultZone());
        root.setId("mainWindow");
        root.setTop(new VBox(new MainMenu(document, messages, app, new MenuCommands()).bar(), toolBar()));
        navigation = new SectionNavigation(messages, this::createView);
        root.setLeft(navigation.sideBar());
        root.setCenter(navigation.center());
        statusBar = new StatusBar(document, findings, messages, () -> show(Section.FINDINGS));
        root.setBottom(statusBar.node());
        UndoKeys.install(root, document);
        errors = document.lastErrorProperty().subscribe((old, error) -> {
            if (error != null) {
                showError(error);
            }
        });
        conflicts = document.conflictProperty().subscribe(conflict -> {
            if (conflict != null) {
                // a field still focused shows the refused value: put the committed one (theirs) back,
                // or leaving the field for the message would save the refused value over theirs unseen
                if (root.getScene() != null) {
                    io.privacyinventory.ui.form.Commit.revertUncommitted(
                            root.getScene().getFocusOwner());
                }
                new TeamConflictAlert(
                                root.getScene() == null ? null : root.getScene().getWindow(),
                                messages,
                                document,
                                conflict)
                        .show();
            }
        });
        navigation.show(Section.ACTIVITIES);
    }

    public BorderPane root() {
        return root;
    }

    /** Takes every listener this window put on the document off again; the window is not used after. */
    public void dispose() {
        errors.unsubscribe();
        conflicts.unsubscribe();
        statusBar.dispose();
        navigation.dispose();
        findings.dispose();
    }

    public ObjectProperty<String> contentLanguageProperty() {
        return contentLanguage;
    }

    /** Shows a section; the section shown before stops following the document until it is shown again. */
    public void show(Section section) {
        navigation.show(section);
    }

    private SectionView createView(Section section) {
        switch (section) {
            case ACTIVITIES:
                return new ActivitiesView(
                        new ActivitiesViewModel(
                                document, messages.get("activities.newName"), messages.get("activities.copySuffix")),
                        messages,
                        contentLanguage,
                        findings);
            case DATA_CATEGORIES:
                return catalog(EntityType.DATA_CATEGORY);
            case PURPOSES:
                return catalog(EntityType.PURPOSE);
            case RECIPIENTS:
                return catalog(EntityType.RECIPIENT);
            case DATA_SUBJECTS:
                return catalog(EntityType.DATA_SUBJECT);
            case ORGANISATION:
                return new OrganisationView(document, messages, contentLanguage);
            case FINDINGS:
                FindingsView findingsView = new FindingsView(findings, messages, this::goTo);
                return findingsView::root;
            case HISTORY:
                return new HistoryView(document, messages);
            default:
                Label soon = new Label(messages.get(section.key()));
                soon.getStyleClass().add("hint");
                StackPane pane = new StackPane(soon);
                return () -> pane;
        }
    }

    private SectionView catalog(EntityType type) {
        return new CatalogView(new CatalogViewModel(document, type), messages, contentLanguage);
    }

    /** Shows the place a finding is about: the activity and its field, a catalogue item, or the organisation. */
    public void goTo(Finding finding) {
        io.privacyinventory.ui.findings.TranslationTarget.languageFor(finding, document.inventory())
                .ifPresent(contentLanguage::set);
        String[] parts = finding.path().split("/", 3);
        switch (parts[0]) {
            case "activities" -> {
                ActivitiesView view = activities();
                view.select(parts.length > 1 ? parts[1] : null, parts.length > 2 ? parts[2] : null);
            }
            case "dataCategories" -> selectInCatalog(Section.DATA_CATEGORIES, parts);
            case "purposes" -> selectInCatalog(Section.PURPOSES, parts);
            case "recipients" -> selectInCatalog(Section.RECIPIENTS, parts);
            case "dataSubjects" -> selectInCatalog(Section.DATA_SUBJECTS, parts);
            default -> show(Section.ORGANISATION);
        }
    }

    private void selectInCatalog(Section section, String[] parts) {
        CatalogView view = (CatalogView) navigation.show(section);
        if (parts.length > 1) {
            view.select(parts[1]);
        }
    }

    private ActivitiesView activities() {
        return (ActivitiesView) navigation.show(Section.ACTIVITIES);
    }

    // ---- menus and toolbar --------------------------------------------------------------------

    private ToolBar toolBar() {
        Button undo = toolButton(new FontIcon(Material2MZ.UNDO), "menu.edit.undo", document::undo);
        undo.setId("undo");
        undo.disableProperty().bind(document.canUndoProperty().not());
        Button redo = toolButton(new FontIcon(Material2MZ.REDO), "menu.edit.redo", document::redo);
        redo.setId("redo");
        redo.disableProperty().bind(document.canRedoProperty().not());
        Button add = toolButton(
                new FontIcon(Material2AL.ADD),
                "menu.edit.newActivity",
                () -> activities().create());
        add.setDisable(document.isReadOnly());
        ComboBox<String> language = new ComboBox<>();
        language.setId("contentLanguage");
        language.getItems().setAll(document.inventory().languages());
        language.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(String code) {
                return code == null ? "" : languageName(code);
            }

            @Override
            public String fromString(String string) {
                return string;
            }
        });
        language.valueProperty().bindBidirectional(contentLanguage);
        language.setTooltip(new Tooltip(messages.get("toolbar.contentLanguage")));
        Label languageLabel = new Label(messages.get("toolbar.contentLanguage"), new FontIcon(Material2MZ.TRANSLATE));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        boolean several = document.inventory().languages().size() > 1;
        languageLabel.setVisible(several);
        languageLabel.setLabelFor(language);
        language.setVisible(several);
        return new ToolBar(
                add, new Separator(javafx.geometry.Orientation.VERTICAL), undo, redo, spacer, languageLabel, language);
    }

    private void exportNotice() {
        Path folder = document.location().folder();
        String base = document.location().baseName();
        new io.privacyinventory.ui.export.NoticeExportDialog(
                        root.getScene() == null ? null : root.getScene().getWindow(),
                        messages,
                        document.inventory(),
                        folder,
                        base,
                        runner)
                .show();
    }

    private void exportCsv() {
        Path folder = app.lastFolder() != null
                ? app.lastFolder()
                : document.location().folder();
        String base = document.location().baseName();
        var dialog = new io.privacyinventory.ui.export.CsvExportDialog(
                root.getScene() == null ? null : root.getScene().getWindow(),
                messages,
                document.inventory(),
                folder,
                base,
                runner);
        dialog.onSaved(saved -> {
            app.rememberFolder(saved.toAbsolutePath().getParent());
            statusBar.showMessage(messages.get("status.csvSaved", saved.getFileName()));
        });
        dialog.show();
    }

    private void addStarterCatalogue() {
        if (io.privacyinventory.ui.catalog.StarterCatalogue.additions(document.expected())
                .isEmpty()) {
            Alert none = new Alert(Alert.AlertType.INFORMATION, messages.get("starter.nothing"));
            none.setHeaderText(messages.get("menu.edit.starter"));
            if (root.getScene() != null) {
                none.initOwner(root.getScene().getWindow());
            }
            none.show();
            return;
        }
        java.util.Map<EntityType, Long> added =
                io.privacyinventory.ui.catalog.StarterCatalogue.additions(document.expected()).stream()
                        .map(edit -> EntityType.of(((Edit.Add) edit).entity()))
                        .collect(java.util.stream.Collectors.groupingBy(
                                type -> type, java.util.stream.Collectors.counting()));
        document.apply(io.privacyinventory.ui.catalog.StarterCatalogue::additions);
        Alert told = io.privacyinventory.ui.form.Dialogs.fitted(new Alert(
                Alert.AlertType.INFORMATION,
                messages.get(
                        "starter.added",
                        added.getOrDefault(EntityType.DATA_SUBJECT, 0L),
                        added.getOrDefault(EntityType.DATA_CATEGORY, 0L),
                        added.getOrDefault(EntityType.PURPOSE, 0L))));
        told.setHeaderText(messages.get("menu.edit.starter"));
        told.getDialogPane().setId("starterAdded");
        if (root.getScene() != null) {
            told.initOwner(root.getScene().getWindow());
        }
        told.show();
    }

    private void showError(Throwable error) {
        Alert alert = new Alert(Alert.AlertType.WARNING, error.getMessage());
        alert.setHeaderText(messages.get("error.editRefused"));
        if (root.getScene() != null) {
            alert.initOwner(root.getScene().getWindow());
        }
        alert.show();
    }

    /** What the menus do in this window. */
    private final class MenuCommands implements MainMenu.Commands {
        @Override
        public ActivitiesView activities() {
            return MainWindow.this.activities();
        }

        @Override
        public void show(Section section) {
            MainWindow.this.show(section);
        }

        @Override
        public ObjectProperty<String> contentLanguage() {
            return contentLanguage;
        }

        @Override
        public void exportNotice() {
            MainWindow.this.exportNotice();
        }

        @Override
        public void exportCsv() {
            MainWindow.this.exportCsv();
        }

        @Override
        public void addStarterCatalogue() {
            MainWindow.this.addStarterCatalogue();
        }

        @Override
        public Node owner() {
            return root;
        }
    }

    String languageName(String code) {
        java.util.Locale locale = java.util.Locale.forLanguageTag(code);
        String name = locale.getDisplayLanguage(messages.locale());
        return name.isEmpty() ? code : name + " (" + code + ")";
    }

    private Button toolButton(Node icon, String key, Runnable action) {
        Button button = new Button(null, icon);
        button.setTooltip(new Tooltip(messages.get(key)));
        button.setAccessibleText(messages.get(key));
        button.setOnAction(event -> action.run());
        return button;
    }
}
