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
import java.util.regex.Pattern;

/**
 * Plain text: the title underlined with {@code =}, numbered sections underlined with {@code -},
 * sub-sections numbered ("3.1 …") on a line of their own; one paragraph per line (no hard wrapping, so the text can be pasted into a web
 * editor), {@code •} bullets with their details indented under them, a blank line between blocks.
 */
final class TextRenderer {
    private static final String INDENT = "  ";
    private static final String BREAKS = "\r\n\u2028\u2029\u0085\u000b\u000c";
    private static final Pattern BREAK_RUNS = Pattern.compile("[" + BREAKS + "]+");

    private final StringBuilder out = new StringBuilder();

    String render(NoticeDocument document) {
        underlined(line(document.title()), '=');
        for (Block block : document.preamble()) {
            out.append('\n');
            block(block, "", 0, "");
        }
        int number = 0;
        for (Section section : document.sections()) {
            out.append('\n');
            block(section, "", 0, Integer.toString(++number));
        }
        return out.toString();
    }

    private void block(Block block, String indent, int depth, String number) {
        if (block instanceof Section section) {
            if (depth == 0) {
                underlined(number + ". " + line(section.heading()), '-');
            } else {
                out.append(indent)
                        .append(number)
                        .append(' ')
                        .append(line(section.heading()))
                        .append('\n');
            }
            int sub = 0;
            for (Block child : section.blocks()) {
                out.append('\n');
                block(child, indent, depth + 1, child instanceof Section ? number + "." + ++sub : number);
            }
        } else if (block instanceof Paragraph paragraph) {
            out.append(indent).append(inlines(paragraph.content())).append('\n');
        } else if (block instanceof BulletList list) {
            // bullets with lines under them are kept apart by a blank line, or they run together
            boolean spaced =
                    list.items().stream().anyMatch(item -> !item.details().isEmpty());
            boolean first = true;
            for (Item item : list.items()) {
                if (spaced && !first) {
                    out.append('\n');
                }
                first = false;
                out.append(indent).append("• ").append(inlines(item.content())).append('\n');
                for (Block detail : item.details()) {
                    block(detail, indent + INDENT, depth + 1, number);
                }
            }
        } else if (block instanceof Definitions definitions) {
            for (Definition entry : definitions.entries()) {
                out.append(indent)
                        .append(line(entry.term()))
                        .append(": ")
                        .append(inlines(entry.value()))
                        .append('\n');
            }
        }
    }

    private void underlined(String heading, char rule) {
        out.append(heading)
                .append('\n')
                .append(String.valueOf(rule).repeat(Math.max(3, heading.codePointCount(0, heading.length()))))
                .append('\n');
    }

    private static String inlines(List<Inline> inlines) {
        StringBuilder text = new StringBuilder();
        for (Inline inline : inlines) {
            if (inline instanceof Plain plain) {
                text.append(plain.text());
            } else if (inline instanceof Strong strong) {
                text.append(strong.text());
            } else if (inline instanceof Link link) {
                text.append(Links.inText(link.label(), link.href()));
            } else if (inline instanceof Missing marker) {
                text.append(marker.text());
            } else if (inline instanceof Foreign foreign) {
                text.append(foreign.text());
            }
        }
        return line(text.toString());
    }

    /** Keeps a text on one line: line breaks inside it would be read as new paragraphs or bullets. */
    private static String line(String text) {
        return (InventoryTexts.containsAny(text, BREAKS)
                        ? BREAK_RUNS.matcher(text).replaceAll(" ")
                        : text)
                .strip();
    }
}
