package io.privacyinventory.ui.activities;

import io.privacyinventory.model.Activity;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.Control;

/**
 * A section of the activity editor that is built when first needed ({@link LaterSections}): its
 * node, how it fills its controls from an activity, and the controls of the fields it edits.
 */
final class EditorPart {

    /** Fills the part's controls; {@code other}: a different activity than the one shown before. */
    interface Shows {
        void show(Activity shown, boolean other);
    }

    /** How a part is made: its heading, the height it is guessed to take until built, the fields it edits, how to build it. */
    record Plan(
            String headingKey,
            double guessedHeight,
            Set<String> fields,
            java.util.function.Supplier<EditorPart> build) {
        boolean edits(String path) {
            return fields.contains(path.split("/", 2)[0]);
        }
    }

    private final Node node;
    private final Shows shows;
    private final Function<String, Control> controls;
    private final BooleanSupplier prepare;

    /** {@code controls} gives the control for a path relative to the activity, or null. */
    EditorPart(Node node, Shows shows, Function<String, Control> controls) {
        this(node, shows, controls, () -> false);
    }

    /** As above; {@code prepare} builds a little more ahead of need (a hidden row), true if it did. */
    EditorPart(Node node, Shows shows, Function<String, Control> controls, BooleanSupplier prepare) {
        this.node = node;
        this.shows = shows;
        this.controls = controls;
        this.prepare = prepare;
    }

    /** Builds a little of what a later activity may need (one hidden row); false when there is nothing left to do. */
    boolean prepare() {
        return prepare.getAsBoolean();
    }

    Node node() {
        return node;
    }

    void show(Activity shown, boolean other) {
        shows.show(shown, other);
    }

    Control control(String path) {
        return controls.apply(path);
    }
}
