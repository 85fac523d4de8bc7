package io.privacyinventory.notice;

import io.privacyinventory.notice.NoticeDocument.Block;
import io.privacyinventory.notice.NoticeDocument.BulletList;
import io.privacyinventory.notice.NoticeDocument.Definition;
import io.privacyinventory.notice.NoticeDocument.Definitions;
import io.privacyinventory.notice.NoticeDocument.Foreign;
import io.privacyinventory.notice.NoticeDocument.Inline;
import io.privacyinventory.notice.NoticeDocument.Item;
import io.privacyinventory.notice.NoticeDocument.Link;
import io.privacyinventory.notice.NoticeDocument.Missing;
import io.privacyinventory.notice.NoticeDocument.Paragraph;
import io.privacyinventory.notice.NoticeDocument.Plain;
import io.privacyinventory.notice.NoticeDocument.Section;
import io.privacyinventory.notice.NoticeDocument.Strong;
import java.util.List;

/**
 * How much a document holds: the characters of its texts and the number of its parts (sections,
 * paragraphs, bullets, pairs, runs), counted without making anything. A renderer sizes its
 * builder from it: a notice of thousands of activities is megabytes, and a builder that grows to
 * that size copies itself a dozen times, each copy a large array for the collector.
 */
record DocumentSize(long characters, long parts) {
    /** Nothing known: the builder starts small and grows. */
    static final DocumentSize UNKNOWN = new DocumentSize(0, 0);

    static DocumentSize of(NoticeDocument document) {
        Counter counter = new Counter();
        counter.text(document.title());
        counter.text(document.contentsHeading());
        counter.blocks(document.preamble());
        counter.blocks(document.sections());
        return new DocumentSize(counter.characters, counter.parts);
    }

    /**
     * A builder's capacity for a rendering that adds about {@code perPart} characters of its own
     * per part, with a margin: too little costs a copy of the whole, too much only unused room.
     */
    int capacity(int perPart) {
        long estimate = (characters + parts * perPart) * 17 / 16 + 1024;
        return (int) Math.min(estimate, Integer.MAX_VALUE - 16);
    }

    private static final class Counter {
        private long characters;
        private long parts;

        void text(String text) {
            if (text != null) {
                characters += text.length();
            }
        }

        void blocks(List<? extends Block> blocks) {
            for (int i = 0; i < blocks.size(); i++) {
                block(blocks.get(i));
            }
        }

        void block(Block block) {
            parts++;
            if (block instanceof Section section) {
                text(section.id());
                text(section.heading());
                blocks(section.blocks());
            } else if (block instanceof Paragraph paragraph) {
                inlines(paragraph.content());
            } else if (block instanceof BulletList list) {
                for (int i = 0; i < list.items().size(); i++) {
                    Item item = list.items().get(i);
                    parts++;
                    inlines(item.content());
                    blocks(item.details());
                }
            } else if (block instanceof Definitions definitions) {
                for (int i = 0; i < definitions.entries().size(); i++) {
                    Definition entry = definitions.entries().get(i);
                    parts++;
                    text(entry.term());
                    inlines(entry.value());
                }
            }
        }

        void inlines(List<Inline> inlines) {
            for (int i = 0; i < inlines.size(); i++) {
                Inline inline = inlines.get(i);
                parts++;
                if (inline instanceof Plain plain) {
                    text(plain.text());
                } else if (inline instanceof Strong strong) {
                    text(strong.text());
                } else if (inline instanceof Link link) {
                    text(link.label());
                    text(link.href());
                } else if (inline instanceof Missing missing) {
                    text(missing.text());
                } else if (inline instanceof Foreign foreign) {
                    text(foreign.text());
                }
            }
        }
    }
}
