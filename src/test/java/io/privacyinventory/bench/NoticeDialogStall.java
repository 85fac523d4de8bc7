package io.privacyinventory.bench;

import io.privacyinventory.model.Inventory;
import io.privacyinventory.store.InventoryStore;
import io.privacyinventory.ui.Messages;
import io.privacyinventory.ui.TaskRunner;
import io.privacyinventory.ui.export.NoticeExportDialog;
import java.nio.file.Path;
import java.util.Locale;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The longest the FX thread stands still while the notice dialog opens on a large inventory: the
 * biggest gap between two pulses from the moment it is asked for until its preview is filled.
 * An animation timer keeps pulses coming (about 60 a second), so any gap well above 17 ms is time
 * the FX thread spent on something else; the measure ends ten pulses after the preview has its
 * text, so that laying that text out is counted too. The dialog is first opened and closed once on an empty
 * inventory, so that loading the dialog's classes, styles and fonts (a one-off of the first dialog
 * in a session, whatever it shows) is not counted. Prints {@code stall-ms} and {@code filled-ms}.
 */
public final class NoticeDialogStall {
    /** Pulses still measured after the preview has its text: laying the text out happens in them. */
    private static final int PULSES_AFTER_FILLED = 10;

    private NoticeDialogStall() {}

    public static void main(String[] args) {
        Application.launch(Probe.class, args);
    }

    /** The application: a window, a pulse clock, and then the dialog. */
    public static final class Probe extends Application {
        private Inventory inventory;
        private long lastPulse;
        private long longestGap;
        private long opened;
        private boolean measuring;
        private NoticeExportDialog dialog;
        private long filledAt;
        private int filledFrame;

        @Override
        public void init() throws Exception {
            try (InventoryStore store =
                    InventoryStore.openReadOnly(Path.of(getParameters().getRaw().get(0)))) {
                inventory = store.load();
            }
        }

        @Override
        public void start(Stage stage) {
            stage.setScene(new Scene(new StackPane(new Label("Privacy Inventory")), 1440, 880));
            stage.show();
            new AnimationTimer() {
                private int frames;

                @Override
                public void handle(long now) {
                    frames++;
                    if (measuring) {
                        longestGap = Math.max(longestGap, now - lastPulse);
                        if (now - lastPulse > 100_000_000L && Boolean.getBoolean("stall.trace")) {
                            System.out.println("gap " + (now - lastPulse) / 1_000_000 + " ms ending at "
                                    + (now - opened) / 1_000_000 + " ms");
                        }
                    }
                    lastPulse = now;
                    if (frames == 30) {
                        NoticeExportDialog warmUp = new NoticeExportDialog(
                                stage,
                                new Messages(Locale.ENGLISH),
                                Inventory.empty("en", "Warm-up"),
                                null,
                                "warm-up",
                                TaskRunner.direct());
                        warmUp.show();
                        warmUp.dialog().setResult(javafx.scene.control.ButtonType.CLOSE);
                        warmUp.dialog().close();
                    } else if (frames == 90) {
                        open(stage);
                    } else if (dialog != null && measuring && filledAt == 0 && filled()) {
                        filledAt = System.nanoTime();
                        filledFrame = frames;
                    } else if (filledAt != 0 && measuring && frames >= filledFrame + PULSES_AFTER_FILLED) {
                        // the pulses after the text is set lay it out: they belong to opening too
                        measuring = false;
                        stop();
                        System.out.println("stall-ms=" + longestGap / 1_000_000);
                        System.out.println("filled-ms=" + (filledAt - opened) / 1_000_000);
                        System.out.flush();
                        Platform.exit();
                    }
                }
            }.start();
        }

        private void open(Stage stage) {
            measuring = true;
            opened = System.nanoTime();
            lastPulse = opened;
            dialog = new NoticeExportDialog(
                    stage,
                    new Messages(Locale.ENGLISH),
                    inventory,
                    null,
                    "inventory",
                    TaskRunner.background("notice-preview"));
            dialog.show();
            if (Boolean.getBoolean("stall.trace")) {
                System.out.println("built and shown in " + (System.nanoTime() - opened) / 1_000_000 + " ms");
            }
        }

        private boolean filled() {
            TextArea preview = (TextArea) dialog.dialog().getDialogPane().lookup("#noticePreview");
            return preview != null && !preview.getText().isEmpty();
        }
    }
}
