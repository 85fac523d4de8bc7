package io.privacyinventory;

import io.privacyinventory.exchange.InventoryJsonReader;
import io.privacyinventory.model.Inventory;
import io.privacyinventory.store.InventoryExistsException;
import io.privacyinventory.store.InventoryStore;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * The inventory the app opens when it is given none: {@code inventory.db} in the user's data
 * folder, created on first start from the bundled sample so that a new user sees a real record.
 */
public final class DefaultInventory {
    public static final String SAMPLE = "product-services.json";
    static final String FILE_NAME = "inventory.db";
    /** Overrides the data folder (tests, portable installs). */
    public static final String DATA_DIR_PROPERTY = "privacyinventory.dataDir";

    private DefaultInventory() {}

    public static Path location() {
        return dataFolder(System.getProperty("os.name", ""), System.getenv(), System.getProperty("user.home"))
                .resolve(FILE_NAME);
    }

    static Path dataFolder(String osName, Map<String, String> environment, String home) {
        String override = System.getProperty(DATA_DIR_PROPERTY);
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = environment.get("APPDATA");
            return (appData != null ? Path.of(appData) : Path.of(home, "AppData", "Roaming"))
                    .resolve("Privacy Inventory");
        }
        if (os.startsWith("mac")) {
            return Path.of(home, "Library", "Application Support", "Privacy Inventory");
        }
        String xdg = environment.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, ".local", "share");
        return base.resolve("privacy-inventory");
    }

    /** The default inventory's path, creating the file from the sample if it does not exist yet. */
    public static Path ensure() throws Exception {
        Path file = location();
        if (Files.exists(file)) {
            return file;
        }
        Files.createDirectories(file.getParent());
        Inventory sample = sample(SAMPLE);
        try {
            InventoryStore.createNewFile(file, sample);
        } catch (InventoryExistsException e) {
            // another start of the app made it meanwhile: that one is the default inventory now
        }
        return file;
    }

    /**
     * Where the app keeps rotating automatic backups of the files it opens
     * ({@link io.privacyinventory.store.Backups#rotate}): {@code backups/} in the data folder.
     */
    public static Path backupFolder() {
        return location().resolveSibling("backups");
    }

    /** One of the sample inventories bundled with the app (the files of {@code inventories/}). */
    public static Inventory sample(String name) throws Exception {
        try (InputStream in = DefaultInventory.class.getResourceAsStream("samples/" + name)) {
            if (in == null) {
                throw new IOException("the bundled sample " + name + " is missing");
            }
            return InventoryJsonReader.read(in, name);
        }
    }
}
