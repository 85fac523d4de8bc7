package io.privacyinventory.ui;

import io.privacyinventory.ui.activities.ActivityEditor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Waits until a window stops changing by itself. The activity editor builds its sections below the
 * fold, and then a few hidden rows, in the pulses after it first shows an activity (decision 0018);
 * a test that looked nodes up from its own thread meanwhile could see the scene half-changed, so the
 * window is asked on the FX thread.
 */
public final class SettledScene {
    private SettledScene() {}

    public static void await(Stage stage) {
        FxWait.settle();
        try {
            WaitForAsyncUtils.waitFor(
                    20,
                    TimeUnit.SECONDS,
                    () -> WaitForAsyncUtils.asyncFx(() -> stage.getScene() == null
                                    || settled(stage.getScene().getRoot()))
                            .get());
        } catch (TimeoutException e) {
            throw new AssertionError("the activity editor was still building its sections after 20 s", e);
        }
        FxWait.settle();
    }

    private static boolean settled(Node node) {
        if (Boolean.TRUE.equals(node.getProperties().get(ActivityEditor.SETTLING))
                || node.getStyleClass().contains("section-later")) {
            return false;
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                if (!settled(child)) {
                    return false;
                }
            }
        }
        return true;
    }
}
