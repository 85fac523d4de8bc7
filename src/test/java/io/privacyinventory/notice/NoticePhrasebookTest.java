package io.privacyinventory.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class NoticePhrasebookTest {
    private final Phrasebook english = Phrasebook.of(NoticeLanguage.EN);
    private final Phrasebook norwegian = Phrasebook.of(NoticeLanguage.NB);

    @Test
    void bothLanguagesHaveEveryPhraseWithTheSamePlaceholders() throws Exception {
        List<String> nbOnly;
        var nbKeys = new java.util.Properties();
        try (var in = getClass().getResourceAsStream("/io/privacyinventory/notice/phrases_nb.properties");
                var reader = new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8)) {
            nbKeys.load(reader);
        }
        nbOnly = english.keys().stream().filter(key -> !nbKeys.containsKey(key)).toList();
        assertThat(nbOnly).as("phrases missing from phrases_nb.properties").isEmpty();
        assertThat(nbKeys.stringPropertyNames())
                .as("phrases only in phrases_nb.properties")
                .allMatch(key -> english.keys().contains(key));
        for (String key : english.keys()) {
            assertThat(norwegian.placeholders(key)).as(key).isEqualTo(english.placeholders(key));
            assertThat(norwegian.get(key)).as(key).isNotBlank();
        }
    }

    @Test
    void datesAreWrittenInLongForm() {
        assertThat(norwegian.date(LocalDate.of(2019, 7, 1))).isEqualTo("1. juli 2019");
        assertThat(english.date(LocalDate.of(2019, 7, 1))).isEqualTo("1 July 2019");
        assertThat(norwegian.date(LocalDate.of(2026, 12, 31))).isEqualTo("31. desember 2026");
    }

    @Test
    void periodsAreWrittenInWords() {
        assertThat(english.period("P2Y")).isEqualTo("2 years");
        assertThat(english.period("P90D")).isEqualTo("90 days");
        assertThat(english.period("P1Y")).isEqualTo("1 year");
        assertThat(english.period("P1Y6M")).isEqualTo("1 year and 6 months");
        assertThat(english.period("P1Y2M3W4D")).isEqualTo("1 year, 2 months, 3 weeks and 4 days");
        assertThat(norwegian.period("P2Y")).isEqualTo("2 år");
        assertThat(norwegian.period("P90D")).isEqualTo("90 dager");
        assertThat(norwegian.period("P1M")).isEqualTo("1 måned");
        assertThat(norwegian.period("P13M")).isEqualTo("13 måneder");
        assertThat(norwegian.period("P1Y6M")).isEqualTo("1 år og 6 måneder");
        assertThat(norwegian.period("P0D")).isEqualTo("0 dager");
        assertThat(english.period("nonsense")).isEqualTo("nonsense");
    }

    @Test
    void sentencesJoinLikeSentences() {
        assertThat(english.joinOr(List.of("a", "b", "c"))).isEqualTo("a, b or c");
        assertThat(norwegian.joinOr(List.of("a", "b"))).isEqualTo("a eller b");
        assertThat(norwegian.joinOr(List.of("a"))).isEqualTo("a");
    }
}
