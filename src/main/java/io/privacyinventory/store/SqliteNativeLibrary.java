package io.privacyinventory.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Map;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.OSInfo;

/**
 * Where the SQLite driver's native library comes from. Left to itself, the driver copies it into
 * the shared temporary folder under a new name at every start and, at the same time, deletes the
 * copies of processes it thinks have ended: two programs starting at once race on each other's
 * files and one of them prints a stack trace. Instead, each user gets one copy per driver version
 * and platform, in a folder of their own, made once and moved into place whole; the driver is
 * told to load that copy and to do its housekeeping in that folder, where it finds nothing of
 * anyone else's.
 */
public final class SqliteNativeLibrary {
    static final String LIBRARY_PATH = "org.sqlite.lib.path";
    static final String LIBRARY_NAME = "org.sqlite.lib.name";
    static final String DRIVER_TEMP = "org.sqlite.tmpdir";

    private static boolean prepared;

    private SqliteNativeLibrary() {}

    /**
     * Points the driver at this user's copy of the library, making it when it is not there yet.
     * Must run before the first connection; later calls do nothing. When the copy cannot be made
     * (no writable home folder, say) the driver keeps its own way, which works but is not quiet.
     */
    public static synchronized void prepare() {
        if (prepared || System.getProperty(LIBRARY_PATH) != null) {
            prepared = true;
            return;
        }
        prepared = true;
        String platform = OSInfo.getNativeLibFolderPathForCurrentOS();
        String name = System.mapLibraryName("sqlitejdbc");
        if (name.endsWith(".dylib") || name.endsWith(".jnilib")) {
            name = "libsqlitejdbc.dylib";
        }
        String resource = "/org/sqlite/native/" + platform + "/" + name;
        Path folder = folder(
                System.getProperty("os.name", ""),
                System.getenv(),
                System.getProperty("user.home"),
                SQLiteJDBCLoader.getVersion(),
                platform);
        try {
            Path library = ensureCopy(folder, name, resource);
            if (library != null) {
                System.setProperty(DRIVER_TEMP, folder.toString());
                System.setProperty(LIBRARY_PATH, folder.toString());
                System.setProperty(LIBRARY_NAME, name);
            }
        } catch (IOException | RuntimeException e) {
            // the driver's own extraction still works; only its quietness under concurrent starts is lost
        }
    }

    /** The user's cache folder for this driver version and platform. */
    static Path folder(String osName, Map<String, String> environment, String home, String version, String platform) {
        String os = osName.toLowerCase(Locale.ROOT);
        Path base;
        if (os.startsWith("windows")) {
            String local = environment.get("LOCALAPPDATA");
            base = (local != null ? Path.of(local) : Path.of(home, "AppData", "Local")).resolve("Privacy Inventory");
        } else if (os.startsWith("mac")) {
            base = Path.of(home, "Library", "Caches", "Privacy Inventory");
        } else {
            String xdg = environment.get("XDG_CACHE_HOME");
            base = (xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, ".cache"))
                    .resolve("privacy-inventory");
        }
        return base.resolve("sqlite-native").resolve(version).resolve(platform.replace('/', '-'));
    }

    /**
     * The library in {@code folder}, copied there from the driver's jar unless a complete copy is
     * there already. The copy is written under a name of its own and moved into place, so a
     * process starting at the same moment sees either no file or the whole file; when two make it
     * at once, both copies are the same and either may win. Null when the driver has no library
     * for this platform.
     */
    static Path ensureCopy(Path folder, String name, String resource) throws IOException {
        Path library = folder.resolve(name);
        try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(resource)) {
            if (in == null) {
                return null;
            }
            byte[] bytes = in.readAllBytes();
            if (Files.isRegularFile(library) && Files.size(library) == bytes.length) {
                return library;
            }
            Files.createDirectories(folder);
            Path temporary = Files.createTempFile(folder, "." + name + ".", ".tmp");
            try {
                Files.write(temporary, bytes);
                try {
                    Files.move(temporary, library, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException | FileAlreadyExistsException e) {
                    Files.move(temporary, library, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temporary);
            }
            return library;
        }
    }
}
