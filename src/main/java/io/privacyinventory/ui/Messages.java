package io.privacyinventory.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The user interface's words, in English or Norwegian bokmål after the OS locale. */
public final class Messages {
    private final ResourceBundle bundle;
    private final Locale locale;

    public Messages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(
                "io.privacyinventory.ui.messages",
                locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public String get(String key, Object... arguments) {
        String pattern = bundle.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    /** Dialog buttons in the interface language (JavaFX's own have no bokmål). */
    public javafx.scene.control.ButtonType ok() {
        return new javafx.scene.control.ButtonType(get("button.ok"), javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
    }

    public javafx.scene.control.ButtonType cancel() {
        return new javafx.scene.control.ButtonType(
                get("button.cancel"), javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE);
    }

    public javafx.scene.control.ButtonType close() {
        return new javafx.scene.control.ButtonType(
                get("button.close"), javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE);
    }

    public Locale locale() {
        return locale;
    }

    /** The inventory language code for a UI locale: Norwegian (no, nb) is "nb". */
    public static String inventoryLanguage(Locale locale) {
        String language = locale.getLanguage();
        return language.equals("no") || language.equals("nb") ? "nb" : language;
    }
}
