package io.privacyinventory.notice;

import io.privacyinventory.model.Coded;
import java.util.Optional;

/** The file formats a notice draft can be written in. */
public enum NoticeFormat implements Coded {
    TEXT("txt"),
    MARKDOWN("md"),
    HTML("html"),
    /** One {@code <section class="privacy-notice">} to paste into a web page. */
    HTML_FRAGMENT("fragment.html");

    private final String extension;

    NoticeFormat(String extension) {
        this.extension = extension;
    }

    @Override
    public String code() {
        return Coded.codeOf(this);
    }

    /** The usual file name extension, without the dot. */
    public String extension() {
        return extension;
    }

    public static Optional<NoticeFormat> parse(String code) {
        return Coded.parse(NoticeFormat.class, code);
    }

    /** Writes the document in this format: LF line ends and a final newline. */
    public String render(NoticeDocument document) {
        return renderer(DocumentSize.of(document)).render(document);
    }

    /**
     * A writer of this format, its builder sized for a document of about that size; the size of a
     * notice written while it is composed is not known ahead ({@link DocumentSize#UNKNOWN}).
     */
    NoticeRenderer renderer(DocumentSize size) {
        // what each format adds per part of the document, about: measured on the samples and at 10,000 activities
        return switch (this) {
            case TEXT -> new TextRenderer(size.capacity(0));
            case MARKDOWN -> new MarkdownRenderer(size.capacity(2));
            case HTML -> new HtmlRenderer(false, size.capacity(13));
            case HTML_FRAGMENT -> new HtmlRenderer(true, size.capacity(13));
        };
    }
}
