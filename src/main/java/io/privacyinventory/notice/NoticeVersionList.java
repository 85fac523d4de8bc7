package io.privacyinventory.notice;

import io.privacyinventory.model.Inventory;
import io.privacyinventory.model.PublishedNotice;
import io.privacyinventory.notice.NoticeDocument.BulletList;
import io.privacyinventory.notice.NoticeDocument.Item;
import io.privacyinventory.notice.NoticeDocument.Plain;
import io.privacyinventory.notice.NoticeDocument.Section;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The notice's optional last section (notice settings, {@code listChanges}): the dates on which
 * earlier versions of the notice for this audience and language were published, so that a reader can see that
 * and when it changed. Dates are UTC days, so the same record gives the same draft on any computer.
 */
final class NoticeVersionList {
    private NoticeVersionList() {}

    /** The section, or null when the setting is off or nothing has been published yet. */
    static Section section(Inventory inventory, NoticeLanguage language, String audience) {
        if (!inventory.notice().listChanges()) {
            return null;
        }
        List<PublishedNotice> versions = inventory.publishedNotices().stream()
                .filter(notice -> notice.isFor(audience, language.code()))
                .sorted(Comparator.comparingInt(PublishedNotice::version))
                .toList();
        if (versions.isEmpty()) {
            return null;
        }
        Phrasebook phrases = Phrasebook.of(language);
        List<Item> items = versions.stream()
                .map(notice -> new Item(List.<NoticeDocument.Inline>of(new Plain(phrases.format(
                        "versions.item",
                        Map.of(
                                "version",
                                Integer.toString(notice.version()),
                                "date",
                                phrases.date(LocalDate.ofInstant(notice.publishedAt(), ZoneOffset.UTC))))))))
                .toList();
        return new Section("versions", phrases.get("versions.heading"), List.of(new BulletList(items)));
    }
}
