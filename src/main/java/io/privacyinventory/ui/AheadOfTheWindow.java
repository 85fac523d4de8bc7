package io.privacyinventory.ui;

import java.text.Collator;
import java.util.concurrent.CompletableFuture;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * Work the FX thread did the first time on its way to the window's first frame that needs nothing of
 * the window, done instead on a thread of its own started with the toolkit, while the FX thread
 * builds the window:
 *
 * <ul>
 *   <li>the icon fonts: the first icon made loads the font of every icon pack (ikonli's resolver,
 *       made once for the whole app);
 *   <li>the collator of the interface language, which the Activities table's sort keys use: the JDK
 *       builds its rule tables once per language and hands out copies.
 * </ul>
 *
 * <p>Nothing waits for it: if the FX thread gets there first, it does the work itself as before. For
 * the same reason a failure here is not reported: the FX thread meets it again where it does the same
 * work (the first icon, the first sort), and it is reported there.
 */
final class AheadOfTheWindow {
    private AheadOfTheWindow() {}

    /** Starts the work; needs the JavaFX toolkit started (the fonts). */
    static CompletableFuture<Void> start() {
        return CompletableFuture.runAsync(AheadOfTheWindow::prepare, runnable -> {
            Thread thread = new Thread(runnable, "window-ahead");
            thread.setDaemon(true);
            thread.start();
        });
    }

    private static void prepare() {
        new FontIcon(Material2AL.ERROR);
        Collator.getInstance();
    }
}
