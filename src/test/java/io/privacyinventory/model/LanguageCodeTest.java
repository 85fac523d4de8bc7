package io.privacyinventory.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** Which names are language codes: what decides whether a document's field is a translation or unknown. */
class LanguageCodeTest {
    /** The rule as the format states it. */
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Z]{2})?");

    @Test
    void codesOfTwoOrThreeLettersWithAnOptionalRegion() {
        assertThat(Syntax.isLanguage("nb")).isTrue();
        assertThat(Syntax.isLanguage("sma")).isTrue();
        assertThat(Syntax.isLanguage("en-GB")).isTrue();
        assertThat(Syntax.isLanguage("sma-NO")).isTrue();
        assertThat(Syntax.isLanguage("e")).isFalse();
        assertThat(Syntax.isLanguage("engl")).isFalse();
        assertThat(Syntax.isLanguage("EN")).isFalse();
        assertThat(Syntax.isLanguage("en-gb")).isFalse();
        assertThat(Syntax.isLanguage("en-GBR")).isFalse();
        assertThat(Syntax.isLanguage("en-")).isFalse();
        assertThat(Syntax.isLanguage("-GB")).isFalse();
        assertThat(Syntax.isLanguage("en-G-")).isFalse();
        assertThat(Syntax.isLanguage("")).isFalse();
        assertThat(Syntax.isLanguage(null)).isFalse();
    }

    @Property(tries = 3000)
    void sameAnswerAsTheFormatsPattern(
            @ForAll
                    @Chars({'a', 'z', 'n', 'b', 'A', 'Z', 'G', '-', '_', '1', 'ø', '`', '{', '@', '['})
                    @StringLength(max = 8)
                    String name) {
        assertThat(Syntax.isLanguage(name)).isEqualTo(LANGUAGE.matcher(name).matches());
    }
}
