package io.privacyinventory.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.privacyinventory.TestInventories;
import io.privacyinventory.exchange.InventoryJsonWriter;
import io.privacyinventory.model.Inventory;
import io.privacyinventory.store.InventoryStore;
import io.privacyinventory.ui.document.InventoryDocument;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The File menu's work in the background. Importing a file checks it whole before asking
 * anything: a broken file is refused with the app's own line naming the file and the place, and
 * the inventory is not touched. A long read or write shows its progress and can be cancelled: a
 * cancelled export or copy leaves the target exactly as it was, and no temporary file behind.
 */
@ExtendWith(FxStageExtension.class)
class FileWorkTest {
    @TempDir
    Path folder;

    private Stage stage;
    private InventoryDocument document;
    private FileCommands commands;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Theme.apply(false);
    }

    @AfterEach
    void close(FxRobot robot) {
        FxWait.run(() -> {
            for (Window window : List.copyOf(Window.getWindows())) {
                window.hide();
            }
        });
        if (document != null) {
            document.close();
        }
    }

    private Inventory open(FxRobot robot, Locale locale) throws Exception {
        Inventory sample = TestInventories.read(TestInventories.CLINIC_GROUP);
        Path file = folder.resolve("inventory.db");
        InventoryStore store = InventoryStore.create(file, sample);
        document = new InventoryDocument(store, store.load(), TaskRunner.direct());
        Messages messages = new Messages(locale);
        FxWait.run(() -> {
            stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 400, 300));
            stage.show();
            commands = new FileCommands(
                    stage,
                    () -> messages,
                    () -> document,
                    opened -> {},
                    TaskRunner.direct(),
                    TaskRunner.direct(),
                    new AppPreferences(java.util.prefs.Preferences.userRoot().node("io/privacyinventory/test-import")));
        });
        return document.inventory();
    }

    private Path brokenJson() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        InventoryJsonWriter.write(TestInventories.read(TestInventories.PRODUCT_SERVICES), out);
        String whole = out.toString(StandardCharsets.UTF_8);
        Path json = folder.resolve("broken.json");
        Files.writeString(json, whole.substring(0, whole.length() / 2));
        return json;
    }

    private static List<DialogPane> dialogs(FxRobot robot) {
        FxWait.settle();
        return robot.lookup(".dialog-pane").queryAllAs(DialogPane.class).stream()
                .toList();
    }

    @Test
    void aBrokenJsonFileIsRefusedBeforeAnythingIsAsked(FxRobot robot) throws Exception {
        Inventory before = open(robot, Locale.ENGLISH);
        Path broken = brokenJson();
        FxWait.run(() -> commands.importJson(document, broken));

        List<DialogPane> shown = dialogs(robot);
        assertThat(shown).hasSize(1);
        String text = shown.get(0).getContentText();
        assertThat(shown.get(0).getHeaderText()).isEqualTo("The document could not be imported");
        assertThat(text)
                .startsWith("broken.json, line ")
                .contains("column")
                .contains("cut short")
                .doesNotContain("StreamReadFeature")
                .doesNotContain("Source")
                .doesNotContain(folder.toString())
                .doesNotContain("\n");
        assertThat(document.inventory()).isEqualTo(before);
    }

    @Test
    void aBrokenFileOpenedAsANewInventoryIsRefusedInBokmalAndNoFileIsMade(FxRobot robot) throws Exception {
        open(robot, Locale.forLanguageTag("nb"));
        Path broken = brokenJson();
        FxWait.run(() -> commands.importIntoNewFile(broken));

        List<DialogPane> shown = dialogs(robot);
        assertThat(shown).hasSize(1);
        assertThat(shown.get(0).getContentText())
                .startsWith("broken.json, linje ")
                .contains("kolonne");
        assertThat(folder.resolve("broken.db")).doesNotExist();
    }

    @Test
    void aGoodFileIsReadFirstAndThenTheReplacementIsAskedFor(FxRobot robot) throws Exception {
        Inventory before = open(robot, Locale.ENGLISH);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        InventoryJsonWriter.write(TestInventories.read(TestInventories.PRODUCT_SERVICES), out);
        Path good = folder.resolve("good.json");
        Files.write(good, out.toByteArray());
        Platform.runLater(() -> commands.importJson(document, good));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !dialogs(robot).isEmpty());

        DialogPane ask = dialogs(robot).get(0);
        assertThat(ask.getHeaderText()).isEqualTo("Replace this inventory?");
        FxWait.run(() -> ((Button) ask.lookupButton(ask.getButtonTypes().stream()
                        .filter(type -> type.getButtonData().isCancelButton())
                        .findFirst()
                        .orElseThrow()))
                .fire());
        FxWait.settle();
        assertThat(document.inventory()).as("cancelled: nothing replaced").isEqualTo(before);
        assertThat(dialogs(robot)).isEmpty();
    }

    /** A worker that holds its work until the test lets it go: a read that takes long. */
    private static final class HeldRunner implements TaskRunner {
        private Runnable held;

        @Override
        public <T> void run(
                java.util.concurrent.Callable<T> work,
                java.util.function.Consumer<T> onSuccess,
                java.util.function.Consumer<Throwable> onFailure) {
            held = () -> TaskRunner.direct().run(work, onSuccess, onFailure);
        }

        void finish() {
            held.run();
        }
    }

    @Test
    void aLongReadShowsProgressAndCancellingItLeavesTheInventoryAlone(FxRobot robot) throws Exception {
        Inventory before = open(robot, Locale.ENGLISH);
        HeldRunner slow = new HeldRunner();
        Messages messages = new Messages(Locale.ENGLISH);
        FxWait.run(() -> commands = new FileCommands(
                stage,
                () -> messages,
                () -> document,
                opened -> {},
                TaskRunner.direct(),
                slow,
                new AppPreferences(java.util.prefs.Preferences.userRoot().node("io/privacyinventory/test-import"))));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        InventoryJsonWriter.write(TestInventories.read(TestInventories.PRODUCT_SERVICES), out);
        Path good = folder.resolve("large.json");
        Files.write(good, out.toByteArray());
        FxWait.run(() -> commands.importJson(document, good));

        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> robot.lookup("#backgroundWork").tryQuery().isPresent());
        DialogPane progress = robot.lookup("#backgroundWork").queryAs(DialogPane.class);
        assertThat(((javafx.scene.layout.VBox) progress.getContent())
                        .getChildren()
                        .get(0))
                .extracting(node -> ((javafx.scene.control.Label) node).getText())
                .isEqualTo("Reading and checking large.json …");
        FxWait.run(
                () -> ((Button) progress.lookupButton(progress.getButtonTypes().get(0))).fire());
        FxWait.run(slow::finish);

        assertThat(dialogs(robot)).as("no question after Cancel").isEmpty();
        assertThat(document.inventory()).isEqualTo(before);
    }

    /** Waits for the progress window, checks what it says, and presses its Cancel. */
    private static void cancelProgress(FxRobot robot, String says) throws Exception {
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> robot.lookup("#backgroundWork").tryQuery().isPresent());
        DialogPane progress = robot.lookup("#backgroundWork").queryAs(DialogPane.class);
        assertThat(((javafx.scene.control.Label) ((javafx.scene.layout.VBox) progress.getContent())
                                .getChildren()
                                .get(0))
                        .getText())
                .isEqualTo(says);
        FxWait.run(
                () -> ((Button) progress.lookupButton(progress.getButtonTypes().get(0))).fire());
    }

    /** The files in the test folder: a write that was abandoned must not leave its temporary file. */
    private List<String> filesInFolder() throws Exception {
        try (var files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }

    private FileCommands commandsWith(TaskRunner fileWork, TaskRunner memoryWork) {
        Messages messages = new Messages(Locale.ENGLISH);
        return new FileCommands(
                stage,
                () -> messages,
                () -> document,
                opened -> {},
                fileWork,
                memoryWork,
                new AppPreferences(java.util.prefs.Preferences.userRoot().node("io/privacyinventory/test-import")));
    }

    @Test
    void aCancelledJsonExportLeavesTheFileThereAsItWas(FxRobot robot) throws Exception {
        Inventory record = open(robot, Locale.ENGLISH);
        Path target = folder.resolve("record.json");
        Files.writeString(target, "the export of last week");
        List<String> before = filesInFolder();
        HeldRunner slow = new HeldRunner();
        FileCommands held = commandsWith(TaskRunner.direct(), slow);
        FxWait.run(() -> held.exportJson(record, target));

        cancelProgress(robot, "Writing record.json …");
        FxWait.run(slow::finish);

        assertThat(target).hasContent("the export of last week");
        assertThat(filesInFolder()).isEqualTo(before);
        assertThat(dialogs(robot)).as("nothing reported after Cancel").isEmpty();
    }

    @Test
    void aJsonExportThatIsNotCancelledReplacesTheFileWithTheRecord(FxRobot robot) throws Exception {
        Inventory record = open(robot, Locale.ENGLISH);
        Path target = folder.resolve("record.json");
        Files.writeString(target, "the export of last week");
        HeldRunner slow = new HeldRunner();
        FileCommands held = commandsWith(TaskRunner.direct(), slow);
        FxWait.run(() -> held.exportJson(record, target));
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> robot.lookup("#backgroundWork").tryQuery().isPresent());

        FxWait.run(slow::finish);

        assertThat(io.privacyinventory.exchange.InventoryJsonReader.read(target))
                .isEqualTo(record);
        assertThat(robot.lookup("#backgroundWork").tryQuery())
                .as("progress closed")
                .isEmpty();
    }

    @Test
    void aCancelledCopyLeavesNoCopy(FxRobot robot) throws Exception {
        open(robot, Locale.ENGLISH);
        Path target = folder.resolve("inventory copy.db");
        List<String> before = filesInFolder();
        HeldRunner slow = new HeldRunner();
        FileCommands held = commandsWith(slow, TaskRunner.direct());
        FxWait.run(() -> held.saveCopy(document, target));

        cancelProgress(robot, "Copying the inventory to inventory copy.db …");
        FxWait.run(slow::finish);

        assertThat(target).doesNotExist();
        assertThat(filesInFolder()).isEqualTo(before);
        assertThat(dialogs(robot)).isEmpty();
    }

    @Test
    void aCancelledSpreadsheetExportLeavesTheFileThereAsItWas(FxRobot robot) throws Exception {
        Inventory record = open(robot, Locale.ENGLISH);
        Path target = folder.resolve("activities.csv");
        Files.writeString(target, "last week's sheet");
        List<String> before = filesInFolder();
        HeldRunner slow = new HeldRunner();
        List<Path> reported = new java.util.ArrayList<>();
        FxWait.run(() -> io.privacyinventory.ui.export.CsvExportDialog.write(
                target,
                record,
                io.privacyinventory.exchange.csv.CsvOptions.plain("en"),
                io.privacyinventory.exchange.csv.CsvLayout.values()[0],
                slow,
                new Messages(Locale.ENGLISH),
                stage,
                reported::add));

        cancelProgress(robot, "Writing activities.csv …");
        FxWait.run(slow::finish);

        assertThat(target).hasContent("last week's sheet");
        assertThat(filesInFolder()).isEqualTo(before);
        assertThat(reported).as("not reported as saved").isEmpty();
    }
}
