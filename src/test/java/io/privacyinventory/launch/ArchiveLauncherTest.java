package io.privacyinventory.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher's choices that need no second JVM: its archives' names, their check, and what it deletes. */
class ArchiveLauncherTest {
    @TempDir
    Path folder;

    @Test
    void falseZeroNoAndOffOptOut() {
        assertThat(Stream.of("false", "0", "no", "OFF", " False ")).allMatch(ArchiveLauncher::optedOut);
        assertThat(Stream.of("true", "1", "", "yes")).noneMatch(ArchiveLauncher::optedOut);
        assertThat(ArchiveLauncher.optedOut(null)).isFalse();
    }

    @Test
    void onlyHotSpotJvmsAreGivenTheChildsOptions() {
        assertThat(ArchiveLauncher.hotSpot("OpenJDK 64-Bit Server VM")).isTrue();
        assertThat(ArchiveLauncher.hotSpot("Java HotSpot(TM) 64-Bit Server VM")).isTrue();
        assertThat(ArchiveLauncher.hotSpot("Eclipse OpenJ9 VM")).isFalse();
        assertThat(ArchiveLauncher.hotSpot("OpenJDK 64-Bit Zero VM")).isFalse();
        assertThat(ArchiveLauncher.hotSpot(System.getProperty("java.vm.name"))).isTrue();
    }

    @Test
    void onlyAClassPathOfJarFilesCanHaveAnArchive() throws Exception {
        Path jar = Files.writeString(folder.resolve("app.jar"), "jar");
        Path other = Files.writeString(folder.resolve("other.jar"), "jar");
        Path classes = Files.createDirectories(folder.resolve("classes"));

        assertThat(ArchiveLauncher.jars(jar + File.pathSeparator + other)).containsExactly(jar, other);
        assertThat(ArchiveLauncher.jars(jar + File.pathSeparator + classes)).isEmpty();
        assertThat(ArchiveLauncher.jars(folder.resolve("missing.jar").toString()))
                .isEmpty();
        assertThat(ArchiveLauncher.jars("")).isEmpty();
    }

    @Test
    void aChangedJarOrOtherOptionsGetAnotherKey() throws Exception {
        Path jar = Files.writeString(folder.resolve("app.jar"), "jar");
        String key = ArchiveLauncher.key(jar.toString(), List.of(jar), List.of("-cp", jar.toString()));

        assertThat(ArchiveLauncher.key(jar.toString(), List.of(jar), List.of("-cp", jar.toString())))
                .isEqualTo(key);
        assertThat(ArchiveLauncher.key(jar.toString(), List.of(jar), List.of("-Xmx64g", "-cp", jar.toString())))
                .isNotEqualTo(key);
        Files.setLastModifiedTime(
                jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() - 60_000));
        assertThat(ArchiveLauncher.key(jar.toString(), List.of(jar), List.of("-cp", jar.toString())))
                .isNotEqualTo(key);
    }

    @Test
    void anArchiveIsWholeOnlyWithTheSizeAndChecksumItsNameGives() throws Exception {
        byte[] content = new byte[300_000];
        Arrays.fill(content, (byte) 7);
        Path made = Files.write(folder.resolve("made"), content);
        long crc = ArchiveLauncher.crc(made);
        Path archive = folder.resolve(
                String.format(Locale.ROOT, "privacy-inventory-0123456789abcdef-%d-%08x.jsa", content.length, crc));
        Files.move(made, archive);

        assertThat(ArchiveLauncher.whole(archive)).isTrue();
        assertThat(ArchiveLauncher.validArchive(folder, "0123456789abcdef")).contains(archive);

        Files.write(archive, Arrays.copyOf(content, content.length / 2));
        assertThat(ArchiveLauncher.whole(archive)).as("cut short").isFalse();
        content[1000] = 8;
        Files.write(archive, content);
        assertThat(ArchiveLauncher.whole(archive))
                .as("same size, one byte changed")
                .isFalse();
        assertThat(ArchiveLauncher.validArchive(folder, "0123456789abcdef")).isEmpty();
        assertThat(archive).as("a damaged archive is deleted").doesNotExist();
    }

    @Test
    void aJdkWithoutItsOwnArchiveGetsNoChild() throws Exception {
        assertThat(ArchiveLauncher.baseArchivePresent(System.getProperty("java.home")))
                .isTrue();
        assertThat(ArchiveLauncher.baseArchivePresent(folder.toString())).isFalse();
    }

    @Test
    void otherKeysArchivesBeyondTheTwoUsedLastAndLeftoversOfEndedStartsAreDeleted() throws Exception {
        Path current = Files.writeString(folder.resolve("privacy-inventory-aaaa-3-00000000.jsa"), "abc");
        Path failed = Files.writeString(ArchiveLauncher.failedMarker(folder, "aaaa"), "");
        Path otherFailed = Files.writeString(ArchiveLauncher.failedMarker(folder, "eeee"), "");
        long now = System.currentTimeMillis();
        Path recent = archive("bbbb", now - 1_000);
        Path lessRecent = archive("cccc", now - 60_000);
        Path oldest = archive("dddd", now - 3_600_000);
        Path running = Files.writeString(
                folder.resolve(
                        "privacy-inventory-aaaa." + ProcessHandle.current().pid() + ".tmp"),
                "");
        Path ended = Files.writeString(folder.resolve("privacy-inventory-aaaa.999999999.tmp"), "");
        Path endedReady = Files.writeString(folder.resolve("privacy-inventory-aaaa.ready.999999999.tmp"), "");
        Path foreign = Files.writeString(folder.resolve("notes.txt"), "the user's");

        ArchiveLauncher.deleteOthers(folder, "aaaa");

        assertThat(current).exists();
        assertThat(failed).as("this key's marker").exists();
        assertThat(recent).exists();
        assertThat(lessRecent).exists();
        assertThat(running).exists();
        assertThat(foreign).exists();
        assertThat(oldest).doesNotExist();
        assertThat(otherFailed).doesNotExist();
        assertThat(ended).doesNotExist();
        assertThat(endedReady).doesNotExist();
    }

    private Path archive(String key, long lastUsed) throws Exception {
        Path file = Files.writeString(folder.resolve("privacy-inventory-" + key + "-3-00000000.jsa"), "abc");
        Files.setLastModifiedTime(file, FileTime.fromMillis(lastUsed));
        return file;
    }
}
