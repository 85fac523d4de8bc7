package io.privacyinventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DesktopLibrariesTest {
    @Test
    void linuxWithoutGtkGetsOneLineSayingWhatToInstall() {
        assertThat(DesktopLibraries.missing("Linux", null, path -> false)).hasValueSatisfying(line -> {
            assertThat(line).startsWith("error: ").contains("libgtk-3-0").doesNotContain("\n");
        });
    }

    @Test
    void linuxWithGtkInItsMultiarchFolderStarts() {
        Path gtk = Path.of("/usr/lib/x86_64-linux-gnu", "libgtk-3.so.0");
        assertThat(DesktopLibraries.missing("Linux", null, gtk::equals)).isEmpty();
    }

    @Test
    void headlessWindowSystemAndOtherSystemsAreNotAsked() {
        assertThat(DesktopLibraries.missing("Linux", "Monocle", path -> false)).isEmpty();
        assertThat(DesktopLibraries.missing("Windows 11", null, path -> false)).isEmpty();
        assertThat(DesktopLibraries.missing("Mac OS X", null, path -> false)).isEmpty();
    }
}
