package io.privacyinventory.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.privacyinventory.ChildJvm;
import io.privacyinventory.Main;
import io.privacyinventory.TestInventories;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Programs starting at the same moment each load the driver's native library without a word on
 * standard error, from one copy per user and driver version, and leave nothing of the driver's
 * in the shared temporary folder (where its own extraction races with other processes).
 */
class SqliteNativeLibraryTest {
    private static final int CHILDREN = 4;

    @TempDir
    Path folder;

    @Test
    void concurrentStartsAreSilentAndShareOneCopy() throws Exception {
        Path file = folder.resolve("inv.db");
        InventoryStore.create(file, TestInventories.read(TestInventories.CLINIC_GROUP))
                .close();
        Path cache = Files.createDirectories(folder.resolve("cache"));
        Path temp = Files.createDirectories(folder.resolve("tmp"));
        ExecutorService starter = Executors.newFixedThreadPool(CHILDREN);
        for (int round = 0; round < 2; round++) {
            List<CompletableFuture<ChildJvm.Run>> children = new ArrayList<>();
            for (int i = 0; i < CHILDREN; i++) {
                children.add(CompletableFuture.supplyAsync(() -> history(cache, temp, file), starter));
            }
            for (CompletableFuture<ChildJvm.Run> child : children) {
                ChildJvm.Run run = child.get(180, TimeUnit.SECONDS);
                assertThat(run.err())
                        .as("standard error of a child in round %d", round)
                        .isEmpty();
                assertThat(run.exit()).isZero();
            }
        }
        starter.shutdown();
        try (Stream<Path> left = Files.list(temp)) {
            assertThat(left).as("driver files in the shared temporary folder").isEmpty();
        }
        try (Stream<Path> copies = Files.walk(cache.resolve("privacy-inventory"))) {
            assertThat(copies.filter(Files::isRegularFile)
                            .map(path -> path.getFileName().toString()))
                    .as("one copy, no temporary left")
                    .containsExactly(System.mapLibraryName("sqlitejdbc"));
        }
    }

    @Test
    void theFolderIsPerUserPerVersionAndPlatform() {
        Path linux = SqliteNativeLibrary.folder("Linux", Map.of(), "/home/ann", "3.54.1.0", "Linux/x86_64");
        assertThat(linux).isEqualTo(Path.of("/home/ann/.cache/privacy-inventory/sqlite-native/3.54.1.0/Linux-x86_64"));
        Path xdg = SqliteNativeLibrary.folder(
                "Linux", Map.of("XDG_CACHE_HOME", "/c"), "/home/ann", "3.54.1.0", "Linux/aarch64");
        assertThat(xdg).isEqualTo(Path.of("/c/privacy-inventory/sqlite-native/3.54.1.0/Linux-aarch64"));
    }

    private static ChildJvm.Run history(Path cache, Path temp, Path file) {
        try {
            return ChildJvm.run(
                    List.of("-Djava.io.tmpdir=" + temp),
                    Map.of("XDG_CACHE_HOME", cache.toString()),
                    120,
                    Main.class,
                    "history",
                    file.toString(),
                    "--limit",
                    "1");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
