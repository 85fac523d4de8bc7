package io.privacyinventory.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.privacyinventory.TestInventories;
import io.privacyinventory.store.InventoryStore;
import io.privacyinventory.ui.document.InventoryDocument;
import io.privacyinventory.ui.document.InventoryFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The app's start reads the saved settings and opens the file on a thread of its own while the
 * window is being made: the file it opens must be the one the window used to open itself (named,
 * else last, else the default), the settings those saved before, and a failure must reach the
 * window with the file it was about.
 */
class StartUpTest {
    private static final Path LAST = TestInventories.PRODUCT_SERVICES;
    private static final Path OTHER = TestInventories.CLINIC_GROUP;

    @TempDir
    Path folder;

    private Preferences node;
    private final List<InventoryDocument> opened = new ArrayList<>();

    @BeforeEach
    void settings() {
        node = Preferences.userRoot().node("io/privacyinventory/test-startup-" + UUID.randomUUID());
    }

    @AfterEach
    void cleanUp() throws Exception {
        opened.forEach(InventoryDocument::close);
        node.removeNode();
    }

    @Test
    void reopensTheFileOpenedLastWithTheSettingsSavedBefore() throws Exception {
        Path last = inventoryFile("last.db", LAST);
        AppPreferences before = new AppPreferences(node);
        before.opened(last);
        before.setDarkTheme(true);
        before.saveWindowBounds(10, 20, 1000, 700, false);

        Outcome outcome = start(null, defaultAt(folder.resolve("default.db")), false);

        assertThat(outcome.file).isEqualTo(last.toAbsolutePath().normalize());
        assertThat(outcome.document.inventory().organisation().name()).isEqualTo(organisation(LAST));
        assertThat(outcome.titled).containsExactly(outcome.file);
        assertThat(outcome.settings.darkTheme()).isTrue();
        assertThat(outcome.settings.windowBounds()).containsExactly(10, 20, 1000, 700);
    }

    @Test
    void aFileNamedOnTheCommandLineWinsOverTheLastOne() throws Exception {
        Path last = inventoryFile("last.db", LAST);
        Path named = inventoryFile("named.db", OTHER);
        new AppPreferences(node).opened(last);

        Outcome outcome = start(named, defaultAt(folder.resolve("default.db")), false);

        assertThat(outcome.file).isEqualTo(named);
        assertThat(outcome.document.inventory().organisation().name()).isEqualTo(organisation(OTHER));
    }

    @Test
    void theSmokeStartAndAVanishedLastFileOpenTheDefaultInventory() throws Exception {
        Path last = inventoryFile("last.db", LAST);
        Path defaultFile = inventoryFile("default.db", OTHER);
        new AppPreferences(node).opened(last);

        Outcome smoke = start(null, defaultAt(defaultFile), true);
        assertThat(smoke.file).isEqualTo(defaultFile);
        smoke.document.close();

        new AppPreferences(node).opened(folder.resolve("gone.db"));
        Outcome vanished = start(null, defaultAt(defaultFile), false);
        assertThat(vanished.file).isEqualTo(defaultFile);
        assertThat(vanished.document.inventory().organisation().name()).isEqualTo(organisation(OTHER));
    }

    @Test
    void aFileAnotherWindowEditsFailsWithThatFileAndTheLockedError() throws Exception {
        Path named = inventoryFile("named.db", OTHER);
        InventoryStore other = InventoryStore.open(named);
        try {
            Outcome outcome = start(named, defaultAt(folder.resolve("default.db")), false);

            assertThat(outcome.document).isNull();
            assertThat(outcome.failedFile).isEqualTo(named);
            assertThat(InventoryFiles.isLocked(outcome.error)).isTrue();
        } finally {
            other.close();
        }
    }

    @Test
    void aDefaultInventoryThatCannotBeMadeFailsWithoutAFile() throws Exception {
        Outcome outcome = start(
                null,
                () -> {
                    throw new IOException("no data folder");
                },
                false);

        assertThat(outcome.document).isNull();
        assertThat(outcome.titled).isEmpty();
        assertThat(outcome.failedFile).isNull();
        assertThat(outcome.error).hasMessage("no data folder");
    }

    @Test
    void aFileOpenedAfterTheAppStoppedIsClosedAgainSoItsLockIsLetGo() throws Exception {
        Path named = inventoryFile("named.db", OTHER);
        StartUp start = beginWith(named);
        CompletableFuture<Void> refused = new CompletableFuture<>();
        java.util.concurrent.atomic.AtomicInteger handOvers = new java.util.concurrent.atomic.AtomicInteger();
        List<Object> shown = new ArrayList<>();
        start.deliver(
                work -> {
                    // the second hand-over is the document's (the first the file's, for the title)
                    if (handOvers.incrementAndGet() == 2) {
                        refused.complete(null);
                    }
                    throw new IllegalStateException("Toolkit has exited");
                },
                shown::add,
                (file, document) -> shown.add(document),
                (file, error) -> shown.add(error));
        refused.get(30, java.util.concurrent.TimeUnit.SECONDS);

        assertThat(shown).isEmpty();
        // another window can now open the file for editing: the start's lock on it is gone
        awaitOpenable(named);
    }

    @Test
    void aDocumentDeliveredAfterTheAppStoppedIsClosedInsteadOfShown() throws Exception {
        Path named = inventoryFile("named.db", OTHER);
        StartUp start = beginWith(named);
        List<Runnable> queued = new java.util.concurrent.CopyOnWriteArrayList<>();
        List<Object> shown = new ArrayList<>();
        start.deliver(
                queued::add, shown::add, (file, document) -> shown.add(document), (file, error) -> shown.add(error));
        long until = System.nanoTime() + 30_000_000_000L;
        while (queued.size() < 2 && System.nanoTime() < until) {
            Thread.sleep(10);
        }
        assertThat(queued)
                .as("the title and the document queued for the window")
                .hasSize(2);

        start.closeUndelivered();
        queued.forEach(Runnable::run);

        assertThat(shown).containsExactly(named);
        awaitOpenable(named);
    }

    private StartUp beginWith(Path named) {
        return StartUp.begin(
                named,
                defaultAt(folder.resolve("default.db")),
                false,
                () -> new AppPreferences(node),
                TaskRunner.direct());
    }

    private static void awaitOpenable(Path file) throws Exception {
        long until = System.nanoTime() + 30_000_000_000L;
        while (true) {
            try (InventoryStore store = InventoryStore.open(file)) {
                assertThat(store.load().activities()).isNotEmpty();
                return;
            } catch (Exception stillLocked) {
                if (System.nanoTime() > until) {
                    throw stillLocked;
                }
                Thread.sleep(20);
            }
        }
    }

    private Outcome start(Path named, Callable<Path> defaultFile, boolean smoke) throws Exception {
        StartUp start = StartUp.begin(named, defaultFile, smoke, () -> new AppPreferences(node), TaskRunner.direct());
        Outcome outcome = new Outcome();
        outcome.settings = start.preferences(() -> {
            throw new AssertionError("the settings were not read at start");
        });
        CompletableFuture<Void> done = new CompletableFuture<>();
        start.deliver(
                Runnable::run,
                outcome.titled::add,
                (file, document) -> {
                    opened.add(document);
                    outcome.file = file;
                    outcome.document = document;
                    done.complete(null);
                },
                (file, error) -> {
                    outcome.failedFile = file;
                    outcome.error = error;
                    done.complete(null);
                });
        done.get(30, TimeUnit.SECONDS);
        return outcome;
    }

    private static Callable<Path> defaultAt(Path file) {
        return () -> file;
    }

    private Path inventoryFile(String name, Path sample) throws Exception {
        Path file = folder.resolve(name);
        InventoryStore.createNewFile(file, TestInventories.read(sample));
        return file;
    }

    private static String organisation(Path sample) {
        return TestInventories.read(sample).organisation().name();
    }

    private static final class Outcome {
        AppPreferences settings;
        final List<Path> titled = new ArrayList<>();
        Path file;
        InventoryDocument document;
        Path failedFile;
        Throwable error;
    }
}
