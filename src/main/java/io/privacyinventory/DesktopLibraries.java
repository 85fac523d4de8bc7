package io.privacyinventory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * What the editor's window needs from a Linux desktop before JavaFX is started: JavaFX's GTK
 * window system fails deep inside its start-up with a stack trace when GTK 3 is missing, which
 * tells a user nothing about what to install. Checked first, it is one line.
 */
final class DesktopLibraries {
    /** Where distributions put GTK 3's library (Debian/Ubuntu multiarch, Fedora/SUSE lib64, others lib). */
    static final List<String> GTK_FOLDERS = List.of(
            "/usr/lib/x86_64-linux-gnu",
            "/usr/lib/aarch64-linux-gnu",
            "/usr/lib64",
            "/usr/lib",
            "/lib/x86_64-linux-gnu",
            "/lib64",
            "/usr/local/lib");

    static final String GTK_LIBRARY = "libgtk-3.so.0";

    private DesktopLibraries() {}

    /** The line to print when the window cannot open here, or empty when it can (or another window system is used). */
    static Optional<String> missing(String osName, String glassPlatform, Predicate<Path> exists) {
        if (!osName.toLowerCase(java.util.Locale.ROOT).startsWith("linux")
                || (glassPlatform != null && !glassPlatform.equalsIgnoreCase("gtk"))) {
            return Optional.empty();
        }
        boolean found = GTK_FOLDERS.stream().anyMatch(folder -> exists.test(Path.of(folder, GTK_LIBRARY)));
        return found
                ? Optional.empty()
                : Optional.of("error: the editor's window needs GTK 3, which is not installed"
                        + " (Debian/Ubuntu: sudo apt install libgtk-3-0; Fedora: sudo dnf install gtk3);"
                        + " the commands (privacy-inventory --help) work without it");
    }

    static Optional<String> missingHere() {
        return missing(System.getProperty("os.name", ""), System.getProperty("glass.platform"), Files::exists);
    }
}
