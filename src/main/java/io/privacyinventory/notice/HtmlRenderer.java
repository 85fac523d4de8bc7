package io.privacyinventory.notice;

import io.privacyinventory.notice.NoticeDocument.Block;
import io.privacyinventory.notice.NoticeDocument.BulletList;
import io.privacyinventory.notice.NoticeDocument.Definition;
import io.privacyinventory.notice.NoticeDocument.Definitions;
import io.privacyinventory.notice.NoticeDocument.Inline;
import io.privacyinventory.notice.NoticeDocument.Item;
import io.privacyinventory.notice.NoticeDocument.Link;
import io.privacyinventory.notice.NoticeDocument.Missing;
import io.privacyinventory.notice.NoticeDocument.Paragraph;
import io.privacyinventory.notice.NoticeDocument.Plain;
import io.privacyinventory.notice.NoticeDocument.Section;
import io.privacyinventory.notice.NoticeDocument.Strong;
import org.owasp.encoder.Encode;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One standalone, accessible HTML page: {@code lang} on the root, headings in order (h1 title, h2
 * sections, h3 sub-sections), a table of contents, a small embedded stylesheet and no scripts.
 * Every string goes through the OWASP encoder for the context it lands in, and only http, https
 * and mailto addresses become links.
 */
final class HtmlRenderer {
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

    private final StringBuilder out = new StringBuilder();

    String render(NoticeDocument document) {
        String language = LANGUAGE.matcher(document.language()).matches() ? document.language() : "und";
        out.append("<!DOCTYPE html>\n")
                .append("<html lang=\"").append(Encode.forHtmlAttribute(language)).append("\">\n")
                .append("<head>\n")
                .append("<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(Encode.forHtml(document.title())).append("</title>\n")
                .append("<style>\n").append(STYLE).append("</style>\n")
                .append("</head>\n")
                .append("<body>\n")
                .append("<main>\n")
                .append("<h1>").append(Encode.forHtml(document.title())).append("</h1>\n");
        for (Block block : document.preamble()) {
            if (block instanceof Paragraph paragraph) {
                out.append("<p class=\"effective\">").append(inlines(paragraph.content())).append("</p>\n");
            } else {
                block(block, 2);
            }
        }
        contents(document);
        for (Section section : document.sections()) {
            block(section, 2);
        }
        out.append("</main>\n</body>\n</html>\n");
        return out.toString();
    }

    private void contents(NoticeDocument document) {
        if (document.sections().size() < 2 || document.contentsHeading() == null) {
            return;
        }
        out.append("<nav aria-labelledby=\"contents\">\n<h2 id=\"contents\">")
                .append(Encode.forHtml(document.contentsHeading())).append("</h2>\n<ol>\n");
        for (Section section : document.sections()) {
            out.append("<li><a href=\"#").append(Encode.forHtmlAttribute(id(section))).append("\">")
                    .append(Encode.forHtml(section.heading())).append("</a></li>\n");
        }
        out.append("</ol>\n</nav>\n");
    }

    private void block(Block block, int level) {
        if (block instanceof Section section) {
            int h = Math.min(level, 6);
            out.append("<section aria-labelledby=\"").append(Encode.forHtmlAttribute(id(section))).append("\">\n")
                    .append("<h").append(h).append(" id=\"").append(Encode.forHtmlAttribute(id(section))).append("\">")
                    .append(Encode.forHtml(section.heading())).append("</h").append(h).append(">\n");
            for (Block child : section.blocks()) {
                block(child, level + 1);
            }
            out.append("</section>\n");
        } else if (block instanceof Paragraph paragraph) {
            out.append("<p>").append(inlines(paragraph.content())).append("</p>\n");
        } else if (block instanceof BulletList list) {
            out.append("<ul>\n");
            for (Item item : list.items()) {
                out.append("<li>").append(inlines(item.content()));
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
                out.append("<dt>").append(Encode.forHtml(entry.term())).append("</dt><dd>")
                        .append(inlines(entry.value())).append("</dd>\n");
            }
            out.append("</dl>\n");
        }
    }

    private static String inlines(List<Inline> inlines) {
        StringBuilder html = new StringBuilder();
        for (Inline inline : inlines) {
            if (inline instanceof Plain plain) {
                html.append(Encode.forHtml(plain.text()));
            } else if (inline instanceof Strong strong) {
                html.append("<strong>").append(Encode.forHtml(strong.text())).append("</strong>");
            } else if (inline instanceof Link link) {
                if (Links.isSafe(link.href()) || Links.isFragment(link.href())) {
                    html.append("<a href=\"").append(Encode.forHtmlAttribute(link.href())).append("\">")
                            .append(Encode.forHtml(link.label())).append("</a>");
                } else {
                    html.append(Encode.forHtml(link.label()));
                }
            } else if (inline instanceof Missing marker) {
                html.append("<mark class=\"missing\">").append(Encode.forHtml(marker.text())).append("</mark>");
            }
        }
        return html.toString();
    }

    /** The section's anchor; ids come from the composer, but one that is not a plain token is replaced. */
    private static String id(Section section) {
        return section.id() != null && ID.matcher(section.id()).matches() ? section.id()
                : "s" + Integer.toHexString(section.heading().hashCode());
    }
}
