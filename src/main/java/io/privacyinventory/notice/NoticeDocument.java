package io.privacyinventory.notice;

import java.util.List;
import java.util.Objects;

/**
 * A notice as a small format-neutral tree: a title, a few lines under it, and sections of
 * paragraphs, bullet lists and term/value pairs. Sections nest (a section inside a section is a
 * sub-section). Every string is plain text; the renderers escape it for their format.
 *
 * @param language        the language code of the wording, e.g. {@code nb}
 * @param title           the notice's title
 * @param preamble        what stands under the title (the effective date)
 * @param contentsHeading the heading of a table of contents, for renderers that make one
 * @param sections        the top-level sections, in reading order
 */
public record NoticeDocument(
        String language,
        String title,
        String titleLanguage,
        List<Block> preamble,
        String contentsHeading,
        List<Section> sections) {

    public NoticeDocument {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(title, "title");
        preamble = List.copyOf(preamble);
        sections = List.copyOf(sections);
    }

    /** A document whose title is in the document's own language. */
    public NoticeDocument(
            String language, String title, List<Block> preamble, String contentsHeading, List<Section> sections) {
        this(language, title, null, preamble, contentsHeading, sections);
    }

    /** A piece of a section's body. */
    public sealed interface Block permits Section, Paragraph, BulletList, Definitions {}

    /**
     * A heading and what comes under it; {@code id} is a stable anchor name made of {@code [a-z0-9-]},
     * taken from the record's ids, never from list positions. {@code headingLanguage} is set only
     * when the heading is an inventory text that fell back to another language.
     */
    public record Section(String id, String heading, String headingLanguage, List<Block> blocks) implements Block {
        public Section {
            blocks = List.copyOf(blocks);
        }

        public Section(String id, String heading, List<Block> blocks) {
            this(id, heading, null, blocks);
        }
    }

    public record Paragraph(List<Inline> content) implements Block {
        public Paragraph {
            content = List.copyOf(content);
        }

        public static Paragraph of(Inline... content) {
            return new Paragraph(List.of(content));
        }
    }

    public record BulletList(List<Item> items) implements Block {
        public BulletList {
            items = List.copyOf(items);
        }
    }

    /** A bullet: a line of text and, under it, optional details (pairs or paragraphs). */
    public record Item(List<Inline> content, List<Block> details) {
        public Item {
            content = List.copyOf(content);
            details = List.copyOf(details);
        }

        public Item(List<Inline> content) {
            this(content, List.of());
        }
    }

    /** Term/value pairs such as "E-mail: privacy@example.com". */
    public record Definitions(List<Definition> entries) implements Block {
        public Definitions {
            entries = List.copyOf(entries);
        }
    }

    public record Definition(String term, List<Inline> value) {
        public Definition {
            value = List.copyOf(value);
        }
    }

    /** A run of text inside a paragraph, bullet or value. */
    public sealed interface Inline permits Plain, Strong, Link, Missing, Foreign {}

    public record Plain(String text) implements Inline {}

    /** Emphasised text: the name a bullet is about. */
    public record Strong(String text) implements Inline {}

    /** A link; renderers only make a live link of http, https and mailto addresses. */
    public record Link(String label, String href) implements Inline {}

    /**
     * An inventory text shown in another language than the notice's, because the record has no
     * translation; HTML marks it with {@code lang} so that screen readers and browsers read it right.
     */
    public record Foreign(String text, String language, boolean strong) implements Inline {}

    /** A visible marker for a fact the inventory lacks, e.g. "[MISSING: effective date]". */
    public record Missing(String text) implements Inline {}
}
