package io.privacyinventory.notice;

import static org.assertj.core.api.Assertions.assertThat;

import io.privacyinventory.TestInventories;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A notice people read says each thing once and no more than it must. The ceilings are the word
 * counts of the sample notices before they were restructured (2026-12-01), and the real notice the
 * product sample is modelled on.
 */
class NoticeLengthTest {
    private static final Path EXAMPLE = Path.of("..", "shared", "reference", "example-notice.nb.txt");

    /** Words in the text notices as they were before each fact was stated once. */
    private static final Map<String, Integer> CEILINGS = Map.of(
            "product-services.en", 3552, "product-services.nb", 3166, "clinic-group.en", 3338, "clinic-group.nb", 3201);

    static List<Arguments> notices() {
        List<Arguments> notices = new ArrayList<>();
        for (Path sample : TestInventories.SAMPLES) {
            for (NoticeLanguage language : NoticeLanguage.values()) {
                notices.add(Arguments.of(sample, language));
            }
        }
        return notices;
    }

    private static String notice(Path sample, NoticeLanguage language) {
        return NoticeComposer.compose(TestInventories.read(sample), language).render(NoticeFormat.TEXT);
    }

    static int words(String text) {
        String trimmed = text.strip();
        return trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("notices")
    void noSentenceOfMoreThanEightWordsAppearsMoreThanTwice(Path sample, NoticeLanguage language) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String line : notice(sample, language).split("\n")) {
            // a sentence ends at . ! ? or : followed by a space, or at the end of its line
            for (String sentence : line.strip().replaceFirst("^• ", "").split("(?<=[.!?:])\\s+")) {
                if (words(sentence) > 8) {
                    counts.merge(sentence.strip(), 1, Integer::sum);
                }
            }
        }
        counts.forEach((sentence, count) -> assertThat(count).as(sentence).isLessThanOrEqualTo(2));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("notices")
    void everyNoticeIsShorterThanBeforeItWasRestructured(Path sample, NoticeLanguage language) {
        String name = sample.getFileName().toString().replaceFirst("\\.json$", "") + "." + language.code();
        assertThat(words(notice(sample, language))).as(name).isLessThan(CEILINGS.get(name));
    }

    @Test
    void theProductNoticeIsNoLongerThanTheRealNoticeItIsModelledOn() throws Exception {
        int real = words(Files.readString(EXAMPLE, StandardCharsets.UTF_8));
        assertThat(real).as("words in the real notice").isBetween(2500, 3000);

        assertThat(words(notice(TestInventories.PRODUCT_SERVICES, NoticeLanguage.NB)))
                .isLessThanOrEqualTo(real);
    }

    @Test
    void theProductNoticeStatesEachLegitimateInterestOnce() {
        String notice = notice(TestInventories.PRODUCT_SERVICES, NoticeLanguage.NB);
        var inventory = TestInventories.read(TestInventories.PRODUCT_SERVICES);
        inventory.activities().stream()
                .flatMap(activity -> activity.purposes().stream())
                .map(use -> use.legitimateInterest() == null
                        ? null
                        : use.legitimateInterest().get("nb").orElse(null))
                .filter(interest -> interest != null)
                .distinct()
                .forEach(interest ->
                        assertThat(count(notice, interest)).as(interest).isEqualTo(1));
        assertThat(count(notice, "ikke veier tyngre enn")).isEqualTo(1);
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            count++;
        }
        return count;
    }
}
