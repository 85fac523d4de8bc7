package io.privacyinventory.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The benchmark's FX-thread probes run the app with the options the app image gives it, or their figures lie. */
class AppJavaOptionsTest {
    private static final Pattern JAVA_OPTIONS =
            Pattern.compile("<arg value=\"--java-options\"/>\\s*<arg value=\"([^\"]*)\"/>");

    @Test
    void theProbesStartTheAppWithTheAppImagesJavaOptions() throws Exception {
        Matcher options = JAVA_OPTIONS.matcher(Files.readString(Path.of("pom.xml")));
        assertThat(options.find())
                .as("the package profile gives jpackage --java-options")
                .isTrue();
        List<String> shipped = List.of(options.group(1).split(" "));
        List<String> tuning = shipped.stream()
                .filter(option -> option.startsWith("-XX:") || option.startsWith("-Xm") || option.startsWith("-Xs"))
                .toList();
        assertThat(GuiRuns.APP_JAVA_OPTIONS).containsExactlyInAnyOrderElementsOf(tuning);
        assertThat(options.find()).as("one --java-options for the app image").isFalse();
    }
}
