package io.privacyinventory.ui;

import impl.org.controlsfx.skin.DecorationPane;
import javafx.scene.Node;
import javafx.scene.Parent;

/**
 * The root of the main window's scene: the layer ControlsFX draws the finding markers in, holding
 * whatever the window shows (the editor, a progress indicator, an error).
 *
 * <p>ControlsFX puts such a layer in itself the first time a marker is shown, by making it the
 * scene's root and moving the old root into it. Moving the whole window styles and lays out every
 * node again in one pulse: the first activity with a finding on a field stalled the window for
 * 0.5–2 s at 10,000 activities. With the layer there from the start ControlsFX finds it and adds
 * only the marker (decision 0021).
 */
public final class WindowFrame {
    private final DecorationPane layer = new DecorationPane();

    public WindowFrame(Node content) {
        show(content);
    }

    /** The scene's root. */
    public Parent root() {
        return layer;
    }

    /** Shows {@code content} in the window instead of what it showed (markers on that go with it). */
    public void show(Node content) {
        layer.setRoot(content);
    }
}
