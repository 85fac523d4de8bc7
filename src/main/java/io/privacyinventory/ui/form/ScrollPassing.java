package io.privacyinventory.ui.form;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.ScrollEvent;

/**
 * Lets the mouse wheel scroll the page while the pointer passes over a list or text area inside
 * it. Such a control takes the wheel only once it has the focus (the user clicked into it to work
 * with it); until then the wheel moves the enclosing scroll pane.
 */
public final class ScrollPassing {
    private ScrollPassing() {}

    public static void install(Node control) {
        control.addEventFilter(ScrollEvent.SCROLL, event -> {
            if (control.isFocused() || event.getDeltaY() == 0) {
                return;
            }
            ScrollPane page = enclosingScrollPane(control);
            if (page == null || page.getContent() == null) {
                return;
            }
            double hidden = page.getContent().getBoundsInLocal().getHeight()
                    - page.getViewportBounds().getHeight();
            if (hidden > 0) {
                double range = page.getVmax() - page.getVmin();
                double value = page.getVvalue() - event.getDeltaY() / hidden * range;
                page.setVvalue(Math.max(page.getVmin(), Math.min(page.getVmax(), value)));
            }
            event.consume();
        });
    }

    private static ScrollPane enclosingScrollPane(Node node) {
        for (Parent parent = node.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof ScrollPane pane) {
                return pane;
            }
        }
        return null;
    }
}
