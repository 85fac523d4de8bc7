package io.privacyinventory.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.privacyinventory.ChildJvm;
import io.privacyinventory.RandomInventory;
import io.privacyinventory.TestInventories;
import io.privacyinventory.exchange.InventoryJsonWriter;
import io.privacyinventory.model.Inventory;
import io.privacyinventory.store.InventoryStore;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A large import killed (kill -9) at random moments of its write leaves the old state or the whole
 * new one, never a mix, and a file that passes SQLite's integrity check: for an import into a new
 * file (built under a temporary name and moved into place) and for {@code import --replace} (one
 * transaction). Each kill falls at a random moment between the start of the write (the temporary
 * file or the journal appears) and a little after the time a whole write takes, so it lands in
 * the inserts, the commit, the sync or the move. {@code -Dcrash.kills=N} sets the kills per case
 * (default 10; the build gives 5), {@code -Dcrash.activities=N} the size of the import (default 2000; the
 * build gives 500).
 */
@org.junit.jupiter.api.Tag("slow")
class CrashSafetyTest {
    private static final int KILLS = Integer.getInteger("crash.kills", 10);
    private static final int ACTIVITIES = Integer.getInteger("crash.activities", 2000);
    private static final long SEED = Long.getLong("crash.seed", 20260501L);
    private static final byte[] JOURNAL_MAGIC = {
        (byte) 0xd9, (byte) 0xd5, 0x05, (byte) 0xf9, 0x20, (byte) 0xa1, 0x63, (byte) 0xd7
    };

    @TempDir
    static Path shared;

    @TempDir
    Path folder;

    private static Path document;
    private static Inventory large;
    private static Inventory small;

    @BeforeAll
    static void writeLargeDocument() throws Exception {
        large = RandomInventory.generate(new Random(SEED), ACTIVITIES);
        small = TestInventories.read(TestInventories.CLINIC_GROUP);
        document = shared.resolve("large.json");
        try (OutputStream out = Files.newOutputStream(document)) {
            InventoryJsonWriter.write(large, out);
        }
    }

    @Test
    void killedImportIntoANewFileLeavesNoFileOrTheWholeInventory() throws Exception {
        Path target = folder.resolve("new.db");
        String[] args = {"import", document.toString(), "--db", target.toString()};
        Predicate<String> temporary = name -> name.startsWith(".new.db.") && name.endsWith(".tmp");
        long window = writeWindow(args, temporary);
        assertThat(load(target)).isEqualTo(large);
        Files.delete(target);

        Random random = new Random(SEED);
        int absent = 0;
        int complete = 0;
        for (int kill = 0; kill < KILLS; kill++) {
            killDuringWrite(random, window, temporary, args);
            if (Files.exists(target)) {
                assertIntact(target);
                assertThat(load(target)).as("after kill %d", kill).isEqualTo(large);
                complete++;
                Files.delete(target);
            } else {
                absent++;
            }
        }
        report("import into a new file", absent, "left no file", complete);

        writeWindow(args, temporary);
        assertThat(names())
                .as("temporary files of killed imports are removed by the next import")
                .containsOnly("new.db", ".new.db.lock");
    }

    @Test
    void killedReplacingImportLeavesTheOldOrTheWholeNewInventory() throws Exception {
        Path target = folder.resolve("inventory.db");
        Path pristine = folder.resolve("pristine.db");
        InventoryStore.create(pristine, small).close();
        Files.copy(pristine, target);
        String[] args = {"import", document.toString(), "--db", target.toString(), "--replace"};
        Predicate<String> journal = name -> name.equals("inventory.db-journal");
        long window = writeWindow(args, journal);
        assertThat(load(target)).isEqualTo(large);

        Random random = new Random(SEED + 1);
        int old = 0;
        int replaced = 0;
        for (int kill = 0; kill < KILLS; kill++) {
            Files.copy(pristine, target, StandardCopyOption.REPLACE_EXISTING);
            killDuringWrite(random, window, journal, args);
            Inventory found = load(target);
            assertIntact(target);
            if (found.equals(small)) {
                old++;
            } else {
                assertThat(found).as("after kill %d", kill).isEqualTo(large);
                replaced++;
            }
        }
        report("import --replace", old, "left the old inventory", replaced);
    }

    /** Runs the import to its end; returns how long it wrote: from the first sign of writing to its exit. */
    private long writeWindow(String[] args, Predicate<String> writing) throws Exception {
        try (ChildJvm child = ChildJvm.start(ImportInChild.class, args)) {
            child.awaitLine("go", 60);
            awaitWriting(child, writing, names());
            long start = System.nanoTime();
            assertThat(child.waitFor(120)).isZero();
            long window = Math.max(1, (System.nanoTime() - start) / 1_000_000);
            System.out.println("crash-safety: " + args[args.length - 1] + ": a whole write takes " + window + " ms");
            return window;
        }
    }

    private void killDuringWrite(Random random, long window, Predicate<String> writing, String... args)
            throws Exception {
        Set<String> before = names();
        try (ChildJvm child = ChildJvm.start(ImportInChild.class, args)) {
            child.awaitLine("go", 60);
            awaitWriting(child, writing, before);
            Thread.sleep(random.nextInt((int) (window * 6 / 5) + 1));
            child.kill();
        }
    }

    /** Waits until a file the write makes appears (or the child has ended). */
    private void awaitWriting(ChildJvm child, Predicate<String> writing, Set<String> before) throws Exception {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (child.isAlive() && System.nanoTime() < deadline) {
            if (names().stream().anyMatch(name -> writing.test(name) && !before.contains(name))) {
                return;
            }
            Thread.sleep(1);
        }
    }

    private Set<String> names() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(path -> path.getFileName().toString()).collect(Collectors.toSet());
        }
    }

    /** Through the store, which finishes SQLite's recovery of a killed change before it reads. */
    private static Inventory load(Path file) throws Exception {
        try (InventoryStore store = InventoryStore.openReadOnly(file)) {
            return store.load();
        }
    }

    /**
     * Passes SQLite's integrity check, and no hot journal is left: a kill just as the journal was
     * being created can leave one without a valid header, which SQLite ignores and removes at the
     * next write; a journal with its magic number would still hold a change to roll back.
     */
    private static void assertIntact(Path file) throws Exception {
        Path journal = file.resolveSibling(file.getFileName() + "-journal");
        if (Files.exists(journal)) {
            byte[] start = Arrays.copyOf(Files.readAllBytes(journal), JOURNAL_MAGIC.length);
            System.out.println("crash-safety: a cold journal of " + Files.size(journal) + " bytes was left");
            assertThat(start)
                    .as("a journal left after recovery has no valid header")
                    .isNotEqualTo(JOURNAL_MAGIC);
        }
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("PRAGMA integrity_check")) {
            rows.next();
            assertThat(rows.getString(1)).isEqualTo("ok");
        }
    }

    private static void report(String what, int before, String beforeWords, int after) {
        System.out.println("crash-safety: " + what + " of " + ACTIVITIES + " activities killed " + (before + after)
                + " times while writing: " + before + " " + beforeWords + ", " + after
                + " left the whole new inventory, 0 mixed or damaged");
    }
}
