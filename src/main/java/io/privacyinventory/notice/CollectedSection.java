package io.privacyinventory.notice;

import static io.privacyinventory.notice.ComposerContext.paragraph;

import io.privacyinventory.model.Activity;
import io.privacyinventory.model.DataCategory;
import io.privacyinventory.model.DataSource;
import io.privacyinventory.model.DataSubject;
import io.privacyinventory.model.NoticeFact;
import io.privacyinventory.model.NoticeFacts;
import io.privacyinventory.notice.NoticeDocument.Block;
import io.privacyinventory.notice.NoticeDocument.BulletList;
import io.privacyinventory.notice.NoticeDocument.Inline;
import io.privacyinventory.notice.NoticeDocument.Item;
import io.privacyinventory.notice.NoticeDocument.Plain;
import io.privacyinventory.notice.NoticeDocument.Section;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** "What personal data do we collect?": whom the notice is about, and the data grouped by where it comes from. */
final class CollectedSection {
    private final ComposerContext context;

    CollectedSection(ComposerContext context) {
        this.context = context;
    }

    Section collected() {
        List<Block> blocks = new ArrayList<>();
        List<Item> people = new ArrayList<>();
        for (DataSubject subject : context.subjects.used(context.controlled, Activity::dataSubjects)) {
            people.add(new Item(labelled(subject)));
        }
        if (!people.isEmpty()) {
            blocks.add(paragraph(context.phrases.get("collect.subjects")));
            blocks.add(new BulletList(people));
        }
        Map<String, List<Item>> bySource = new LinkedHashMap<>();
        for (DataSource source : DataSource.values()) {
            bySource.put(source.code(), new ArrayList<>());
        }
        bySource.put("unknown", new ArrayList<>());
        for (DataCategory category : context.categories.used(context.controlled, Activity::dataCategories)) {
            List<Inline> line = new ArrayList<>();
            line.add(context.nameOf(category, true));
            List<String> marks = new ArrayList<>();
            if (category.special()) {
                marks.add(context.phrases.get("collect.special"));
            }
            if (category.criminal()) {
                marks.add(context.phrases.get("collect.criminal"));
            }
            if (!marks.isEmpty()) {
                line.add(new Plain(" (" + String.join("; ", marks) + ")"));
            }
            Inline description = context.descriptionOf(category);
            if (description != null) {
                line.add(new Plain(": "));
                line.add(description);
            }
            if (NoticeFacts.lacksSource(category)) {
                line.add(new Plain(" "));
                line.add(context.missing(
                        NoticeFact.SOURCE, "missing.source", Map.of("category", context.name(category))));
            }
            bySource.get(
                            category.source() == null
                                    ? "unknown"
                                    : category.source().code())
                    .add(new Item(line));
        }
        bySource.forEach((source, items) -> {
            if (!items.isEmpty()) {
                blocks.add(new Section(
                        "collect-" + source,
                        context.phrases.get("collect.source." + source),
                        List.of(
                                paragraph(context.phrases.get("collect.source." + source + ".lead")),
                                new BulletList(items))));
            }
        });
        return context.section("collect", "collect.heading", blocks);
    }

    private List<Inline> labelled(DataSubject subject) {
        Inline description = context.descriptionOf(subject);
        return description == null
                ? List.of(context.nameOf(subject, true))
                : List.of(context.nameOf(subject, true), new Plain(": "), description);
    }
}
