package io.privacyinventory.ui;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import javafx.application.Application;

/** Starts the JavaFX application. */
public final class GuiLauncher {
    private GuiLauncher() {}

    /**
     * Opens {@code file}, or when it is null the file opened last, or else the default inventory
     * that {@code defaultFile} provides (creating it on first start). Files opened for editing get
     * a daily rotating backup in {@code backupFolder}.
     */
    public static void launch(Path file, Callable<Path> defaultFile, Path backupFolder, boolean smoke) {
        InventoryApp.configure(file, defaultFile, backupFolder, smoke);
        Application.launch(InventoryApp.class);
    }
}
