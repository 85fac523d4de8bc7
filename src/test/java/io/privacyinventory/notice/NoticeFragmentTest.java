package io.privacyinventory.notice;

import static org.assertj.core.api.Assertions.assertThat;

import io.privacyinventory.TestInventories;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.ParseErrorList;
import org.jsoup.parser.Parser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The {@code html-fragment} notice can be pasted into any site: one section, no document
 * elements, styles that reach nothing outside it, ids that cannot clash, and markup an HTML5
 * parser reads without a single parse error when it is wrapped in a minimal page.
 */
class NoticeFragmentTest {

    static List<Arguments> notices() {
        List<Arguments> notices = new ArrayList<>();
        for (Path sample : TestInventories.SAMPLES) {
            for (NoticeLanguage language : NoticeLanguage.values()) {
                notices.add(Arguments.of(sample, language));
            }
        }
        return notices;
    }

    private static String fragment(Path sample, NoticeLanguage language) {
        return NoticeComposer.compose(TestInventories.read(sample), language).render(NoticeFormat.HTML_FRAGMENT);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("notices")
    void isOneSectionWithoutDocumentElements(Path sample, NoticeLanguage language) {
        String html = fragment(sample, language);

        assertThat(html)
                .startsWith("<section class=\"privacy-notice\" lang=\"" + language.code() + "\"")
                .endsWith("</section>\n");
        assertThat(html.toLowerCase())
                .doesNotContain("<html", "<head", "<body", "<!doctype", "<style", "<script", "style=\"");
        Document parsed = Jsoup.parseBodyFragment(html);
        assertThat(parsed.body().children()).hasSize(1);
        assertThat(parsed.body().child(0).tagName()).isEqualTo("section");
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("notices")
    void everyIdIsPrefixedAndEveryInternalLinkFindsItsTarget(Path sample, NoticeLanguage language) {
        Document parsed = Jsoup.parseBodyFragment(fragment(sample, language));

        assertThat(parsed.select("[id]"))
                .isNotEmpty()
                .allSatisfy(element -> assertThat(element.id()).startsWith("pn-"));
        for (Element link : parsed.select("a[href^=#]")) {
            assertThat(parsed.getElementById(link.attr("href").substring(1)))
                    .as(link.outerHtml())
                    .isNotNull();
        }
        assertThat(parsed.select("[id~=-[0-9]+$]"))
                .as("no anchors from list positions")
                .isEmpty();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("notices")
    void everyCssSelectorStartsWithTheNoticesClass(Path sample, NoticeLanguage language) {
        Document parsed = Jsoup.parseBodyFragment(fragment(sample, language));
        Element link = parsed.selectFirst("link[rel=stylesheet]");
        assertThat(link).isNotNull();
        String href = link.attr("href");
        assertThat(href).startsWith("data:text/css;charset=utf-8,");
        String css = URLDecoder.decode(href.substring(href.indexOf(',') + 1), StandardCharsets.UTF_8);

        List<String> selectors = selectors(css);
        assertThat(selectors)
                .hasSizeGreaterThan(10)
                .allSatisfy(selector -> assertThat(selector).startsWith(".privacy-notice"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("notices")
    void wrappedInAMinimalPageItParsesWithoutErrors(Path sample, NoticeLanguage language) {
        String page = "<!DOCTYPE html>\n<html lang=\"" + language.code() + "\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<title>Notice</title>\n</head>\n<body>\n" + fragment(sample, language) + "</body>\n</html>\n";
        Parser parser = Parser.htmlParser().setTrackErrors(100);

        Jsoup.parse(page, "", parser);

        ParseErrorList errors = parser.getErrors();
        assertThat(errors).as("HTML5 parse errors").isEmpty();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("notices")
    void textsThatFellBackCarryTheirLanguage(Path sample, NoticeLanguage language) {
        NoticeDraft draft = NoticeComposer.compose(TestInventories.read(sample), language);
        Document parsed = Jsoup.parseBodyFragment(draft.render(NoticeFormat.HTML_FRAGMENT));
        Document page = Jsoup.parse(draft.render(NoticeFormat.HTML));

        for (Document document : List.of(parsed, page)) {
            List<String> marked = document.select("[lang]").stream()
                    .filter(element -> !element.tagName().equals("html") && !element.hasClass("privacy-notice"))
                    .map(element -> element.attr("lang"))
                    .distinct()
                    .toList();
            if (draft.fallbacks().isEmpty()) {
                assertThat(marked).isEmpty();
            } else {
                assertThat(marked)
                        .containsExactlyInAnyOrderElementsOf(draft.fallbacks().stream()
                                .map(TextFallback::used)
                                .distinct()
                                .toList());
            }
        }
    }

    /** The selectors of every rule, including those inside {@code @media} blocks. */
    private static List<String> selectors(String css) {
        List<String> selectors = new ArrayList<>();
        Matcher rule = Pattern.compile("([^{}]+)\\{").matcher(css);
        while (rule.find()) {
            String prelude = rule.group(1).strip();
            if (prelude.startsWith("@")) {
                continue;
            }
            for (String selector : prelude.split(",")) {
                selectors.add(selector.strip());
            }
        }
        return selectors;
    }
}
