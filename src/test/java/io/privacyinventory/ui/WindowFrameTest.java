package io.privacyinventory.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.privacyinventory.TestInventories;
import io.privacyinventory.store.InventoryStore;
import io.privacyinventory.ui.document.InventoryDocument;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The main window in its frame, as the app shows it: the finding markers of the selected activity
 * are drawn without the window being moved into another root (which styled and laid out the whole
 * window again, a stall of seconds on a large inventory), and showing something else takes the
 * markers away with the window they were on.
 */
@ExtendWith(FxStageExtension.class)
class WindowFrameTest {
    @TempDir
    Path folder;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void markersAreDrawnInTheFrameAndLeaveWithTheWindow(FxRobot robot) throws Exception {
        InventoryStore store = InventoryStore.create(
                folder.resolve("frame.db"), TestInventories.read(TestInventories.PRODUCT_SERVICES));
        InventoryDocument document = new InventoryDocument(store, store.load(), TaskRunner.direct());
        Messages messages = new Messages(Locale.ENGLISH);
        WindowFrame[] frame = new WindowFrame[1];
        Parent[] window = new Parent[1];
        FxWait.run(() -> {
            Theme.apply(false);
            window[0] = new MainWindow(document, messages, new NoAppActions(), TaskRunner.direct()).root();
            frame[0] = new WindowFrame(window[0]);
            Scene scene = new Scene(frame[0].root(), 1200, 800);
            Theme.style(scene);
            stage.setScene(scene);
            stage.show();
        });
        FxWait.settle();

        // the sample's first activity, shown at start, has findings on its fields
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> markers(robot) > 0);
        assertThat(stage.getScene().getRoot()).isSameAs(frame[0].root());
        assertThat(window[0].getParent()).isSameAs(frame[0].root());

        FxWait.run(() -> frame[0].show(new Label("another inventory")));
        FxWait.settle();
        assertThat(markers(robot)).isZero();
        assertThat(stage.getScene().getRoot()).isSameAs(frame[0].root());
        document.close();
    }

    private int markers(FxRobot robot) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> stage.getScene().getRoot().lookupAll(".finding-marker").stream()
                        .filter(Node::isVisible)
                        .toList()
                        .size())
                .get();
    }
}
