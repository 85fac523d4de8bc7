package io.privacyinventory.ui;

import javafx.scene.Node;

/**
 * A view of one section of the main window. It is built once, and listens to the document only
 * while it is shown: {@link #activate} when it comes on screen (it catches up with the document
 * then), {@link #deactivate} when another section replaces it. A hidden view does no work.
 */
public interface SectionView {
    Node root();

    /** The view is shown: subscribe to what it follows and bring itself up to date. */
    default void activate() {}

    /** The view is hidden: release every subscription taken in {@link #activate}. */
    default void deactivate() {}

    /** The window goes away: release everything, for good. */
    default void dispose() {
        deactivate();
    }
}
