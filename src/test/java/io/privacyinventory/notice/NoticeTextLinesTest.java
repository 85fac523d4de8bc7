package io.privacyinventory.notice;

import static io.privacyinventory.notice.NoticeFixtures.en;
import static org.assertj.core.api.Assertions.assertThat;

import io.privacyinventory.model.Inventory;
import io.privacyinventory.model.LegalBasis;
import io.privacyinventory.model.Purpose;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * In the text notice a bullet is one line: a vertical tab, form feed or next-line character in an
 * inventory text (which the composer's cleaning leaves, as they are rare) must not start a new
 * line, or a reader, and a web editor it is pasted into, would take the rest for another paragraph.
 */
class NoticeTextLinesTest {

    @Test
    void breaksInsideATextBecomeOneSpaceAndTheBulletStaysOneLine() {
        Inventory base = NoticeFixtures.withBases(LegalBasis.CONTRACT);
        Purpose purpose = new Purpose("purpose-0", en("Billing"), en("Sends\u000b\u000cinvoices\u0085monthly"));
        Inventory inventory = new Inventory(
                base.languages(),
                base.organisation(),
                base.notice(),
                base.dataSubjects(),
                base.dataCategories(),
                List.of(purpose),
                base.recipients(),
                base.activities());

        String text = NoticeFixtures.render(inventory, NoticeLanguage.EN, NoticeFormat.TEXT);

        assertThat(text).contains("\n• Billing: Sends invoices monthly\n");
        assertThat(text).doesNotContain("\u000b").doesNotContain("\u000c").doesNotContain("\u0085");
    }
}
