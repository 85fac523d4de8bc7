package io.privacyinventory.bench;

import java.lang.management.ManagementFactory;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The yardstick for start-up: the smallest JavaFX application, a window with one label, that reports
 * its first frame exactly as {@code --smoke} does (two pulses after showing, time since JVM start).
 * Like the app's {@code Main}, the main class is not the {@link Application} itself, so it starts
 * from a plain class path.
 */
public final class BareWindow {
    private BareWindow() {}

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The application: one stage, one label. */
    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            stage.setScene(new Scene(new StackPane(new Label("Privacy Inventory")), 1440, 880));
            stage.setTitle("Bare window");
            stage.show();
            new AnimationTimer() {
                private int frames;

                @Override
                public void handle(long now) {
                    if (++frames == 2) {
                        stop();
                        long startupMs = System.currentTimeMillis()
                                - ManagementFactory.getRuntimeMXBean().getStartTime();
                        System.out.println("startup-ms=" + startupMs);
                        System.out.flush();
                        Platform.exit();
                    }
                }
            }.start();
        }
    }
}
