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
import org.owasp.encoder.Encode;

/**
 * HTML in two shapes. The page: one standalone, accessible document with {@code lang} on the root,
 * headings in order (h1 title, h2 sections, h3 sub-sections), a table of contents, a small embedded
 * stylesheet and no scripts. The fragment: one {@code <section class="privacy-notice">} for a web
 * team to paste into its site, whose stylesheet only reaches inside that class (it comes as a
 * {@code <link>} with a {@code data:} address, the one stylesheet element HTML allows inside a
 * body). Both use anchors made of record ids with a {@code pn-} prefix, and put {@code lang} on every
 * text that fell back to another language. Every string goes through the OWASP encoder for the
 * context it lands in, and only http, https and mailto addresses become links.
 */
final class HtmlRenderer implements NoticeRenderer {
    static final String ID_PREFIX = "pn-";

    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private static final String STYLE = """
            :root { color-scheme: light; }
            body { margin: 0; background: #f6f7f9; color: #1f2328;
              font: 17px/1.6 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
            main { box-sizing: border-box; max-width: 48rem; margin: 0 auto; padding: 2.5rem 2rem 4rem;
              background: #fff; min-height: 100vh; }
            h1 { font-size: 2rem; line-height: 1.25; margin: 0 0 .5rem; }
            h2 { font-size: 1.4rem; line-height: 1.3; margin: 2.5rem 0 .75rem; padding-top: 1rem;
              border-top: 1px solid #d8dee4; }
            h3 { font-size: 1.1rem; line-height: 1.35; margin: 1.75rem 0 .5rem; }
            p { margin: .6rem 0; }
            ul { margin: .6rem 0; padding-left: 1.4rem; }
            li { margin: .45rem 0; }
            li > p, li > dl { margin: .3rem 0; }
            dl { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; margin: .6rem 0; }
            dt { font-weight: 600; }
            dd { margin: 0; min-width: 0; }
            a { color: #0b57d0; overflow-wrap: anywhere; }
            a:focus-visible { outline: 3px solid #0b57d0; outline-offset: 2px; }
            .effective { color: #57606a; margin-top: 0; }
            .missing { background: #fff3b0; color: #5c3c00; font-weight: 600; padding: 0 .2em; border-radius: 3px; }
            nav { margin: 1.5rem 0 0; padding: .75rem 1.25rem; background: #f6f8fa; border-radius: 6px; }
            nav h2 { font-size: 1rem; margin: 0 0 .25rem; padding: 0; border: 0; }
            nav ol { margin: 0; padding-left: 1.4rem; }
            nav li { margin: .15rem 0; }
            @media (max-width: 40rem) { main { padding: 1.5rem 1rem 3rem; } dl { grid-template-columns: 1fr; }
              dd { margin-bottom: .4rem; } }
            @media print { body { background: #fff; } main { max-width: none; padding: 0; } nav { display: none; }
              a { color: inherit; } }
            """;

    /** The page's rules, scoped under the fragment's class: the fragment must not style the host site. */
    static final String FRAGMENT_STYLE = """
            .privacy-notice { color: #1f2328; font: inherit; line-height: 1.6; max-width: 48rem; }
            .privacy-notice h1 { font-size: 1.8em; line-height: 1.25; margin: 0 0 .5rem; }
            .privacy-notice h2 { font-size: 1.35em; line-height: 1.3; margin: 2rem 0 .75rem; padding-top: .75rem; border-top: 1px solid #d8dee4; }
            .privacy-notice h3 { font-size: 1.1em; line-height: 1.35; margin: 1.5rem 0 .5rem; }
            .privacy-notice p { margin: .6rem 0; }
            .privacy-notice ul { margin: .6rem 0; padding-left: 1.4rem; }
            .privacy-notice li { margin: .45rem 0; }
            .privacy-notice dl { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; margin: .6rem 0; }
            .privacy-notice dt { font-weight: 600; }
            .privacy-notice dd { margin: 0; min-width: 0; }
            .privacy-notice a { overflow-wrap: anywhere; }
            .privacy-notice .pn-effective { color: #57606a; margin-top: 0; }
            .privacy-notice .pn-missing { background: #fff3b0; color: #5c3c00; font-weight: 600; padding: 0 .2em; }
            .privacy-notice nav { margin: 1.25rem 0 0; padding: .75rem 1.25rem; background: #f6f8fa; border-radius: 6px; }
            .privacy-notice nav h2 { font-size: 1em; margin: 0 0 .25rem; padding: 0; border: 0; }
            .privacy-notice nav ol { margin: 0; padding-left: 1.4rem; }
            @media (max-width: 40rem) { .privacy-notice dl { grid-template-columns: 1fr; } }
            """;

    private final boolean fragment;
    private final StringBuilder out;
    /**
     * The table of contents' entries, one per top-level section written, and where it goes: only
     * the headings are kept, not the sections, which may be large.
     */
    private final StringBuilder contents = new StringBuilder();

    private int sections;
    private int contentsAt;
    private String contentsHeading;

    /**
     * @param capacity about the length of the body: the builder then need not copy itself as it
     *     grows; the style sheet (percent-encoded in a fragment, up to three times as long) is added
     */
    HtmlRenderer(boolean fragment, int capacity) {
        this.fragment = fragment;
        this.out = new StringBuilder(capacity + 3 * Math.max(STYLE.length(), FRAGMENT_STYLE.length()));
    }

    @Override
    public void start(Head head) {
        if (fragment) {
            out.append("<section class=\"privacy-notice\" lang=\"")
                    .append(Encode.forHtmlAttribute(language(head.language())))
                    .append("\" aria-labelledby=\"pn-title\">\n")
                    .append("<link rel=\"stylesheet\" href=\"")
                    .append(Encode.forHtmlAttribute(styleAddress()))
                    .append("\">\n");
        } else {
            out.append("<!DOCTYPE html>\n")
                    .append("<html lang=\"")
                    .append(Encode.forHtmlAttribute(language(head.language())))
                    .append("\">\n")
                    .append("<head>\n")
                    .append("<meta charset=\"utf-8\">\n")
                    .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                    .append("<title>")
                    .append(Encode.forHtml(head.title()))
                    .append("</title>\n")
                    .append("<style>\n")
                    .append(STYLE)
                    .append("</style>\n")
                    .append("</head>\n")
                    .append("<body>\n")
                    .append("<main>\n");
        }
        out.append("<h1")
                .append(fragment ? " id=\"pn-title\"" : "")
                .append(lang(head.titleLanguage()))
                .append('>')
                .append(Encode.forHtml(head.title()))
                .append("</h1>\n");
        for (Block block : head.preamble()) {
            if (block instanceof Paragraph paragraph) {
                out.append("<p class=\"")
                        .append(fragment ? "pn-effective" : "effective")
                        .append("\">");
                inlines(paragraph.content());
                out.append("</p>\n");
            } else {
                block(block, 2);
            }
        }
        contentsHeading = head.contentsHeading();
        contentsAt = out.length();
    }

    @Override
    public void open(Section section) {
        sections++;
        contents.append("<li><a href=\"#")
                .append(Encode.forHtmlAttribute(id(section)))
                .append("\">")
                .append(Encode.forHtml(section.heading()))
                .append("</a></li>\n");
        sectionStart(section, 2);
        for (Block child : section.blocks()) {
            add(child);
        }
    }

    @Override
    public void add(Block child) {
        block(child, 3);
    }

    @Override
    public void close() {
        out.append("</section>\n");
    }

    /**
     * Adds the table of contents where it belongs, under the title: the sections it lists are
     * known only once they have all been written.
     */
    @Override
    public String finish() {
        if (sections >= 2 && contentsHeading != null) {
            out.insert(
                    contentsAt,
                    new StringBuilder("<nav aria-labelledby=\"pn-contents\">\n<h2 id=\"pn-contents\">")
                            .append(Encode.forHtml(contentsHeading))
                            .append("</h2>\n<ol>\n")
                            .append(contents)
                            .append("</ol>\n</nav>\n"));
        }
        out.append(fragment ? "</section>\n" : "</main>\n</body>\n</html>\n");
        return out.toString();
    }

    /** The scoped stylesheet as a {@code data:} address, percent-encoded so that nothing in it ends the attribute. */
    static String styleAddress() {
        return "data:text/css;charset=utf-8,"
                + java.net.URLEncoder.encode(FRAGMENT_STYLE, java.nio.charset.StandardCharsets.UTF_8)
                        .replace("+", "%20");
    }

    private static String language(String code) {
        return LANGUAGE.matcher(code).matches() ? code : "und";
    }

    private void block(Block block, int level) {
        if (block instanceof Section section) {
            sectionStart(section, level);
            for (Block child : section.blocks()) {
                block(child, level + 1);
            }
            out.append("</section>\n");
        } else if (block instanceof Paragraph paragraph) {
            out.append("<p>");
            inlines(paragraph.content());
            out.append("</p>\n");
        } else if (block instanceof BulletList list) {
            out.append("<ul>\n");
            for (Item item : list.items()) {
                out.append("<li>");
                inlines(item.content());
                if (!item.details().isEmpty()) {
                    out.append('\n');
                    for (Block detail : item.details()) {
                        block(detail, level);
                    }
                }
                out.append("</li>\n");
            }
            out.append("</ul>\n");
        } else if (block instanceof Definitions definitions) {
            out.append("<dl>\n");
            for (Definition entry : definitions.entries()) {
                out.append("<dt>").append(Encode.forHtml(entry.term())).append("</dt><dd>");
                inlines(entry.value());
                out.append("</dd>\n");
            }
            out.append("</dl>\n");
        }
    }

    private void sectionStart(Section section, int level) {
        int h = Math.min(level, 6);
        String id = Encode.forHtmlAttribute(id(section));
        out.append("<section aria-labelledby=\"")
                .append(id)
                .append("\">\n")
                .append("<h")
                .append(h)
                .append(" id=\"")
                .append(id)
                .append('"')
                .append(lang(section.headingLanguage()))
                .append('>')
                .append(Encode.forHtml(section.heading()))
                .append("</h")
                .append(h)
                .append(">\n");
    }

    /** A {@code lang} attribute for a text in another language than the notice's; empty otherwise. */
    private static String lang(String language) {
        return language != null && LANGUAGE.matcher(language).matches()
                ? " lang=\"" + Encode.forHtmlAttribute(language) + "\""
                : "";
    }

    /** Writes the runs straight into the output: a string for each was most of the rendering's garbage. */
    private void inlines(List<Inline> inlines) {
        for (Inline inline : inlines) {
            if (inline instanceof Plain plain) {
                out.append(Encode.forHtml(plain.text()));
            } else if (inline instanceof Strong strong) {
                out.append("<strong>").append(Encode.forHtml(strong.text())).append("</strong>");
            } else if (inline instanceof Link link) {
                if (Links.isFragment(link.href())) {
                    out.append("<a href=\"#")
                            .append(Encode.forHtmlAttribute(
                                    ID_PREFIX + link.href().substring(1)))
                            .append("\">")
                            .append(Encode.forHtml(link.label()))
                            .append("</a>");
                } else if (Links.isSafe(link.href())) {
                    out.append("<a href=\"")
                            .append(Encode.forHtmlAttribute(link.href()))
                            .append("\">")
                            .append(Encode.forHtml(link.label()))
                            .append("</a>");
                } else {
                    out.append(Encode.forHtml(link.label()));
                }
            } else if (inline instanceof Missing marker) {
                out.append("<mark class=\"")
                        .append(fragment ? "pn-missing" : "missing")
                        .append("\">")
                        .append(Encode.forHtml(marker.text()))
                        .append("</mark>");
            } else if (inline instanceof Foreign foreign) {
                String tag = foreign.strong() ? "strong" : "span";
                out.append('<')
                        .append(tag)
                        .append(lang(foreign.language()))
                        .append('>')
                        .append(Encode.forHtml(foreign.text()))
                        .append("</")
                        .append(tag)
                        .append('>');
            }
        }
    }

    /**
     * The section's anchor: {@code pn-} and the composer's id, made of record ids, so that an anchor
     * stays put when the record's lists are reordered; one that is not a plain token is replaced.
     */
    private static String id(Section section) {
        return ID_PREFIX
                + (section.id() != null && ID.matcher(section.id()).matches()
                        ? section.id()
                        : "s" + Integer.toHexString(section.heading().hashCode()));
    }
}
