package io.privacyinventory.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.scene.image.Image;

/**
 * The app's window icons, 16 to 512 pixels. They are decoded on a thread of their own, started
 * between the toolkit's start and the window's construction, so that they are ready when the window
 * is shown instead of being decoded by the FX thread on the way to the first frame.
 */
final class WindowIcons {
    static final int[] SIZES = {16, 32, 64, 128, 256, 512};

    private WindowIcons() {}

    /** The icons, smallest first, decoded in the background; needs the JavaFX toolkit started. */
    static CompletableFuture<List<Image>> decodeInBackground() {
        return CompletableFuture.supplyAsync(WindowIcons::decode, runnable -> {
            Thread thread = new Thread(runnable, "window-icons");
            thread.setDaemon(true);
            thread.start();
        });
    }

    private static List<Image> decode() {
        List<Image> icons = new ArrayList<>();
        for (int size : SIZES) {
            try (InputStream png = WindowIcons.class.getResourceAsStream("/icons/privacy-inventory-" + size + ".png")) {
                icons.add(new Image(png));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return icons;
    }
}
