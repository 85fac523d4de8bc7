package io.privacyinventory.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.privacyinventory.TestInventories;
import io.privacyinventory.model.Activity;
import io.privacyinventory.model.EntityType;
import io.privacyinventory.store.InventoryStore;
import io.privacyinventory.ui.document.InventoryDocument;
import io.privacyinventory.ui.findings.FindingsModel;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ProgressIndicator;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The status bar's spinner, made only when the first edit is on its way to the file: shown before
 * the save state while each edit is being saved, gone once it is saved, the first time as every time.
 * The file is slowed on purpose (the real worker holds each save until the test lets it go).
 */
@ExtendWith(FxStageExtension.class)
class StatusBarBusyTest {
    @TempDir
    Path folder;

    private Stage stage;
    private InventoryDocument document;
    private final HeldWorker disk = new HeldWorker();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Theme.apply(false);
    }

    @AfterEach
    void close() {
        disk.release();
        FxWait.run(stage::hide);
        if (document != null) {
            document.close();
        }
    }

    @Test
    void theSpinnerShowsWhileEachEditIsSavedFromTheFirstOn() throws Exception {
        Path file = folder.resolve("inventory.db");
        InventoryStore.create(file, TestInventories.read(TestInventories.CLINIC_GROUP))
                .close();
        InventoryStore store = InventoryStore.open(file);
        document = new InventoryDocument(store, store.load(), disk);
        String id = document.inventory().activities().get(0).id();
        Parent[] bar = new Parent[1];
        FxWait.run(() -> {
            StatusBar status = new StatusBar(
                    document,
                    new FindingsModel(document, TaskRunner.direct(), Locale.ENGLISH, Clock.systemDefaultZone()),
                    new Messages(Locale.ENGLISH),
                    () -> {});
            bar[0] = (Parent) status.node();
            stage.setScene(new Scene(bar[0], 900, 40));
            stage.show();
        });
        assertThat(spinners(bar[0])).as("no edit saved yet").noneMatch(Node::isVisible);

        for (String owner : List.of("Beta", "Gamma")) {
            FxWait.run(() -> document.change(EntityType.ACTIVITY, id, (Activity a) -> a.withOwner(owner)));
            assertThat(document.saveStateProperty().get()).isEqualTo(InventoryDocument.SaveState.SAVING);
            List<ProgressIndicator> shown =
                    spinners(bar[0]).stream().filter(Node::isVisible).toList();
            assertThat(shown).as("while '%s' is saved", owner).hasSize(1);
            assertThat(bar[0].getChildrenUnmodifiable().indexOf(shown.get(0)))
                    .as("the spinner stands just before the save state")
                    .isEqualTo(bar[0].getChildrenUnmodifiable().size() - 2);

            disk.release();
            WaitForAsyncUtils.waitFor(
                    20,
                    TimeUnit.SECONDS,
                    () -> document.saveStateProperty().get() == InventoryDocument.SaveState.SAVED);
            FxWait.settle();
            assertThat(spinners(bar[0])).as("'%s' saved", owner).noneMatch(Node::isVisible);
            disk.hold();
        }
    }

    private static List<ProgressIndicator> spinners(Parent bar) {
        return bar.getChildrenUnmodifiable().stream()
                .filter(ProgressIndicator.class::isInstance)
                .map(ProgressIndicator.class::cast)
                .toList();
    }
}
