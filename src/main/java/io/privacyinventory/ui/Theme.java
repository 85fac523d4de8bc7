package io.privacyinventory.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Dialog;

/** The look of the app: the AtlantaFX Primer theme (light or dark) and the app's own stylesheet. */
public final class Theme {
    private Theme() {}

    public static void apply(boolean dark) {
        Application.setUserAgentStylesheet(
                dark ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet());
    }

    public static void style(Scene scene) {
        scene.getStylesheets().add(stylesheet());
    }

    /**
     * Gives a dialog the app's own stylesheet: a dialog is a window of its own, so without it the
     * hints, warnings and key names in it that the stylesheet colours would show as plain text.
     */
    public static void style(Dialog<?> dialog) {
        dialog.getDialogPane().getStylesheets().add(stylesheet());
    }

    private static String stylesheet() {
        return Theme.class.getResource("app.css").toExternalForm();
    }
}
