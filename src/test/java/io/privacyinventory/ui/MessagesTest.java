package io.privacyinventory.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MessagesTest {
    @Test
    void bokmalAndEnglishHaveTheSameKeys() throws Exception {
        assertThat(keys("messages_nb.properties")).isEqualTo(keys("messages.properties"));
    }

    @Test
    void norwegianLocalesGetBokmal() {
        assertThat(new Messages(Locale.forLanguageTag("nb-NO")).get("nav.activities"))
                .isEqualTo("Behandlingsaktiviteter");
        assertThat(new Messages(new Locale("no", "NO")).get("nav.activities")).isEqualTo("Behandlingsaktiviteter");
        assertThat(new Messages(Locale.GERMANY).get("nav.activities")).isEqualTo("Activities");
    }

    @Test
    void pluralsReadNaturally() {
        Messages english = new Messages(Locale.ENGLISH);
        assertThat(english.get("catalog.deleteUsed", "Health data", 1, "•  Payroll"))
                .startsWith("\"Health data\" is used by one activity:")
                .contains("remove it from that activity?");
        assertThat(english.get("catalog.deleteUsed", "Health data", 3, "…")).contains("used by 3 activities");
    }

    private static java.util.Set<String> keys(String name) throws Exception {
        Properties properties = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream(name)) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties.stringPropertyNames();
    }
}
