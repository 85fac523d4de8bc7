package io.privacyinventory.ui;

import io.privacyinventory.ui.document.InventoryDocument;
import io.privacyinventory.ui.findings.FindingsModel;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.Subscription;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The main window's status bar: the file, the findings count (or why checking failed), a busy
 * indicator while edits are on their way to the file, and whether the last one was saved.
 */
final class StatusBar {
    private final Messages messages;
    private final Label saveState = new Label();
    /** The last thing done that has no other trace on screen ("Saved activities.csv"). */
    private final Label message = new Label();

    private final HBox bar;
    /** Shown while edits are on their way to the file; made the first time one is (see {@link #addBusyIndicator}). */
    private ProgressIndicator busy;

    private final Subscription subscription;

    StatusBar(InventoryDocument document, FindingsModel findings, Messages messages, Runnable openFindings) {
        this.messages = messages;
        Label path = new Label(document.location().describe());
        path.setId("statusPath");
        saveState.setId("saveState");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button counts = new Button();
        counts.setId("findingCounts");
        counts.getStyleClass().addAll("flat", "small");
        counts.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> findings.failureProperty().get() != null
                                ? messages.get("findings.failed")
                                : messages.get(
                                        "findings.summary",
                                        findings.errorCountProperty().get(),
                                        findings.warningCountProperty().get()),
                        findings.errorCountProperty(),
                        findings.warningCountProperty(),
                        findings.failureProperty()));
        counts.setGraphic(new FontIcon(Material2AL.ERROR_OUTLINE));
        Tooltip tooltip = new Tooltip();
        tooltip.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> findings.failureProperty().get() == null
                                ? messages.get("findings.open")
                                : findings.failureProperty().get().getMessage(),
                        findings.failureProperty()));
        counts.setTooltip(tooltip);
        counts.setOnAction(event -> openFindings.run());
        message.setId("statusMessage");
        bar = new HBox(12, path, message, spacer, counts, saveState);
        if (document.isReadOnly()) {
            saveState.setVisible(false);
            saveState.setManaged(false);
            Label readOnly = new Label(messages.get("status.readOnly"));
            readOnly.getStyleClass().add("badge");
            bar.getChildren().add(readOnly);
            document.location().serverUser().ifPresent(user -> {
                readOnly.setId("viewerNote");
                readOnly.setText(messages.get("status.viewer", user));
            });
        }
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 12, 4, 12));
        bar.getStyleClass().add("status-bar");
        subscription = document.saveStateProperty().subscribe(state -> {
            if (state == InventoryDocument.SaveState.SAVING && busy == null) {
                addBusyIndicator(document);
            }
            showSaveState(state);
        });
    }

    /**
     * Puts the busy indicator before the save state, the first time an edit is being saved: a spinner
     * is some fifteen nodes that the window's first frame would style without showing them.
     */
    private void addBusyIndicator(InventoryDocument document) {
        busy = new ProgressIndicator();
        busy.setPrefSize(16, 16);
        busy.visibleProperty().bind(document.saveStateProperty().isEqualTo(InventoryDocument.SaveState.SAVING));
        busy.managedProperty().bind(busy.visibleProperty());
        bar.getChildren().add(bar.getChildren().indexOf(saveState), busy);
    }

    Node node() {
        return bar;
    }

    /** Shows what was just done, until the next message. */
    void showMessage(String text) {
        message.setText(text);
    }

    void dispose() {
        subscription.unsubscribe();
    }

    private void showSaveState(InventoryDocument.SaveState state) {
        saveState.setText(
                switch (state) {
                    case SAVED -> messages.get("status.saved");
                    case SAVING -> messages.get("status.saving");
                    case FAILED -> messages.get("status.failed");
                });
        saveState.setGraphic(new FontIcon(
                state == InventoryDocument.SaveState.FAILED ? Material2MZ.WARNING : Material2AL.CHECK_CIRCLE));
    }
}
