package io.privacyinventory.ui;

import javafx.application.Application;

import java.nio.file.Path;

/** Starts the JavaFX application on an inventory file. */
public final class GuiLauncher {
    private GuiLauncher() {
    }

    public static void launch(Path file, boolean smoke) {
        InventoryApp.configure(file, smoke);
        Application.launch(InventoryApp.class);
    }
}
