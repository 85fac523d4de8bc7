package io.privacyinventory.model.findings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every code is worded in both languages and explained in docs/findings.md. */
class FindingWordingTest {

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = FindingWordingTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void bothLanguagesHaveTheSameMessagesAndEveryCodeHasOne() throws IOException {
        Properties english = bundle("findings.properties");
        Properties norwegian = bundle("findings_nb.properties");

        Set<String> norwegianKeys = new TreeSet<>(norwegian.stringPropertyNames());
        norwegianKeys.removeIf(key -> key.startsWith("adequacyCondition."));
        assertThat(norwegianKeys).isEqualTo(new TreeSet<>(english.stringPropertyNames()));
        for (FindingCode code : FindingCode.values()) {
            assertThat(english.stringPropertyNames())
                    .anyMatch(key -> key.equals(code.code()) || key.startsWith(code.code() + "."));
        }
    }

    @Test
    void everyPatternIsValidAndUsesNoStrayQuote() throws IOException {
        for (Properties bundle : new Properties[] {bundle("findings.properties"), bundle("findings_nb.properties")}) {
            for (String key : bundle.stringPropertyNames()) {
                String pattern = bundle.getProperty(key);
                String formatted = new MessageFormat(pattern).format(new Object[] {"A", "B", "C", "D"});
                assertThat(formatted).as(key).doesNotContain("{");
                assertThat(pattern.replace("''", ""))
                        .as(key + ": a quote must be doubled")
                        .doesNotContain("'");
            }
        }
    }

    @Test
    void everyCodeIsDocumentedWithItsSeverity() throws IOException {
        String documentation = Files.readString(Path.of("docs", "findings.md"));

        for (FindingCode code : FindingCode.values()) {
            assertThat(documentation)
                    .as(code.code())
                    .contains("| `" + code.code() + "` | " + code.severity().code() + " |");
        }
    }
}
