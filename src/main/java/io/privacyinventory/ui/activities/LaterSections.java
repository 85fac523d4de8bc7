package io.privacyinventory.ui.activities;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The editor's sections below the fold, kept out of the first frame (decision 0018): each stands
 * as its heading over an empty space of about its height until it is built, which is in one of
 * the pulses after the editor is first shown (one section a pulse, so no pulse styles them all), or
 * at once when it is needed first: scrolled into view, tabbed into, or asked for a field
 * (a finding's place). Once all are built, the idle pulses build a few hidden rows ahead
 * ({@link EditorPart#prepare}), one a pulse.
 */
final class LaterSections {
    /** Pulses left for the first frame (its layout, then the table's and lists' new cells) before building. */
    private static final int FIRST_FRAMES = 3;

    private final VBox content;
    private final ScrollPane page;
    private final Consumer<EditorPart> built;
    /** Rows to build ahead in the sections built with the editor (the controllers'). */
    private final BooleanSupplier prepareFirst;

    private final List<Slot> slots = new ArrayList<>();
    private boolean readOnly;
    private final AnimationTimer warmUp = new AnimationTimer() {
        private int frames;

        @Override
        public void handle(long now) {
            if (++frames < FIRST_FRAMES) {
                return;
            }
            for (Slot slot : slots) {
                if (slot.part == null) {
                    build(slot);
                    return;
                }
            }
            if (prepareFirst.getAsBoolean()) {
                return;
            }
            for (Slot slot : slots) {
                if (slot.part.prepare()) {
                    return;
                }
            }
            stop();
            content.getProperties().remove(ActivityEditor.SETTLING);
        }
    };
    private boolean warming;

    /**
     * {@code built} fills a part just built from the activity shown (if any) and marks its
     * findings; {@code prepareFirst} builds a hidden row ahead in the sections above the fold.
     */
    LaterSections(
            ActivityEditor editor,
            List<EditorPart.Plan> plans,
            VBox content,
            ScrollPane page,
            Consumer<EditorPart> built,
            BooleanSupplier prepareFirst) {
        this.prepareFirst = prepareFirst;
        this.content = content;
        this.page = page;
        this.built = built;
        for (EditorPart.Plan plan : plans) {
            slots.add(new Slot(plan, placeholder(editor, plan)));
        }
        page.vvalueProperty().addListener((observable, old, value) -> buildInView());
    }

    /** What stands in the page for each section now: the section once built, else its placeholder. */
    List<Node> nodes() {
        return slots.stream().map(Slot::node).toList();
    }

    /** Starts building the sections in the pulses to come, the first time an activity is shown. */
    void startWarmUp() {
        if (!warming) {
            warming = true;
            content.getProperties().put(ActivityEditor.SETTLING, Boolean.TRUE);
            warmUp.start();
        }
    }

    /** The parts built so far, to show another activity in. */
    List<EditorPart> builtParts() {
        return slots.stream()
                .filter(slot -> slot.part != null)
                .map(slot -> slot.part)
                .toList();
    }

    /**
     * The control for the field at {@code path}. With {@code build}, every section is built first:
     * to scroll to a field its place on the page must be known, and a section built later above or
     * below it would move it.
     */
    Control control(String path, boolean build) {
        if (build) {
            slots.stream().filter(slot -> slot.part == null).forEach(this::build);
        }
        for (Slot slot : slots) {
            if (slot.plan.edits(path)) {
                return slot.part == null ? null : slot.part.control(path);
            }
        }
        return null;
    }

    void setReadOnly(boolean readOnly) {
        this.readOnly = readOnly;
        for (Slot slot : slots) {
            slot.node().setDisable(readOnly);
        }
    }

    private void build(Slot slot) {
        slot.part = slot.plan.build().get();
        Node node = slot.part.node();
        node.setDisable(readOnly);
        boolean focused = slot.placeholder.isFocused();
        int at = content.getChildren().indexOf(slot.placeholder);
        if (at >= 0) {
            content.getChildren().set(at, node);
        }
        built.accept(slot.part);
        if (focused) {
            focusFirstIn(node);
        }
    }

    /** Builds the sections whose place the page has been scrolled to. */
    private void buildInView() {
        double viewport = page.getViewportBounds().getHeight();
        double top = page.getVvalue() * Math.max(0, content.getHeight() - viewport);
        for (Slot slot : slots) {
            if (slot.part == null && content.getChildren().contains(slot.placeholder)) {
                double y = slot.placeholder.getBoundsInParent().getMinY();
                if (y < top + 2 * viewport
                        && slot.placeholder.getBoundsInParent().getMaxY() > top) {
                    build(slot);
                }
            }
        }
    }

    /** A heading over the space the section will take; taking the focus (Tab) builds the section. */
    private Node placeholder(ActivityEditor editor, EditorPart.Plan plan) {
        Region space = new Region();
        space.setPrefHeight(plan.guessedHeight());
        VBox box = (VBox) editor.section(plan.headingKey(), space);
        box.getStyleClass().add("section-later");
        box.setFocusTraversable(true);
        // built after the focus change is done: replacing the focused node while it takes the focus confuses the scene
        box.focusedProperty().addListener((observable, was, focused) -> {
            if (focused) {
                Platform.runLater(() -> slots.stream()
                        .filter(slot -> slot.placeholder == box && slot.part == null)
                        .findFirst()
                        .ifPresent(this::build));
            }
        });
        return box;
    }

    private static void focusFirstIn(Node node) {
        if (node.isFocusTraversable() && !node.isDisabled() && node.isVisible()) {
            node.requestFocus();
            return;
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                if (child.isVisible() && !child.isDisabled()) {
                    focusFirstIn(child);
                    if (child.getScene() != null
                            && child.getScene().getFocusOwner() != null
                            && isWithin(child.getScene().getFocusOwner(), child)) {
                        return;
                    }
                }
            }
        }
    }

    private static boolean isWithin(Node node, Node ancestor) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (at == ancestor) {
                return true;
            }
        }
        return false;
    }

    private static final class Slot {
        final EditorPart.Plan plan;
        final Node placeholder;
        EditorPart part;

        Slot(EditorPart.Plan plan, Node placeholder) {
            this.plan = plan;
            this.placeholder = placeholder;
        }

        Node node() {
            return part == null ? placeholder : part.node();
        }
    }
}
