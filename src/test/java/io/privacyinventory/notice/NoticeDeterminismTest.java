package io.privacyinventory.notice;

import static org.assertj.core.api.Assertions.assertThat;

import io.privacyinventory.TestInventories;
import io.privacyinventory.model.Inventory;
import io.privacyinventory.store.InventoryStore;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Same inventory, same bytes: whichever file it comes from, whatever machine renders it. */
class NoticeDeterminismTest {
    @TempDir
    Path folder;

    @Test
    void composingTwiceGivesTheSameBytesWithLfLineEndsAndAFinalNewline() {
        for (Path sample : TestInventories.SAMPLES) {
            for (NoticeLanguage language : NoticeLanguage.values()) {
                for (NoticeFormat format : NoticeFormat.values()) {
                    String first = NoticeFixtures.render(TestInventories.read(sample), language, format);
                    String second = NoticeFixtures.render(TestInventories.read(sample), language, format);
                    assertThat(second).isEqualTo(first);
                    assertThat(first).doesNotContain("\r").endsWith("\n").doesNotEndWith("\n\n");
                    assertThat(first.lines()).noneMatch(line -> line.endsWith(" ") || line.endsWith("\t"));
                }
            }
        }
    }

    @Test
    void theNoticeFromTheDatabaseEqualsTheNoticeFromTheDocument() throws Exception {
        Path db = folder.resolve("products.db");
        Inventory document = TestInventories.read(TestInventories.PRODUCT_SERVICES);
        Inventory stored;
        try (InventoryStore store = InventoryStore.create(db, document)) {
            stored = store.load();
        }
        for (NoticeFormat format : NoticeFormat.values()) {
            assertThat(NoticeFixtures.render(stored, NoticeLanguage.NB, format))
                    .isEqualTo(NoticeFixtures.render(document, NoticeLanguage.NB, format));
        }
    }

    @Test
    void theMachinesLocaleDoesNotChangeTheNotice() {
        Locale before = Locale.getDefault();
        Inventory clinic = TestInventories.read(TestInventories.CLINIC_GROUP);
        String english = NoticeFixtures.render(clinic, NoticeLanguage.EN, NoticeFormat.TEXT);
        try {
            Locale.setDefault(Locale.forLanguageTag("nb-NO"));
            assertThat(NoticeFixtures.render(clinic, NoticeLanguage.EN, NoticeFormat.TEXT))
                    .isEqualTo(english)
                    .contains("Contract (Art. 6(1)(b))", "(United Kingdom)", "1 March 2026");
            Locale.setDefault(Locale.GERMANY);
            assertThat(NoticeFixtures.render(clinic, NoticeLanguage.EN, NoticeFormat.TEXT))
                    .isEqualTo(english);
        } finally {
            Locale.setDefault(before);
        }
    }
}
