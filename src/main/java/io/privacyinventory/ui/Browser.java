package io.privacyinventory.ui;

import java.net.URI;
import javafx.application.HostServices;

/**
 * Opens a page in the user's own browser through the application's host services. The notice
 * dialog shows a rendered HTML notice this way rather than in an embedded web view, which would
 * add the javafx-web module (tens of megabytes) to every installation for one preview.
 */
public final class Browser {
    private static volatile HostServices services;

    private Browser() {}

    /** Called once by the application when it starts; without it (tests, the CLI) nothing can be opened. */
    static void use(HostServices hostServices) {
        services = hostServices;
    }

    public static boolean available() {
        return services != null;
    }

    public static void open(URI page) {
        HostServices current = services;
        if (current != null) {
            current.showDocument(page.toString());
        }
    }
}
