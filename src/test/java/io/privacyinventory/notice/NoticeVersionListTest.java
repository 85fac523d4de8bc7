package io.privacyinventory.notice;

import static org.assertj.core.api.Assertions.assertThat;

import io.privacyinventory.TestInventories;
import io.privacyinventory.model.Inventories;
import io.privacyinventory.model.Inventory;
import io.privacyinventory.model.NoticeSettings;
import io.privacyinventory.model.PublishedNotice;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The notice can end with the dates of its published versions, when the notice settings ask for it. */
class NoticeVersionListTest {
    private static final String SHA = "0".repeat(64);

    private static Inventory clinic(boolean listChanges) {
        Inventory inventory = TestInventories.read(TestInventories.CLINIC_GROUP);
        NoticeSettings n = inventory.notice();
        inventory = Inventories.withNotice(
                inventory,
                new NoticeSettings(
                        n.title(), n.effectiveDate(), n.scope(), n.introduction(), n.audiences(), listChanges));
        inventory = Inventories.published(
                inventory,
                new PublishedNotice(
                        null, "en", 1, Instant.parse("2026-03-01T09:30:00Z"), "kari", SHA, "the first text"));
        inventory = Inventories.published(
                inventory,
                new PublishedNotice(
                        "employees",
                        "en",
                        1,
                        Instant.parse("2026-03-15T09:30:00Z"),
                        "kari",
                        SHA,
                        "another audience's"));
        return Inventories.published(
                inventory,
                new PublishedNotice(
                        null, "en", 2, Instant.parse("2026-04-01T23:30:00Z"), "ola", SHA, "the second text"));
    }

    @Test
    void theVersionsOfThisNoticeInThisLanguageEndTheNoticeWhenAskedFor() {
        String text = NoticeComposer.compose(clinic(true), NoticeLanguage.EN).render(NoticeFormat.TEXT);
        int heading = text.lastIndexOf("Versions of this notice");
        assertThat(heading).isGreaterThan(text.lastIndexOf("Contact us"));
        assertThat(text.substring(heading))
                .contains("Version 1, published 1 March 2026")
                .contains("Version 2, published 1 April 2026")
                .doesNotContain("15 March");
        assertThat(NoticeComposer.compose(clinic(true), NoticeLanguage.NB).render(NoticeFormat.TEXT))
                .doesNotContain("Versjoner av denne erklæringen");
    }

    @Test
    void withoutTheSettingTheNoticeIsAsBefore() {
        String text = NoticeComposer.compose(clinic(false), NoticeLanguage.EN).render(NoticeFormat.TEXT);
        assertThat(text).doesNotContain("Versions of this notice");
        assertThat(text)
                .isEqualTo(NoticeComposer.compose(TestInventories.read(TestInventories.CLINIC_GROUP), NoticeLanguage.EN)
                        .render(NoticeFormat.TEXT));
    }
}
