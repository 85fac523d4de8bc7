package io.privacyinventory.ui;

import io.privacyinventory.TestInventories;
import io.privacyinventory.store.InventoryStore;
import io.privacyinventory.ui.document.InventoryDocument;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.image.Image;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The editor's main window on a sample inventory, at the window size a first start opens with, in
 * one UI language and theme: the thing the render checks and the screenshot run look at.
 */
final class RenderedWindow implements AutoCloseable {
    /** The size of the window at first start (AppPreferences' defaults). */
    static final double WIDTH = 1440;

    static final double HEIGHT = 880;

    final FxRobot robot;
    final Stage stage;
    final Messages messages;
    final InventoryDocument document;
    final MainWindow window;
    final boolean dark;

    private RenderedWindow(
            FxRobot robot,
            Stage stage,
            Messages messages,
            InventoryDocument document,
            MainWindow window,
            boolean dark) {
        this.robot = robot;
        this.stage = stage;
        this.messages = messages;
        this.document = document;
        this.window = window;
        this.dark = dark;
    }

    static RenderedWindow open(FxRobot robot, Stage stage, Path folder, Locale locale, boolean dark) throws Exception {
        Path file = folder.resolve("render-" + System.nanoTime() + ".db");
        InventoryStore store = InventoryStore.create(file, TestInventories.read(TestInventories.PRODUCT_SERVICES));
        InventoryDocument document = new InventoryDocument(store, store.load(), TaskRunner.direct());
        Messages messages = new Messages(locale);
        MainWindow[] window = new MainWindow[1];
        FxWait.run(() -> {
            Theme.apply(dark);
            DialogTitles.install(() -> messages);
            window[0] = new MainWindow(document, messages, new NoAppActions(), TaskRunner.direct());
            // in the frame the app shows it in, so the markers are drawn as there
            Scene scene = new Scene(new WindowFrame(window[0].root()).root(), WIDTH, HEIGHT);
            Theme.style(scene);
            stage.setScene(scene);
            stage.setWidth(WIDTH);
            stage.setHeight(HEIGHT);
            stage.show();
        });
        FxWait.settle();
        return new RenderedWindow(robot, stage, messages, document, window[0], dark);
    }

    void show(Section section) {
        FxWait.run(() -> window.show(section));
        settle();
    }

    /** Waits until the view is complete (the editor's later sections built) and laid out. */
    void settle() {
        SettledScene.await(stage);
        // one visit to the FX thread, which then waits for the events and the pulse after it
        FxWait.run(() -> {
            stage.getScene().getRoot().applyCss();
            stage.getScene().getRoot().layout();
        });
    }

    Node root() {
        return stage.getScene().getRoot();
    }

    Image snapshot() {
        return snapshot(stage.getScene());
    }

    Image snapshot(Scene scene) {
        WritableImage[] image = new WritableImage[1];
        FxWait.run(() -> image[0] = scene.snapshot(null));
        return image[0];
    }

    Image snapshot(Node node) {
        WritableImage[] image = new WritableImage[1];
        FxWait.run(() -> image[0] = node.snapshot(null, null));
        return image[0];
    }

    /** Chooses a menu command as a user would, and returns the dialog it opened (already laid out). */
    Optional<DialogPane> openDialog(String menuKey, String itemKey) {
        List<Window> before = new ArrayList<>(robot.listWindows());
        MenuItem item = menuItem(menuKey, itemKey);
        Platform.runLater(item::fire);
        FxWait.settle();
        try {
            // some commands check the record in the background before their dialog opens
            WaitForAsyncUtils.waitFor(
                    10,
                    java.util.concurrent.TimeUnit.SECONDS,
                    () -> newDialog(before).isPresent());
        } catch (java.util.concurrent.TimeoutException e) {
            return Optional.empty();
        }
        FxWait.settle();
        return newDialog(before);
    }

    private Optional<DialogPane> newDialog(List<Window> before) {
        return robot.listWindows().stream()
                .filter(shown -> !before.contains(shown))
                .map(Window::getScene)
                .filter(scene -> scene != null && scene.getRoot() instanceof DialogPane)
                .map(scene -> (DialogPane) scene.getRoot())
                .findFirst();
    }

    void close(DialogPane pane) {
        FxWait.run(() -> ((Stage) pane.getScene().getWindow()).close());
        FxWait.settle();
    }

    MenuItem menuItem(String menuKey, String itemKey) {
        MenuBar bar = (MenuBar) window.root().lookup(".menu-bar");
        Menu menu = bar.getMenus().stream()
                .filter(each -> each.getText().equals(messages.get(menuKey)))
                .findFirst()
                .orElseThrow();
        return menu.getItems().stream()
                .filter(each -> messages.get(itemKey).equals(each.getText()))
                .findFirst()
                .orElseThrow();
    }

    String variant() {
        return messages.locale().getLanguage() + "-" + (dark ? "dark" : "light");
    }

    static void writePng(Image image, Path file) {
        try {
            Files.createDirectories(file.getParent());
            int width = (int) image.getWidth();
            int height = (int) image.getHeight();
            BufferedImage buffered = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    buffered.setRGB(x, y, image.getPixelReader().getArgb(x, y));
                }
            }
            ImageIO.write(buffered, "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        FxWait.run(() -> {
            for (Window each : new ArrayList<>(Window.getWindows())) {
                if (each != stage && each instanceof Stage other) {
                    other.close();
                }
            }
            stage.hide();
            window.dispose();
        });
        document.close();
    }
}
