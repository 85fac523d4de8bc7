package io.privacyinventory;

import io.privacyinventory.cli.Cli;
import io.privacyinventory.launch.ArchiveLauncher;
import io.privacyinventory.store.SqliteNativeLibrary;
import io.privacyinventory.ui.GuiLauncher;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * Starts the editor when there is no command (or only a .db file, {@code open FILE.db}, or
 * {@code --smoke}), and the command line otherwise. It names no JavaFX class itself, so the
 * self-contained jar starts on a plain classpath.
 */
public final class Main {
    private static final Set<String> GUI_FLAGS = Set.of("--smoke");

    private Main() {}

    public static void main(String[] args) {
        if (isGui(args)) {
            // a window started from the jar runs in a child JVM with a class-data archive of its own (decision 0027)
            ArchiveLauncher.relaunchIfUseful(args);
        }
        // before anything can open a database: two programs starting together must not race on the driver's files
        SqliteNativeLibrary.prepare();
        if (!isGui(args)) {
            System.exit(Cli.main(args));
        }
        DesktopLibraries.missingHere().ifPresent(problem -> {
            System.err.println(problem);
            System.exit(2);
        });
        boolean smoke = Arrays.asList(args).contains("--smoke");
        Path file = Arrays.stream(args)
                .filter(arg -> !arg.startsWith("-") && !arg.equals("open"))
                .findFirst()
                .map(Path::of)
                .orElse(null);
        GuiLauncher.launch(file, DefaultInventory::ensure, DefaultInventory.backupFolder(), smoke);
    }

    static boolean isGui(String[] args) {
        if (args.length == 0) {
            return true;
        }
        String first = args[0];
        if (first.equals("open") || GUI_FLAGS.contains(first)) {
            return true;
        }
        return first.toLowerCase(Locale.ROOT).endsWith(".db") && !first.startsWith("-");
    }
}
