package io.privacyinventory.ui;

import io.privacyinventory.launch.ArchiveLauncher;
import io.privacyinventory.ui.document.InventoryDocument;
import io.privacyinventory.ui.document.InventoryFiles;
import io.privacyinventory.ui.document.TeamServerDocuments;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The desktop application: one window on one inventory file. The window appears at once and the
 * file is opened in the background. With {@code --smoke} the app prints how long the first frame
 * took and exits.
 */
public final class InventoryApp extends Application implements MainWindow.AppActions {
    private static StartUp startUp;
    private static Path backupFolder;
    /** How many daily backups of each file are kept. */
    private static final int BACKUPS_KEPT = 10;

    private static boolean smoke;

    private AppPreferences preferences;
    /** The document's worker: everything that touches the open file, in order. */
    private final TaskRunner runner = startUp().runner();
    /** Work on inventories in memory (checks, previews, exports, reading imports): never queued behind edits. */
    private final TaskRunner memoryWork = TaskRunner.background("inventory-checks");

    /** The window's icons, decoded while JavaFX calls {@link #start} (see {@link #init}). */
    private CompletableFuture<List<Image>> icons;

    private Stage stage;
    private Scene scene;
    private WindowFrame windowFrame;
    private Messages messages;
    private InventoryDocument document;
    private MainWindow window;
    private FileCommands files;

    /**
     * Starts reading the settings and opening the file (see {@link StartUp}) while JavaFX starts;
     * called before {@link Application#launch}.
     */
    private static StartUp startUp() {
        if (startUp == null) {
            throw new IllegalStateException("the app is started through GuiLauncher, which calls configure first");
        }
        return startUp;
    }

    static void configure(Path inventoryFile, Callable<Path> defaultInventory, Path backups, boolean smokeTest) {
        startUp = StartUp.begin(
                inventoryFile, defaultInventory, smokeTest, AppPreferences::user, TaskRunner.background());
        backupFolder = backups;
        smoke = smokeTest;
    }

    /**
     * Starts decoding the window's icons (see {@link WindowIcons}) and loading what the first frame
     * needs of fonts and collation (see {@link AheadOfTheWindow}) while JavaFX calls {@link #start}.
     */
    @Override
    public void init() {
        icons = WindowIcons.decodeInBackground();
        AheadOfTheWindow.start();
    }

    @Override
    public void start(Stage primaryStage) {
        stage = primaryStage;
        preferences = startUp.preferences(AppPreferences::user);
        files = new FileCommands(stage, () -> messages, () -> document, this::open, runner, memoryWork, preferences);
        Browser.use(getHostServices());
        Theme.apply(preferences.darkTheme());
        messages = new Messages(uiLocale());
        DialogTitles.install(() -> messages);
        double[] bounds = preferences.windowBounds();
        windowFrame = new WindowFrame(new StackPane(new ProgressIndicator()));
        scene = new Scene(windowFrame.root(), bounds[2], bounds[3]);
        Theme.style(scene);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN), () -> {
            if (document != null) {
                document.redo();
            }
        });
        stage.setScene(scene);
        if (!Double.isNaN(bounds[0]) && !smoke) {
            stage.setX(bounds[0]);
            stage.setY(bounds[1]);
        }
        stage.setMaximized(preferences.maximized() && !smoke);
        stage.setMinWidth(900);
        stage.setMinHeight(560);
        stage.setTitle("Privacy Inventory");
        stage.setOnCloseRequest(event -> rememberWindow());
        stage.getIcons().setAll(icons.join());
        stage.show();
        // the file chosen at start has been opening since before the window was made
        startUp.deliver(
                Platform::runLater,
                file -> showTitle(file, false),
                (file, opened) -> opened(file, opened),
                // no file when even the default inventory could not be made: its error is shown under that name
                (file, error) -> openFailed(file != null ? file : Path.of("inventory.db"), error));
    }

    @Override
    public void stop() {
        startUp.closeUndelivered();
        if (document != null) {
            document.close();
        }
    }

    private Locale uiLocale() {
        String chosen = preferences.uiLanguage();
        return chosen.isEmpty() ? Locale.getDefault() : Locale.forLanguageTag(chosen);
    }

    /**
     * Opens an inventory file for editing in this window (in the background). When another window
     * is editing it, offers to open it read-only instead.
     */
    void open(Path file) {
        open(file, false);
    }

    private void open(Path file, boolean readOnly) {
        showTitle(file, readOnly);
        runner.run(
                () -> InventoryFiles.open(file, readOnly, runner),
                opened -> opened(file, opened),
                error -> openFailed(file, error));
    }

    private void showTitle(Path file, boolean readOnly) {
        stage.setTitle(messages.get(readOnly ? "window.titleReadOnly" : "window.title", file.getFileName()));
    }

    /** Shows the document opened from {@code file} in the window, in place of what it showed. */
    private void opened(Path file, InventoryDocument opened) {
        if (window != null) {
            window.dispose();
        }
        if (document != null) {
            document.close();
        }
        document = opened;
        if (opened.isReadOnly()) {
            opened.followFile(javafx.util.Duration.seconds(2));
        }
        if (!smoke) {
            preferences.opened(file);
        }
        window = new MainWindow(opened, messages, this, memoryWork);
        windowFrame.show(window.root());
        if (smoke) {
            reportFirstFrame();
        } else {
            afterOpening(opened);
        }
    }

    private void openFailed(Path file, Throwable error) {
        if (InventoryFiles.isLocked(error) && !smoke) {
            offerReadOnly(file, error);
            return;
        }
        if (smoke) {
            System.err.println("error: " + error.getMessage());
            System.exit(2);
        }
        if (document == null) {
            windowFrame.show(errorPane(file, error));
        } else {
            alert(Alert.AlertType.ERROR, messages.get("error.openHeader"), error.getMessage());
        }
    }

    private void offerReadOnly(Path file, Throwable error) {
        ButtonType readOnly =
                new ButtonType(messages.get("dialog.openReadOnly"), javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        Alert ask = new Alert(
                Alert.AlertType.CONFIRMATION,
                messages.get("dialog.lockedText", file.getFileName()),
                messages.cancel(),
                readOnly);
        ask.setHeaderText(messages.get("dialog.lockedHeader"));
        ask.initOwner(stage);
        if (ask.showAndWait().filter(readOnly::equals).isPresent()) {
            open(file, true);
        } else if (document == null) {
            windowFrame.show(errorPane(file, error));
        }
    }

    /** What follows opening a file for editing: an upgrade note, a network-share warning, the daily backup. */
    private void afterOpening(InventoryDocument opened) {
        Path file = opened.location().file();
        if (opened.isReadOnly()) {
            return;
        }
        opened.location()
                .upgradeNote()
                .ifPresent(note -> alert(Alert.AlertType.INFORMATION, messages.get("dialog.upgradedHeader"), note));
        InventoryFiles.networkShare(file)
                .filter(type -> preferences.warnAboutNetworkShare(file))
                .ifPresent(type -> alert(
                        Alert.AlertType.WARNING,
                        messages.get("dialog.networkHeader"),
                        messages.get("dialog.networkText", type)));
        if (backupFolder != null) {
            runner.run(
                    () -> InventoryFiles.dailyBackup(file, backupFolder, BACKUPS_KEPT),
                    written -> {},
                    error -> alert(Alert.AlertType.WARNING, messages.get("dialog.backupFailed"), error.getMessage()));
        }
    }

    private StackPane errorPane(Path file, Throwable error) {
        Label title = new Label(messages.get("error.openHeader"));
        title.getStyleClass().add("title-3");
        Label message = new Label(messages.get("error.open", error.getMessage()));
        message.setWrapText(true);
        message.setId("openError");
        Button open = new Button(messages.get("menu.file.open"));
        open.setOnAction(event -> openInventory());
        Button create = new Button(messages.get("menu.file.new"));
        create.setOnAction(event -> newInventory());
        VBox box = new VBox(14, title, message, new javafx.scene.layout.HBox(8, open, create));
        box.setMaxWidth(640);
        box.setPadding(new Insets(32));
        StackPane pane = new StackPane(box);
        StackPane.setAlignment(box, Pos.CENTER);
        return pane;
    }

    // ---- files --------------------------------------------------------------------------------

    @Override
    public void newInventory() {
        files.newInventory();
    }

    @Override
    public void openInventory() {
        files.openInventory();
    }

    @Override
    public void openRecent(Path file) {
        if (TeamServerDocuments.isServer(file.toString())) {
            connect(file.toString(), null);
            return;
        }
        open(file);
    }

    // ---- team servers -------------------------------------------------------------------------

    @Override
    public void connectToServer() {
        new TeamServerDialog(stage, messages, null)
                .showAndWait()
                .ifPresent(request -> connect(request.address(), request.password()));
    }

    /**
     * Opens the record on a team server in this window (in the background); asks for a password the
     * server wants and PGPASSWORD or ~/.pgpass do not hold; on failure says why and offers the dialog again.
     */
    private void connect(String address, char[] password) {
        new TeamServerConnect(stage, messages, runner, (connected, opened) -> {
                    if (window != null) {
                        window.dispose();
                    }
                    if (document != null) {
                        document.close();
                    }
                    document = opened;
                    preferences.opened(Path.of(connected));
                    window = new MainWindow(opened, messages, this, memoryWork);
                    windowFrame.show(window.root());
                    stage.setTitle(title(opened));
                })
                .connect(address, password);
    }

    /** The window title: the file's name, or for a team server its database and host. */
    private String title(InventoryDocument opened) {
        String name = opened.location()
                .serverTitle()
                .orElse(opened.location().file().getFileName().toString());
        return messages.get(opened.isReadOnly() ? "window.titleReadOnly" : "window.title", name);
    }

    @Override
    public List<Path> recentFiles() {
        return preferences.recentFiles();
    }

    @Override
    public void saveCopy() {
        files.saveCopy();
    }

    @Override
    public void importJson() {
        files.importJson();
    }

    @Override
    public void importCsv() {
        files.importCsv();
    }

    @Override
    public void exportJson() {
        files.exportJson();
    }

    @Override
    public Path lastFolder() {
        return preferences.lastFolder();
    }

    @Override
    public void rememberFolder(Path folder) {
        preferences.setLastFolder(folder);
    }

    @Override
    public void setDarkTheme(boolean dark) {
        preferences.setDarkTheme(dark);
        Theme.apply(dark);
    }

    @Override
    public boolean isDarkTheme() {
        return preferences.darkTheme();
    }

    @Override
    public void switchUiLanguage(String language) {
        preferences.setUiLanguage(language);
        messages = new Messages(Locale.forLanguageTag(language));
        if (document != null) {
            window.dispose();
            window = new MainWindow(document, messages, this, runner);
            windowFrame.show(window.root());
            stage.setTitle(title(document));
        }
    }

    @Override
    public void quit() {
        rememberWindow();
        Platform.exit();
    }

    private void rememberWindow() {
        preferences.saveWindowBounds(
                stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized());
    }

    private void alert(Alert.AlertType type, String header, String text) {
        Alert alert = new Alert(type, text);
        alert.setHeaderText(header);
        alert.initOwner(stage);
        alert.show();
    }

    /**
     * When the start began: the JVM's start, or in a child JVM of {@link ArchiveLauncher} the start of
     * the JVM the user started, so that the time reported counts both.
     */
    private static long startedAt() {
        long parent = Long.getLong(ArchiveLauncher.STARTED_PROPERTY, -1);
        return parent > 0 ? parent : ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    /**
     * Waits two pulses after the inventory is shown (the frame is then on screen), prints the time
     * since the start began ({@link #startedAt}), and exits.
     */
    private static void reportFirstFrame() {
        new AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                if (++frames == 2) {
                    stop();
                    long startupMs = System.currentTimeMillis() - startedAt();
                    System.out.println("startup-ms=" + startupMs);
                    System.out.flush();
                    Platform.exit();
                }
            }
        }.start();
    }
}
