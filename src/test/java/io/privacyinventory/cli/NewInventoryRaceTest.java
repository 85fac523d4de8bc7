package io.privacyinventory.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.privacyinventory.ChildJvm;
import io.privacyinventory.TestInventories;
import io.privacyinventory.model.Inventory;
import io.privacyinventory.store.InventoryStore;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two processes making a new inventory at the same name: whether the name is still free is
 * decided while holding its writer lock, so exactly one of them makes the file and the other is
 * refused (exit 2) and loses nothing: its input is still where it was, and the file holds the
 * winner's inventory whole. Real child processes; the slow one reads a large document, so the fast
 * one finishes inside its window.
 */
class NewInventoryRaceTest {
    @TempDir
    static Path shared;

    @TempDir
    Path folder;

    private static Path large;

    @BeforeAll
    static void largeDocument() {
        large = shared.resolve("large.json");
        assertThat(cli().run("generate", "--activities", "1500", "-o", large.toString()))
                .isZero();
    }

    private static Cli cli() {
        return new Cli(
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    }

    private static Inventory load(Path file) throws Exception {
        try (InventoryStore store = InventoryStore.openReadOnly(file)) {
            return store.load();
        }
    }

    /**
     * The slow import (a child process) reads its document while the fast one (this process, or a
     * second child) makes the file; the slow one then finds the name taken once it holds the lock.
     */
    @Test
    void twoImportsIntoTheSameNewFileNeverBothSucceed() throws Exception {
        Inventory largeInventory = TestInventories.read(large);
        Inventory small = TestInventories.read(TestInventories.CLINIC_GROUP);
        String[] fastArgs = {"import", TestInventories.CLINIC_GROUP.toString(), "--db", null};
        for (long delay : new long[] {0, 300, -1}) {
            Path target = folder.resolve("t-" + (delay + 1) + ".db");
            fastArgs[3] = target.toString();
            int slowExit;
            int fastExit;
            try (ChildJvm slow =
                    ChildJvm.start(ImportInChild.class, "import", large.toString(), "--db", target.toString())) {
                slow.awaitLine("go", 60);
                if (delay >= 0) {
                    Thread.sleep(delay);
                    fastExit = cli().run(fastArgs);
                } else {
                    try (ChildJvm fast = ChildJvm.start(ImportInChild.class, fastArgs)) {
                        fastExit = fast.waitFor(120);
                    }
                }
                slowExit = slow.waitFor(120);
            }

            assertThat(new int[] {slowExit, fastExit})
                    .as("exit codes, round %d", delay)
                    .containsExactlyInAnyOrder(0, 2);
            assertThat(load(target)).isEqualTo(slowExit == 0 ? largeInventory : small);
        }
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(path -> path.getFileName().toString())).allMatch(name -> name.matches("t-\\d+\\.db"));
        }
    }

    @Test
    void generateNeverWritesOverAnInventoryMadeMeanwhile() throws Exception {
        Path target = folder.resolve("t.db");
        int generateExit;
        int importExit;
        try (ChildJvm generate =
                ChildJvm.start(ImportInChild.class, "generate", "--activities", "1500", "-o", target.toString())) {
            generate.awaitLine("go", 60);
            // past generate's early look at the name, while it builds the inventory
            Thread.sleep(1500);
            importExit = cli().run("import", TestInventories.CLINIC_GROUP.toString(), "--db", target.toString());
            generateExit = generate.waitFor(120);
        }

        assertThat(new int[] {generateExit, importExit}).containsExactlyInAnyOrder(0, 2);
        assertThat(load(target).activities()).hasSize(importExit == 0 ? 9 : 1500);
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(path -> path.getFileName().toString())).containsExactly("t.db");
        }
    }
}
