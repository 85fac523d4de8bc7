package io.privacyinventory.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.privacyinventory.TestInventories;
import io.privacyinventory.generate.InventoryGenerator;
import io.privacyinventory.model.Audience;
import io.privacyinventory.model.Inventory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The notice written while it is composed (as the notice dialog makes it) is the notice composed
 * and then written: the same bytes in every format, the same fallbacks and missing facts in the
 * same order, for every language and audience.
 */
class NoticeWrittenWhileComposedTest {

    @Test
    void theSamplesNoticesAreTheSameBytesWithTheSameGapsEitherWay() {
        for (Path sample : TestInventories.SAMPLES) {
            assertSameEitherWay(TestInventories.read(sample));
        }
    }

    @Test
    void aNoticeOfHundredsOfActivitiesIsTheSameBytesEitherWay() {
        // several hundred activity blocks, addresses to make links of, a table of contents of many sections
        Inventory generated = InventoryGenerator.generate(300, 3);
        assertSameEitherWay(generated);
        RenderedNotice page = NoticeComposer.render(generated, NoticeLanguage.NB, null, NoticeFormat.HTML);
        assertThat(page.text().indexOf("<nav aria-labelledby=\"pn-contents\">"))
                .isGreaterThan(page.text().indexOf("</h1>"))
                .isLessThan(page.text().indexOf("<section aria-labelledby="));
        assertThat(page.text()).containsOnlyOnce("<nav").endsWith("</main>\n</body>\n</html>\n");
    }

    @Test
    void aNoticeWithGapsAndFallbacksReportsThemInTheSameOrderEitherWay() {
        Inventory incomplete = NoticeMissingFactsTest.incomplete();
        assertSameEitherWay(incomplete);
        RenderedNotice written = NoticeComposer.render(incomplete, NoticeLanguage.NB, null, NoticeFormat.TEXT);
        assertThat(written.missingFacts()).isNotEmpty();
        assertThat(written.fallbacks()).isNotEmpty();
    }

    @Test
    void anEmptyInventoryGivesTheSameShortNoticeEitherWay() {
        assertSameEitherWay(Inventory.empty("nb", "Tom AS"));
    }

    @Test
    void anUnknownAudienceIsRefusedByNameAsWhenComposing() {
        Inventory clinic = TestInventories.read(TestInventories.CLINIC_GROUP);
        assertThatThrownBy(() -> NoticeComposer.render(clinic, NoticeLanguage.EN, "nobody", NoticeFormat.TEXT))
                .isInstanceOf(UnknownAudienceException.class)
                .hasMessageContaining("nobody");
    }

    private static void assertSameEitherWay(Inventory inventory) {
        List<String> audiences = new ArrayList<>();
        audiences.add(null);
        inventory.notice().audiences().stream().map(Audience::id).forEach(audiences::add);
        for (NoticeLanguage language : NoticeLanguage.values()) {
            for (String audience : audiences) {
                NoticeDraft draft = NoticeComposer.compose(inventory, language, audience);
                for (NoticeFormat format : NoticeFormat.values()) {
                    RenderedNotice written = NoticeComposer.render(inventory, language, audience, format);
                    String where = language + " " + audience + " " + format;
                    assertThat(written.text()).as(where).isEqualTo(draft.render(format));
                    assertThat(written.fallbacks()).as(where).isEqualTo(draft.fallbacks());
                    assertThat(written.missingFacts()).as(where).isEqualTo(draft.missingFacts());
                }
            }
        }
    }
}
