package io.privacyinventory.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Rotating automatic backups of an inventory file: at most one a day, the newest {@code keep}
 * kept. A backup is a whole inventory file made with SQLite's online backup, so it can be taken
 * while the file is open for editing in this or another window, and opened like any inventory.
 *
 * <p>Backups of one file are named {@code STEM-XXXXXXXX.YYYY-MM-DD.db}: the file's name, eight hex
 * digits of a hash of its full path (two files named {@code inventory.db} in different folders do
 * not share backups), and the day. The app keeps them in the data folder's {@code backups/}.
 */
public final class Backups {
    private static final Pattern DAY = Pattern.compile("\\.(\\d{4}-\\d{2}-\\d{2})\\.db");

    private Backups() {}

    /**
     * Writes today's backup of {@code database} into {@code backupFolder} (created if missing)
     * unless there is one for today already, then deletes the oldest backups of that file beyond
     * {@code keep}. Returns the backup written, or empty when today's existed.
     */
    public static Optional<Path> rotate(Path database, Path backupFolder, int keep, Clock clock)
            throws InventoryFileException, IOException {
        if (keep < 1) {
            throw new IllegalArgumentException("keep at least one backup, not " + keep);
        }
        String prefix = prefixOf(database);
        Files.createDirectories(backupFolder);
        Path today = backupFolder.resolve(prefix + "." + LocalDate.now(clock) + ".db");
        Path written = null;
        if (!Files.exists(today)) {
            try (InventoryStore store = InventoryStore.openReadOnly(database)) {
                store.backupTo(today);
            }
            written = today;
        }
        List<Path> newestFirst = backupsOf(database, backupFolder);
        for (Path old : newestFirst.subList(Math.min(keep, newestFirst.size()), newestFirst.size())) {
            Files.deleteIfExists(old);
        }
        return Optional.ofNullable(written);
    }

    /** The backups of {@code database} in {@code backupFolder}, newest first. */
    public static List<Path> backupsOf(Path database, Path backupFolder) throws IOException {
        if (!Files.isDirectory(backupFolder)) {
            return List.of();
        }
        String prefix = prefixOf(database);
        List<Path> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(backupFolder)) {
            files.filter(file -> {
                        String name = file.getFileName().toString();
                        return name.startsWith(prefix)
                                && DAY.matcher(name.substring(prefix.length())).matches();
                    })
                    .forEach(found::add);
        }
        found.sort(Comparator.comparing(Backups::day).reversed());
        return found;
    }

    private static String day(Path backup) {
        String name = backup.getFileName().toString();
        Matcher matcher = DAY.matcher(name.substring(name.length() - ".YYYY-MM-DD.db".length()));
        return matcher.matches() ? matcher.group(1) : "";
    }

    private static String prefixOf(Path database) throws IOException {
        Path absolute = database.toAbsolutePath();
        Path real = Files.exists(absolute) ? absolute.toRealPath() : absolute.normalize();
        String name = real.getFileName().toString();
        String stem = name.toLowerCase(Locale.ROOT).endsWith(".db") ? name.substring(0, name.length() - 3) : name;
        return stem + "-" + hash(real.toString());
    }

    private static String hash(String path) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(path.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
