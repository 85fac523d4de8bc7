package io.privacyinventory.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A text's translations as the model keeps them: in the order given, unmodifiable, equal as maps are. */
class TextValuesTest {

    @Test
    void translationsKeepTheirOrderAndAreFoundByLanguage() {
        Map<String, String> given = new LinkedHashMap<>();
        given.put("nb", "Kunder");
        given.put("en", "Customers");
        given.put("se", "Kundat");
        Text text = Text.of(given);

        assertThat(List.copyOf(text.values().keySet())).containsExactly("nb", "en", "se");
        assertThat(List.copyOf(text.values().values())).containsExactly("Kunder", "Customers", "Kundat");
        assertThat(text.get("en")).contains("Customers");
        assertThat(text.get("de")).isEmpty();
        assertThat(text.values().containsKey("se")).isTrue();
        assertThat(text.values().containsKey("de")).isFalse();
        assertThat(text.resolve("de", "en")).isEqualTo("Customers");
        assertThat(text.values()).isEqualTo(given).hasSameHashCodeAs(given);
        List<String> visited = new ArrayList<>();
        text.values().forEach((language, value) -> visited.add(language + "=" + value));
        assertThat(visited).containsExactly("nb=Kunder", "en=Customers", "se=Kundat");
    }

    @Test
    void equalWhateverTheOrderAndAsAMap() {
        Text one = Text.of("nb", "Kunder").with("en", "Customers");
        Text other = Text.of("en", "Customers").with("nb", "Kunder");

        assertThat(one).isEqualTo(other).hasSameHashCodeAs(other);
        assertThat(one.values()).isEqualTo(Map.of("nb", "Kunder", "en", "Customers"));
        assertThat(one).isNotEqualTo(Text.of("nb", "Kunder"));
        assertThat(one.with("en", null)).isEqualTo(Text.of("nb", "Kunder"));
        assertThat(Text.of(Map.of()).isEmpty()).isTrue();
    }

    @Test
    void cannotBeChangedNorHoldNothing() {
        Text text = Text.of("nb", "Kunder");

        assertThatThrownBy(() -> text.values().put("en", "Customers"))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> text.values().entrySet().iterator().next().setValue("x"))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> Text.of("nb", null)).isInstanceOf(NullPointerException.class);
        Map<String, String> withNull = new LinkedHashMap<>();
        withNull.put("nb", null);
        assertThatThrownBy(() -> Text.of(withNull)).isInstanceOf(NullPointerException.class);
    }
}
