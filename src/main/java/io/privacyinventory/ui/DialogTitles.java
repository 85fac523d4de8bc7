package io.privacyinventory.ui;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Alert;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Gives every alert a title in the interface language. JavaFX titles an alert in its own
 * language ("Confirmation", "Warning", …, with no bokmål); rather than every place that opens an
 * alert remembering to set one, the title is put in here as the alert's window appears. A title
 * the caller set itself is kept.
 */
public final class DialogTitles {
    private static final Map<Alert.AlertType, String> JAVAFX_TITLES = new EnumMap<>(Alert.AlertType.class);
    private static Supplier<Messages> current;

    private DialogTitles() {}

    /** From now on, alerts are titled in the language {@code messages} gives at the time they appear. */
    public static void install(Supplier<Messages> messages) {
        boolean first = current == null;
        current = messages;
        if (!first) {
            return;
        }
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                for (Window window : change.getAddedSubList()) {
                    retitle(window);
                }
            }
        });
    }

    private static void retitle(Window window) {
        if (!(window instanceof Stage stage)
                || window.getScene() == null
                || !(window.getScene().getRoot() instanceof DialogPane pane)) {
            return;
        }
        for (Alert.AlertType type : Alert.AlertType.values()) {
            String styleClass = type.name().toLowerCase(java.util.Locale.ROOT);
            if (type != Alert.AlertType.NONE
                    && pane.getStyleClass().contains(styleClass)
                    && javafxTitle(type).equals(stage.getTitle())) {
                stage.setTitle(current.get().get("dialogTitle." + styleClass));
            }
        }
    }

    /**
     * The title JavaFX gives an alert of this kind, learnt from one the first time an alert of the
     * kind appears: not while the main window is built, and not for a dialog that is no alert (the
     * notice and CSV dialogs), whose opening should not pay for it.
     */
    private static String javafxTitle(Alert.AlertType type) {
        return JAVAFX_TITLES.computeIfAbsent(type, kind -> new Alert(kind).getTitle());
    }
}
