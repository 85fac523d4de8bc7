package io.privacyinventory.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.privacyinventory.TestInventories;
import io.privacyinventory.exchange.csv.CsvLayout;
import io.privacyinventory.exchange.csv.CsvOptions;
import io.privacyinventory.model.Activity;
import io.privacyinventory.model.EntityType;
import io.privacyinventory.model.Inventory;
import io.privacyinventory.model.Text;
import io.privacyinventory.store.InventoryStore;
import io.privacyinventory.ui.document.InventoryDocument;
import io.privacyinventory.ui.export.CsvExportDialog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Smaller things a user notices in the main window, on real controls and a real file. */
@ExtendWith(FxStageExtension.class)
class SmallerItemsTest {
    @TempDir
    Path folder;

    private Stage stage;
    private MainWindow window;
    private InventoryDocument document;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Theme.apply(false);
    }

    @AfterEach
    void close(FxRobot robot) {
        FxWait.run(() -> {
            for (Window open : List.copyOf(Window.getWindows())) {
                open.hide();
            }
            if (window != null) {
                window.dispose();
            }
        });
        if (document != null) {
            document.close();
        }
    }

    private void open(FxRobot robot, Inventory inventory) throws Exception {
        InventoryStore store = InventoryStore.create(folder.resolve("inventory.db"), inventory);
        document = new InventoryDocument(store, store.load(), TaskRunner.direct());
        FxWait.run(() -> {
            window = new MainWindow(document, new Messages(Locale.ENGLISH), new NoAppActions(), TaskRunner.direct());
            Scene scene = new Scene(new WindowFrame(window.root()).root(), 1400, 900);
            Theme.style(scene);
            stage.setScene(scene);
            stage.show();
        });
        SettledScene.await(stage);
    }

    private static List<DialogPane> dialogs(FxRobot robot) {
        FxWait.settle();
        return robot.lookup(".dialog-pane").queryAllAs(DialogPane.class).stream()
                .toList();
    }

    @Test
    void aVeryLongNameGivesADialogOfReadableWidthWithItsButtonsOnScreen(FxRobot robot) throws Exception {
        open(robot, TestInventories.read(TestInventories.CLINIC_GROUP));
        String id = document.inventory().activities().get(0).id();
        FxWait.run(() -> document.change(
                EntityType.ACTIVITY, id, (Activity a) -> a.withName(Text.of("en", "Patient records ".repeat(125)))));
        MenuItem delete = menuItem(robot, "Delete activity…");
        Platform.runLater(delete::fire);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !dialogs(robot).isEmpty());

        DialogPane pane = dialogs(robot).get(0);
        Window dialog = pane.getScene().getWindow();
        assertThat(dialog.getWidth()).isLessThanOrEqualTo(620);
        double screenBottom = Screen.getPrimary().getVisualBounds().getMaxY();
        for (var type : pane.getButtonTypes()) {
            Button button = (Button) pane.lookupButton(type);
            var bounds = button.localToScreen(button.getBoundsInLocal());
            assertThat(bounds.getMaxY()).isLessThanOrEqualTo(screenBottom);
            assertThat(bounds.getMaxX())
                    .isLessThanOrEqualTo(Screen.getPrimary().getVisualBounds().getMaxX());
        }
        assertThat(((javafx.scene.control.Label) pane.getContent()).getText()).hasSizeLessThan(400);
        FxWait.run(() -> ((Button) pane.lookupButton(pane.getButtonTypes().get(0))).fire());
        assertThat(document.inventory().activities().get(0).id())
                .as("cancelled")
                .isEqualTo(id);
    }

    private static MenuItem menuItem(FxRobot robot, String text) {
        return robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .flatMap(menu -> menu.getItems().stream())
                .filter(item -> text.equals(item.getText()))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void theStarterCatalogueSaysWhatItAdded(FxRobot robot) throws Exception {
        open(robot, Inventory.empty("en", "Acme"));
        MenuItem starter = menuItem(robot, new Messages(Locale.ENGLISH).get("menu.edit.starter"));
        FxWait.run(starter::fire);

        Inventory after = document.inventory();
        List<DialogPane> shown = dialogs(robot);
        assertThat(shown).hasSize(1);
        assertThat(shown.get(0).getContentText())
                .contains(after.dataSubjects().size() + " data subjects")
                .contains(after.dataCategories().size() + " data categories")
                .contains(after.purposes().size() + " purposes");
        assertThat(after.dataCategories()).isNotEmpty();
    }

    @Test
    void aSavedSpreadsheetIsReportedWithItsFileName(FxRobot robot) throws Exception {
        Inventory clinic = TestInventories.read(TestInventories.CLINIC_GROUP);
        Path target = folder.resolve("activities.csv");
        List<Path> reported = new ArrayList<>();
        FxWait.run(() -> CsvExportDialog.write(
                target,
                clinic,
                CsvOptions.plain("en"),
                CsvLayout.values()[0],
                TaskRunner.direct(),
                new Messages(Locale.ENGLISH),
                null,
                reported::add));
        assertThat(reported).containsExactly(target);
        assertThat(Files.size(target)).isPositive();
    }

    @Test
    void fileDialogsOpenInTheFolderLastUsed() throws Exception {
        Preferences node = Preferences.userRoot().node("io/privacyinventory/test-" + System.nanoTime());
        try {
            AppPreferences preferences = new AppPreferences(node);
            assertThat(preferences.lastFolder()).isNull();
            Path chosen = Files.createDirectory(folder.resolve("exports"));
            preferences.setLastFolder(chosen);
            assertThat(new AppPreferences(node).lastFolder())
                    .isEqualTo(chosen.toAbsolutePath().normalize());
            assertThat(FileCommands.initialFolder(preferences.lastFolder(), null))
                    .isEqualTo(chosen.toAbsolutePath());
            Files.delete(chosen);
            assertThat(preferences.lastFolder())
                    .as("a folder that is gone is forgotten")
                    .isNull();
        } finally {
            node.removeNode();
        }
    }
}
