package io.privacyinventory.ui;

import io.privacyinventory.model.Inventory;
import io.privacyinventory.store.InventoryStore;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The desktop application. The window appears at once and the inventory is read in the
 * background; with {@code --smoke} the app prints how long the first frame took and exits.
 */
public final class InventoryApp extends Application {
    private static final int[] ICON_SIZES = {16, 32, 64, 128, 256, 512};
    private static Path file;
    private static boolean smoke;

    static void configure(Path inventoryFile, boolean smokeTest) {
        file = inventoryFile;
        smoke = smokeTest;
    }

    @Override
    public void start(Stage stage) {
        Messages messages = new Messages(Locale.getDefault());
        OverviewView view = new OverviewView(messages);
        stage.setTitle(messages.get("window.title", file.getFileName()));
        for (int size : ICON_SIZES) {
            stage.getIcons().add(new Image(InventoryApp.class.getResourceAsStream(
                    "/icons/privacy-inventory-" + size + ".png")));
        }
        Scene scene = new Scene(view.root(), 1280, 780);
        scene.getStylesheets().add(InventoryApp.class.getResource("app.css").toExternalForm());
        stage.setScene(scene);
        stage.setMinWidth(720);
        stage.setMinHeight(480);
        stage.show();
        if (smoke) {
            reportFirstFrame();
        }
        view.showLoading(file);
        Task<Inventory> load = new Task<>() {
            @Override
            protected Inventory call() throws Exception {
                try (InventoryStore store = InventoryStore.openReadOnly(file)) {
                    return store.load();
                }
            }
        };
        load.setOnSucceeded(event -> view.show(file, load.getValue()));
        load.setOnFailed(event -> view.showError(file, load.getException()));
        Thread loader = new Thread(load, "inventory-loader");
        loader.setDaemon(true);
        loader.start();
    }

    /** Waits two pulses (the first frame is then on screen), prints the time since JVM start, exits. */
    private static void reportFirstFrame() {
        new AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                if (++frames == 2) {
                    stop();
                    long startupMs = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                    System.out.println("startup-ms=" + startupMs);
                    System.out.flush();
                    Platform.exit();
                }
            }
        }.start();
    }
}
