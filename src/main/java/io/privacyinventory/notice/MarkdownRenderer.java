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
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

/**
 * CommonMark (and GitHub-flavoured) Markdown. Every string is escaped so that text from the
 * inventory stays text: emphasis, code, links, HTML, tables and headings cannot be started from
 * inside it, and a line that starts with "1." or "-" does not become a list.
 */
final class MarkdownRenderer implements NoticeRenderer {
    /** ASCII punctuation that means something somewhere in CommonMark or GFM; all of it may be backslash-escaped. */
    private static final String SPECIAL = "\\`*_[]<>|~#&";

    private static final Pattern LINE_BREAKS = Pattern.compile("[\\r\\n\\u2028\\u2029\\u0085\\u000b\\u000c]+");
    private static final Pattern ORDERED_LIST_START = Pattern.compile("^(\\d{1,9})([.)])");
    private static final String INDENT = "  ";

    private final StringBuilder out;

    /** @param capacity about the length of the text: the builder then need not copy itself as it grows */
    MarkdownRenderer(int capacity) {
        out = new StringBuilder(capacity);
    }

    @Override
    public void start(Head head) {
        out.append("# ").append(escape(head.title(), false)).append('\n');
        for (Block block : head.preamble()) {
            out.append('\n');
            block(block, "", 2);
        }
    }

    @Override
    public void open(Section section) {
        out.append('\n');
        heading(section, "", 2);
        for (Block child : section.blocks()) {
            add(child);
        }
    }

    @Override
    public void add(Block child) {
        out.append('\n');
        block(child, "", 3);
    }

    @Override
    public void close() {
        // a section ends where the next begins
    }

    @Override
    public String finish() {
        return out.toString();
    }

    private void block(Block block, String indent, int level) {
        if (block instanceof Section section) {
            heading(section, indent, level);
            for (Block child : section.blocks()) {
                out.append('\n');
                block(child, indent, level + 1);
            }
        } else if (block instanceof Paragraph paragraph) {
            out.append(indent).append(inlines(paragraph.content())).append('\n');
        } else if (block instanceof BulletList list) {
            boolean loose =
                    list.items().stream().anyMatch(item -> !item.details().isEmpty());
            boolean first = true;
            for (Item item : list.items()) {
                if (loose && !first) {
                    out.append('\n');
                }
                first = false;
                out.append(indent).append("- ").append(inlines(item.content())).append('\n');
                for (Block detail : item.details()) {
                    out.append('\n');
                    block(detail, indent + INDENT, level);
                }
            }
        } else if (block instanceof Definitions definitions) {
            for (Definition entry : definitions.entries()) {
                out.append(indent)
                        .append("- **")
                        .append(escape(entry.term(), false))
                        .append(":** ")
                        .append(inlines(entry.value()))
                        .append('\n');
            }
        }
    }

    private void heading(Section section, String indent, int level) {
        out.append(indent)
                .append("#".repeat(Math.min(level, 6)))
                .append(' ')
                .append(escape(section.heading(), false))
                .append('\n');
    }

    private static String inlines(List<Inline> inlines) {
        StringBuilder text = new StringBuilder();
        for (Inline inline : inlines) {
            boolean atStart = text.length() == 0;
            if (inline instanceof Plain plain) {
                text.append(escape(plain.text(), atStart));
            } else if (inline instanceof Strong strong) {
                text.append("**").append(escape(strong.text(), false)).append("**");
            } else if (inline instanceof Link link) {
                if (Links.isSafe(link.href())) {
                    text.append('[')
                            .append(escape(link.label(), false))
                            .append("](")
                            .append(destination(link.href()))
                            .append(')');
                } else {
                    text.append(escape(link.label(), atStart));
                }
            } else if (inline instanceof Missing marker) {
                text.append("**").append(escape(marker.text(), false)).append("**");
            } else if (inline instanceof Foreign foreign) {
                text.append(
                        foreign.strong()
                                ? "**" + escape(foreign.text(), false) + "**"
                                : escape(foreign.text(), atStart));
            }
        }
        return text.toString().strip();
    }

    /**
     * Escapes a string for use inside a Markdown line. {@code atLineStart} also neutralises what is
     * only special at the start of a line: list markers, block quotes, headings, thematic breaks.
     */
    static String escape(String text, boolean atLineStart) {
        String line = LINE_BREAKS.matcher(text).replaceAll(" ");
        StringBuilder escaped = new StringBuilder(line.length() + 16);
        int start = 0;
        if (atLineStart) {
            line = line.stripLeading();
            var ordered = ORDERED_LIST_START.matcher(line);
            if (ordered.find()) {
                escaped.append(ordered.group(1)).append('\\').append(ordered.group(2));
                start = ordered.end();
            } else if (!line.isEmpty() && "-+=".indexOf(line.charAt(0)) >= 0) {
                escaped.append('\\').append(line.charAt(0));
                start = 1;
            }
        }
        for (int i = start; i < line.length(); i++) {
            char c = line.charAt(i);
            if (SPECIAL.indexOf(c) >= 0) {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }

    /** A link destination with everything that could end it or confuse a parser percent-encoded. */
    static String destination(String href) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : href.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c <= 0x20 || c >= 0x7f || "()<>\\\"'`".indexOf(c) >= 0) {
                encoded.append('%').append(String.format("%02X", c));
            } else {
                encoded.append((char) c);
            }
        }
        return encoded.toString();
    }
}
