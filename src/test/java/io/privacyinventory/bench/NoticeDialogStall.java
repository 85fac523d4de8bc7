package io.privacyinventory.bench;

import io.privacyinventory.model.Inventory;
import io.privacyinventory.store.InventoryStore;
import io.privacyinventory.ui.Messages;
import io.privacyinventory.ui.TaskRunner;
import io.privacyinventory.ui.export.NoticeExportDialog;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Locale;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;

/**
 * The longest the FX thread stands still while the notice dialog opens on a large inventory: the
 * biggest gap between two pulses from the moment it is asked for until its preview is filled.
 * An animation timer keeps pulses coming (about 60 a second), so any gap well above 17 ms is time
 * the FX thread spent on something else; the measure ends ten pulses after the preview has its
 * text, so that laying that text out is counted too. The dialog opens over the app's Activities
 * view on the file, in the app's theme, after two activities have been selected in it (as a user
 * has worked before exporting). It is first opened and closed once on an empty inventory, so that
 * loading the dialog's classes, styles and fonts (a one-off of the first dialog in a session,
 * whatever it shows) is not counted. Prints {@code stall-ms}, {@code stall-cpu-ms} (the most CPU
 * the FX and render threads used between two pulses, which a busy machine does not inflate) and
 * {@code filled-ms}.
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
        private InventoryStore store;
        private ProbeWindow window;
        private Inventory inventory;
        private long lastPulse;
        private long longestGap;
        private long opened;
        private boolean measuring;
        private NoticeExportDialog dialog;
        private long filledAt;
        private long lastCpu;
        private long longestBusy;
        private long renderThread = -1;
        private int filledFrame;

        @Override
        public void init() throws Exception {
            store = InventoryStore.openReadOnly(Path.of(getParameters().getRaw().get(0)));
        }

        @Override
        public void start(Stage stage) {
            window = ProbeWindow.show(stage, store);
            inventory = window.inventory();
            new AnimationTimer() {
                private int frames;

                @Override
                public void handle(long now) {
                    frames++;
                    long cpu = threadCpu();
                    if (measuring) {
                        longestGap = Math.max(longestGap, now - lastPulse);
                        longestBusy = Math.max(longestBusy, cpu - lastCpu);
                        if (now - lastPulse > 100_000_000L && Boolean.getBoolean("stall.trace")) {
                            System.out.println("gap " + (now - lastPulse) / 1_000_000
                                    + " ms (FX and render threads busy "
                                    + (cpu - lastCpu) / 1_000_000 + " ms) ending at " + (now - opened) / 1_000_000
                                    + " ms");
                        }
                    }
                    lastPulse = now;
                    lastCpu = cpu;
                    if (frames == 20 || frames == 40) {
                        // the user works in the window before opening the dialog
                        int at = inventory.activities().size() / (frames == 20 ? 3 : 2);
                        window.model()
                                .selectedIdProperty()
                                .set(inventory.activities().get(at).id());
                    } else if (frames == 60) {
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
                    } else if (frames == 120) {
                        open(stage);
                    } else if (dialog != null && measuring && filledAt == 0 && filled()) {
                        filledAt = System.nanoTime();
                        filledFrame = frames;
                        if (Boolean.getBoolean("stall.trace")) {
                            System.out.println("filled at " + (filledAt - opened) / 1_000_000 + " ms");
                        }
                    } else if (filledAt != 0 && measuring && frames >= filledFrame + PULSES_AFTER_FILLED) {
                        // the pulses after the text is set lay it out: they belong to opening too
                        measuring = false;
                        stop();
                        System.out.println("stall-ms=" + longestGap / 1_000_000);
                        System.out.println("stall-cpu-ms=" + longestBusy / 1_000_000);
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
            if (Boolean.getBoolean("stall.trace")) {
                // the time the GC log (-Xlog:gc, decorated with uptime) counts from: to find the window's collections
                System.out.println("opened at uptime "
                        + ManagementFactory.getRuntimeMXBean().getUptime() + " ms");
            }
            dialog = new NoticeExportDialog(
                    stage,
                    new Messages(Locale.ENGLISH),
                    inventory,
                    null,
                    "inventory",
                    TaskRunner.background("notice-preview"));
            if (Boolean.getBoolean("stall.trace")) {
                System.out.println("built in " + (System.nanoTime() - opened) / 1_000_000 + " ms");
            }
            dialog.show();
            if (Boolean.getBoolean("stall.trace")) {
                System.out.println("built and shown in " + (System.nanoTime() - opened) / 1_000_000 + " ms");
            }
        }

        /**
         * CPU time of the FX thread and the render thread so far. On a busy machine the gaps
         * between pulses also hold time spent waiting for a core; the CPU time between two pulses
         * is the work itself, and compares two versions run under different loads.
         */
        private long threadCpu() {
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            if (renderThread < 0) {
                renderThread = Thread.getAllStackTraces().keySet().stream()
                        .filter(thread -> thread.getName().startsWith("QuantumRenderer"))
                        .mapToLong(Thread::getId)
                        .findFirst()
                        .orElse(0);
            }
            long render = renderThread > 0 ? Math.max(0, threads.getThreadCpuTime(renderThread)) : 0;
            return threads.getCurrentThreadCpuTime() + render;
        }

        @Override
        public void stop() {
            window.document().close();
        }

        private boolean filled() {
            TextArea preview = (TextArea) dialog.dialog().getDialogPane().lookup("#noticePreview");
            return preview != null && !preview.getText().isEmpty();
        }
    }
}
