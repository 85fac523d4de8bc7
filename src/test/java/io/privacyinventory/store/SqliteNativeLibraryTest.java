package io.privacyinventory.store;

import io.privacyinventory.Main;
import io.privacyinventory.TestInventories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

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
        InventoryStore.create(file, TestInventories.read(TestInventories.CLINIC_GROUP)).close();
        Path cache = Files.createDirectories(folder.resolve("cache"));
        Path temp = Files.createDirectories(folder.resolve("tmp"));
        for (int round = 0; round < 2; round++) {
            List<Process> children = new ArrayList<>();
            for (int i = 0; i < CHILDREN; i++) {
                children.add(start(cache, temp, "history", file.toString(), "--limit", "1"));
            }
            for (Process child : children) {
                assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
                String errors = new String(child.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
                assertThat(errors).as("standard error of a child in round %d", round).isEmpty();
                assertThat(child.exitValue()).isZero();
            }
        }
        try (Stream<Path> left = Files.list(temp)) {
            assertThat(left).as("driver files in the shared temporary folder").isEmpty();
        }
        try (Stream<Path> copies = Files.walk(cache.resolve("privacy-inventory"))) {
            assertThat(copies.filter(Files::isRegularFile).map(path -> path.getFileName().toString()))
                    .as("one copy, no temporary left").containsExactly(System.mapLibraryName("sqlitejdbc"));
        }
    }

    @Test
    void theFolderIsPerUserPerVersionAndPlatform() {
        Path linux = SqliteNativeLibrary.folder("Linux", Map.of(), "/home/ann", "3.54.1.0", "Linux/x86_64");
        assertThat(linux).isEqualTo(Path.of("/home/ann/.cache/privacy-inventory/sqlite-native/3.54.1.0/Linux-x86_64"));
        Path xdg = SqliteNativeLibrary.folder("Linux", Map.of("XDG_CACHE_HOME", "/c"), "/home/ann", "3.54.1.0",
                "Linux/aarch64");
        assertThat(xdg).isEqualTo(Path.of("/c/privacy-inventory/sqlite-native/3.54.1.0/Linux-aarch64"));
    }

    private static Process start(Path cache, Path temp, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Djava.io.tmpdir=" + temp,
                // the test class path has a logging API without a logger (the app jar has neither)
                "-Dslf4j.internal.verbosity=ERROR",
                "-cp", classPath(), Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("XDG_CACHE_HOME", cache.toString());
        return builder.start();
    }

    private static String classPath() {
        String surefire = System.getProperty("surefire.test.class.path");
        return surefire != null && !surefire.isBlank() ? surefire
                : System.getProperty("java.class.path").replace(';', File.pathSeparatorChar);
    }
}
