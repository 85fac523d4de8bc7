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
final class TextRenderer implements NoticeRenderer {
    private static final String INDENT = "  ";
    private static final String BREAKS = "\r\n\u2028\u2029\u0085\u000b\u000c";
    private static final Pattern BREAK_RUNS = Pattern.compile("[" + BREAKS + "]+");

    private final StringBuilder out;
    /** Top-level sections written so far, and sub-sections of the open one: they are numbered. */
    private int sections;

    private int subSections;
    /** The open top-level section's number. */
    private String number;

    /** @param capacity about the length of the text: the builder then need not copy itself as it grows */
    TextRenderer(int capacity) {
        out = new StringBuilder(capacity);
    }

    @Override
    public void start(Head head) {
        underlined(line(head.title()), '=');
        for (Block block : head.preamble()) {
            out.append('\n');
            block(block, "", 0, "");
        }
    }

    @Override
    public void open(Section section) {
        out.append('\n');
        number = Integer.toString(++sections);
        subSections = 0;
        heading(section, "", 0, number);
        for (Block child : section.blocks()) {
            add(child);
        }
    }

    @Override
    public void add(Block child) {
        out.append('\n');
        block(child, "", 1, child instanceof Section ? number + "." + ++subSections : number);
    }

    @Override
    public void close() {
        // a section ends where the next begins
    }

    @Override
    public String finish() {
        return out.toString();
    }

    private void block(Block block, String indent, int depth, String number) {
        if (block instanceof Section section) {
            heading(section, indent, depth, number);
            int sub = 0;
            for (Block child : section.blocks()) {
                out.append('\n');
                block(child, indent, depth + 1, child instanceof Section ? number + "." + ++sub : number);
            }
        } else if (block instanceof Paragraph paragraph) {
            out.append(indent);
            inlines(paragraph.content());
            out.append('\n');
        } else if (block instanceof BulletList list) {
            // bullets with lines under them are kept apart by a blank line, or they run together
            boolean spaced = false;
            for (Item item : list.items()) {
                spaced |= !item.details().isEmpty();
            }
            String detailIndent = indent + INDENT;
            boolean first = true;
            for (Item item : list.items()) {
                if (spaced && !first) {
                    out.append('\n');
                }
                first = false;
                out.append(indent).append("• ");
                inlines(item.content());
                out.append('\n');
                for (Block detail : item.details()) {
                    block(detail, detailIndent, depth + 1, number);
                }
            }
        } else if (block instanceof Definitions definitions) {
            for (Definition entry : definitions.entries()) {
                out.append(indent).append(line(entry.term())).append(": ");
                inlines(entry.value());
                out.append('\n');
            }
        }
    }

    private void heading(Section section, String indent, int depth, String number) {
        if (depth == 0) {
            underlined(number + ". " + line(section.heading()), '-');
        } else {
            out.append(indent)
                    .append(number)
                    .append(' ')
                    .append(line(section.heading()))
                    .append('\n');
        }
    }

    private void underlined(String heading, char rule) {
        out.append(heading)
                .append('\n')
                .append(String.valueOf(rule).repeat(Math.max(3, heading.codePointCount(0, heading.length()))))
                .append('\n');
    }

    /**
     * Writes the runs as one line straight into the output (a notice has hundreds of thousands of
     * them: a string for each was most of the rendering's garbage), then keeps that line whole.
     */
    private void inlines(List<Inline> inlines) {
        int start = out.length();
        for (Inline inline : inlines) {
            if (inline instanceof Plain plain) {
                out.append(plain.text());
            } else if (inline instanceof Strong strong) {
                out.append(strong.text());
            } else if (inline instanceof Link link) {
                out.append(Links.inText(link.label(), link.href()));
            } else if (inline instanceof Missing marker) {
                out.append(marker.text());
            } else if (inline instanceof Foreign foreign) {
                out.append(foreign.text());
            }
        }
        lineFrom(start);
    }

    /** What {@link #line} does to a text, done to the output from {@code start} on, in place. */
    private void lineFrom(int start) {
        for (int i = start; i < out.length(); i++) {
            if (BREAKS.indexOf(out.charAt(i)) >= 0) {
                String text = line(out.substring(start));
                out.setLength(start);
                out.append(text);
                return;
            }
        }
        // as String.strip(): no whitespace character is a surrogate, so testing chars is the same
        int end = out.length();
        while (end > start && Character.isWhitespace(out.charAt(end - 1))) {
            end--;
        }
        out.setLength(end);
        int first = start;
        while (first < end && Character.isWhitespace(out.charAt(first))) {
            first++;
        }
        out.delete(start, first);
    }

    /** Keeps a text on one line: line breaks inside it would be read as new paragraphs or bullets. */
    private static String line(String text) {
        return (InventoryTexts.containsAny(text, BREAKS)
                        ? BREAK_RUNS.matcher(text).replaceAll(" ")
                        : text)
                .strip();
    }
}
