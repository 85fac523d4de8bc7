package io.privacyinventory.notice;

import io.privacyinventory.notice.NoticeDocument.Block;
import io.privacyinventory.notice.NoticeDocument.BulletList;
import io.privacyinventory.notice.NoticeDocument.Definition;
import io.privacyinventory.notice.NoticeDocument.Definitions;
import io.privacyinventory.notice.NoticeDocument.Foreign;
import io.privacyinventory.notice.NoticeDocument.Inline;
import io.privacyinventory.notice.NoticeDocument.Item;
import io.privacyinventory.notice.NoticeDocument.Link;
import io.privacyinventory.notice.NoticeDocument.Paragraph;
import io.privacyinventory.notice.NoticeDocument.Plain;
import io.privacyinventory.notice.NoticeDocument.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns web and e-mail addresses written into inventory texts ("more at https://…") into links,
 * so that the HTML and Markdown notices make them clickable. Plain text reads the same either way.
 */
final class Linkifier {
    private static final Pattern ADDRESS = Pattern.compile(
            "https?://[^\\s<>\"'«»“”()\\[\\]{}]+|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");

    private Linkifier() {}

    /** The parts with the addresses in their sections' texts made links; the head is left as it is. */
    static NoticeSink linking(NoticeSink target) {
        return new NoticeSink() {
            @Override
            public void start(Head head) {
                target.start(head);
            }

            @Override
            public void open(Section section) {
                target.open((Section) block(section));
            }

            @Override
            public void add(Block block) {
                target.add(block(block));
            }

            @Override
            public void close() {
                target.close();
            }
        };
    }

    static Block block(Block block) {
        if (block instanceof Section section) {
            return new Section(
                    section.id(),
                    section.heading(),
                    section.headingLanguage(),
                    section.blocks().stream().map(Linkifier::block).toList());
        }
        if (block instanceof Paragraph paragraph) {
            return new Paragraph(inlines(paragraph.content()));
        }
        if (block instanceof BulletList list) {
            return new BulletList(list.items().stream()
                    .map(item -> new Item(
                            inlines(item.content()),
                            item.details().stream().map(Linkifier::block).toList()))
                    .toList());
        }
        if (block instanceof Definitions definitions) {
            return new Definitions(definitions.entries().stream()
                    .map(entry -> new Definition(entry.term(), inlines(entry.value())))
                    .toList());
        }
        return block;
    }

    static List<Inline> inlines(List<Inline> inlines) {
        List<Inline> out = new ArrayList<>();
        for (Inline inline : inlines) {
            String text;
            if (inline instanceof Plain plain) {
                text = plain.text();
            } else if (inline instanceof Foreign foreign && !foreign.strong()) {
                text = foreign.text();
            } else {
                out.add(inline);
                continue;
            }
            if (text.indexOf('@') < 0 && !text.contains("http")) {
                // every address the pattern finds has one or the other; most texts have neither
                out.add(inline);
                continue;
            }
            Matcher matcher = ADDRESS.matcher(text);
            int from = 0;
            while (matcher.find()) {
                String address = trimTrailingPunctuation(matcher.group());
                int end = matcher.start() + address.length();
                if (matcher.start() > from) {
                    out.add(same(inline, text.substring(from, matcher.start())));
                }
                out.add(new Link(address, address.startsWith("http") ? address : "mailto:" + address));
                from = end;
            }
            if (from < text.length()) {
                out.add(same(inline, text.substring(from)));
            }
        }
        return out;
    }

    /** A piece of a run, in the run's language. */
    private static Inline same(Inline run, String text) {
        return run instanceof Foreign foreign ? new Foreign(text, foreign.language(), false) : new Plain(text);
    }

    private static String trimTrailingPunctuation(String address) {
        int end = address.length();
        while (end > 0 && ".,;:!?".indexOf(address.charAt(end - 1)) >= 0) {
            end--;
        }
        return address.substring(0, end);
    }
}
