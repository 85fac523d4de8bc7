package io.privacyinventory.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;

/** What the app remembers between runs: window bounds, theme, language, recent files. */
public final class AppPreferences {
    private static final int MAX_RECENT = 8;
    private final Preferences node;

    public AppPreferences(Preferences node) {
        this.node = node;
    }

    public static AppPreferences user() {
        return new AppPreferences(Preferences.userRoot().node("io/privacyinventory"));
    }

    /**
     * Reads the saved settings now (the store reads its file on the first look-up), so that a
     * thread other than the one that shows the window can pay for it.
     */
    public void load() {
        try {
            node.keys();
        } catch (java.util.prefs.BackingStoreException e) {
            // unreadable settings: every look-up then gives its default, as it would have anyway
        }
    }

    public double[] windowBounds() {
        return new double[] {
            node.getDouble("window.x", Double.NaN),
            node.getDouble("window.y", Double.NaN),
            node.getDouble("window.width", 1440),
            node.getDouble("window.height", 880)
        };
    }

    public void saveWindowBounds(double x, double y, double width, double height, boolean maximized) {
        node.putDouble("window.x", x);
        node.putDouble("window.y", y);
        node.putDouble("window.width", width);
        node.putDouble("window.height", height);
        node.putBoolean("window.maximized", maximized);
    }

    public boolean maximized() {
        return node.getBoolean("window.maximized", false);
    }

    public boolean darkTheme() {
        return node.getBoolean("theme.dark", false);
    }

    public void setDarkTheme(boolean dark) {
        node.putBoolean("theme.dark", dark);
    }

    /** "en", "nb", or empty to follow the system. */
    public String uiLanguage() {
        return node.get("ui.language", "");
    }

    public void setUiLanguage(String language) {
        node.put("ui.language", language);
    }

    public List<Path> recentFiles() {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < MAX_RECENT; i++) {
            String value = node.get("recent." + i, null);
            if (value != null) {
                files.add(Path.of(value));
            }
        }
        return files;
    }

    /** Puts {@code file} first in the recent files (it is also the file the next start opens). */
    public void opened(Path file) {
        List<Path> files = new ArrayList<>(recentFiles());
        // a team server's address (postgresql://…, without password) is kept as written, not as a file path
        Path absolute = file.toString().startsWith("postgresql:")
                ? file
                : file.toAbsolutePath().normalize();
        files.remove(absolute);
        files.add(0, absolute);
        for (int i = 0; i < MAX_RECENT; i++) {
            if (i < files.size()) {
                node.put("recent." + i, files.get(i).toString());
            } else {
                node.remove("recent." + i);
            }
        }
    }

    /** True the first time only for each file: the network-share warning is given once. */
    public boolean warnAboutNetworkShare(Path file) {
        String key = "networkWarned."
                + Integer.toHexString(
                        file.toAbsolutePath().normalize().toString().hashCode());
        boolean first = !node.getBoolean(key, false);
        node.putBoolean(key, true);
        return first;
    }

    /** The folder a file dialog was last used in, or null (also when it is gone). */
    public Path lastFolder() {
        String value = node.get("folder.last", null);
        Path folder = value == null ? null : Path.of(value);
        return folder != null && java.nio.file.Files.isDirectory(folder) ? folder : null;
    }

    public void setLastFolder(Path folder) {
        if (folder != null) {
            node.put("folder.last", folder.toAbsolutePath().normalize().toString());
        }
    }

    public Path lastFile() {
        List<Path> files = recentFiles();
        return files.isEmpty() ? null : files.get(0);
    }
}
