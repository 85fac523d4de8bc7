package io.privacyinventory.notice.diff;

import static org.assertj.core.api.Assertions.assertThat;

import io.privacyinventory.notice.diff.TextDiff.Added;
import io.privacyinventory.notice.diff.TextDiff.Changed;
import io.privacyinventory.notice.diff.TextDiff.Kept;
import io.privacyinventory.notice.diff.TextDiff.Removed;
import io.privacyinventory.notice.diff.TextDiff.Span;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class TextDifferTest {
    private static final String NOTICE = """
            Privacy notice
            ==============

            We keep your data for 6 months after the contract ends.

            • Journalia AS (processor, Norway)
            • Sendly Ltd (processor, United Kingdom)

            Contact us at post@example.no.
            """;

    @Test
    void theSameTextHasNoChangesAndKeepsEveryParagraph() {
        TextDiff diff = TextDiffer.compare(NOTICE, NOTICE);

        assertThat(diff.hasChanges()).isFalse();
        assertThat(diff.blocks()).hasSize(6).allMatch(block -> block instanceof Kept);
        assertThat(diff.lines(1)).isEmpty();
    }

    @Test
    void addedAndRemovedParagraphsAreMarkedPlusAndMinus() {
        String after = NOTICE.replace("• Sendly Ltd (processor, United Kingdom)\n", "")
                .replace("Contact us", "You may complain to Datatilsynet.\n\nContact us");

        TextDiff diff = TextDiffer.compare(NOTICE, after);

        assertThat(diff.blocks())
                .containsExactly(
                        new Kept("Privacy notice"),
                        new Kept("=============="),
                        new Kept("We keep your data for 6 months after the contract ends."),
                        new Kept("• Journalia AS (processor, Norway)"),
                        new Removed("• Sendly Ltd (processor, United Kingdom)"),
                        new Added("You may complain to Datatilsynet."),
                        new Kept("Contact us at post@example.no."));
        assertThat(diff.lines(0))
                .containsExactly(
                        "…", "- • Sendly Ltd (processor, United Kingdom)", "+ You may complain to Datatilsynet.", "…");
    }

    @Test
    void anEditedParagraphShowsWhichWordsChanged() {
        String after = NOTICE.replace("6 months", "12 weeks");

        TextDiff diff = TextDiffer.compare(NOTICE, after);

        Changed changed = (Changed) diff.blocks().get(2);
        assertThat(changed.before()).isEqualTo("We keep your data for 6 months after the contract ends.");
        assertThat(changed.after()).isEqualTo("We keep your data for 12 weeks after the contract ends.");
        assertThat(changed.marked())
                .isEqualTo("We keep your data for [-6 months-]{+12 weeks+} after the contract ends.");
        assertThat(diff.lines(1))
                .containsExactly(
                        "…",
                        "  ==============",
                        "- We keep your data for 6 months after the contract ends.",
                        "+ We keep your data for 12 weeks after the contract ends.",
                        "  • Journalia AS (processor, Norway)",
                        "…");
    }

    @Test
    void wordsAreWholeWordsInAnyScriptAndAnInsertedWordIsOnlyAdded() {
        assertThat(marked("Vi lagrer dem i 6 måneder.", "Vi lagrer dem i 6 måneders tid."))
                .isEqualTo("Vi lagrer dem i 6 [-måneder-]{+måneders tid+}.");
        assertThat(marked("Contact the data protection officer.", "Contact our data protection officer now."))
                .isEqualTo("Contact [-the-]{+our+} data protection officer{+ now+}.");
    }

    @Test
    void aRewrittenParagraphIsRemovedAndAddedRatherThanPairedWordByWord() {
        TextDiff diff = TextDiffer.compare(
                "Intro\nWe use cookies for statistics.\nEnd",
                "Intro\nPayroll data goes to Lønnsservice Norge AS monthly.\nEnd");

        assertThat(diff.blocks())
                .containsExactly(
                        new Kept("Intro"),
                        new Removed("We use cookies for statistics."),
                        new Added("Payroll data goes to Lønnsservice Norge AS monthly."),
                        new Kept("End"));
    }

    @Test
    void inARunOfEditsEachOldParagraphMeetsTheNewOneThatResemblesIt() {
        TextDiff diff = TextDiffer.compare(
                "A\nWe keep logs for 90 days.\nWe share data with Statly.\nZ",
                "A\nA new paragraph about something else entirely.\nWe keep logs for 30 days.\nZ");

        assertThat(diff.blocks())
                .extracting(block -> block.getClass().getSimpleName())
                .containsExactly("Kept", "Added", "Changed", "Removed", "Kept");
        assertThat(((Changed) diff.blocks().get(2)).marked()).isEqualTo("We keep logs for [-90-]{+30+} days.");
    }

    /** Whatever the texts, the kept and removed parts give back the old paragraph and the kept and added parts the new one. */
    @Property(tries = 300)
    void wordSpansRebuildBothVersions(
            @ForAll @StringLength(max = 60) String before, @ForAll @StringLength(max = 60) String after) {
        List<Span> spans = TextDiffer.words(before, after);

        assertThat(join(spans, Span.Kind.ADDED)).isEqualTo(before);
        assertThat(join(spans, Span.Kind.REMOVED)).isEqualTo(after);
    }

    private static String join(List<Span> spans, Span.Kind leftOut) {
        return spans.stream()
                .filter(span -> span.kind() != leftOut)
                .map(Span::text)
                .collect(Collectors.joining());
    }

    private static String marked(String before, String after) {
        return new Changed(before, after, TextDiffer.words(before, after)).marked();
    }
}
