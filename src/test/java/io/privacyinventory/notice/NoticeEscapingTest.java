package io.privacyinventory.notice;

import static io.privacyinventory.notice.NoticeFixtures.en;
import static org.assertj.core.api.Assertions.assertThat;

import io.privacyinventory.model.Activity;
import io.privacyinventory.model.DataCategory;
import io.privacyinventory.model.DataSource;
import io.privacyinventory.model.Inventory;
import io.privacyinventory.model.LegalBasis;
import io.privacyinventory.model.NoticeSettings;
import io.privacyinventory.model.Organisation;
import io.privacyinventory.model.Purpose;
import io.privacyinventory.model.PurposeUse;
import io.privacyinventory.model.Recipient;
import io.privacyinventory.model.RecipientKind;
import io.privacyinventory.model.Role;
import io.privacyinventory.model.Safeguard;
import io.privacyinventory.model.SupervisoryAuthority;
import io.privacyinventory.model.Transfer;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Inventory text is data: whatever it holds, it never becomes markup, script or a dangerous link. */
class NoticeEscapingTest {
    private static final String SCRIPT = "<script>alert('x')</script>";
    private static final String ATTRIBUTE_BREAKER = "\" onmouseover=\"alert(1)";

    /** An inventory whose every text tries something. */
    private static Inventory hostile() {
        Organisation organisation = new Organisation(
                "Evil & Co <b>bold</b>",
                "Road 1 " + SCRIPT,
                "privacy@example.org",
                "+47 \"22\"",
                "javascript:alert('site')",
                null,
                null,
                new SupervisoryAuthority("Authority " + SCRIPT, "javascript:alert('authority')"));
        NoticeSettings notice = new NoticeSettings(
                en("Title " + SCRIPT),
                LocalDate.of(2024, 5, 17),
                en(
                        "# Not a heading\n\n* not a list\n1. not ordered | pipe | `code` _under_ [link](https://evil.example)"),
                en("Intro " + ATTRIBUTE_BREAKER + " <img src=x onerror=alert(2)>"));
        DataCategory category = new DataCategory(
                "c",
                en("Name *bold* _em_ " + SCRIPT),
                en("Description ' \" & < >"),
                DataSource.DATA_SUBJECT,
                false,
                false);
        Recipient tool = new Recipient(
                "tool",
                en("Tracker <i>x</i>"),
                en("Tracks [you](javascript:alert(3))"),
                RecipientKind.THIRD_PARTY,
                "US",
                true,
                "javascript:alert('optout')",
                null);
        Recipient spacey = new Recipient(
                "spacey",
                en("Spacey"),
                null,
                RecipientKind.PROCESSOR,
                "US",
                true,
                "https://example.org/opt out\" onclick=\"alert(4)",
                null);
        Purpose purpose = new Purpose("p", en("- Purpose ` backtick"), en("1. Looks like a list"));
        PurposeUse use = new PurposeUse("p", LegalBasis.LEGITIMATE_INTERESTS, null, en("Interest " + SCRIPT), null);
        Activity activity = NoticeFixtures.withRecipientsAndTransfers(
                NoticeFixtures.approved("a", Role.CONTROLLER, List.of(use), List.of("c", "contact")),
                List.of("tool", "spacey"),
                List.of(new Transfer("US", "tool", Safeguard.STANDARD_CONTRACTUAL_CLAUSES, en("Transfer " + SCRIPT))));
        return new Inventory(
                List.of("en"),
                organisation,
                notice,
                List.of(NoticeFixtures.subject()),
                List.of(category, NoticeFixtures.category("contact", DataSource.DATA_SUBJECT)),
                List.of(purpose),
                List.of(tool, spacey),
                List.of(activity));
    }

    @Test
    void htmlEscapesEveryInventoryStringAndMakesNoScriptOrJavascriptLink() {
        String html = NoticeFixtures.render(hostile(), NoticeLanguage.EN, NoticeFormat.HTML);

        assertThat(html)
                .doesNotContainIgnoringCase("<script")
                .doesNotContain("<img")
                .doesNotContain("<b>")
                .doesNotContain("<i>x")
                .doesNotContain("onmouseover=\"")
                .doesNotContain("onclick=\"");
        assertThat(html)
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
                .contains("Evil &amp; Co &lt;b&gt;bold&lt;/b&gt;")
                .contains("Intro &#34; onmouseover=&#34;alert(1) &lt;img src=x onerror=alert(2)&gt;");
        assertThat(hrefs(html))
                .allSatisfy(href -> assertThat(href).matches("(https?://|mailto:|#)[^\\s\"<>]*"))
                .noneMatch(href -> href.toLowerCase().contains("javascript"))
                .contains("mailto:privacy@example.org");
        assertThat(html).contains("javascript:alert(&#39;optout&#39;)");
    }

    @Test
    void htmlTitleAndLanguageAttributeAreEscapedToo() {
        String html = NoticeFixtures.render(hostile(), NoticeLanguage.NB, NoticeFormat.HTML);

        assertThat(html)
                .startsWith("<!DOCTYPE html>\n<html lang=\"nb\">\n")
                .contains("<title>Title &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;</title>");
    }

    @Test
    void markdownEscapesEverythingThatWouldBecomeMarkup() {
        String markdown = NoticeFixtures.render(hostile(), NoticeLanguage.EN, NoticeFormat.MARKDOWN);

        assertThat(markdown)
                .contains("\\# Not a heading \\* not a list 1. not ordered \\| pipe \\| \\`code\\` "
                        + "\\_under\\_ \\[link\\]([https://evil.example](https://evil.example))");
        assertThat(markdown).contains("**Name \\*bold\\* \\_em\\_ \\<script\\>alert('x')\\</script\\>**");
        assertThat(markdown)
                .contains("Tracks \\[you\\](javascript:alert(3))")
                .contains("Evil \\& Co \\<b\\>bold\\</b\\>");
        assertThat(markdown)
                .as("no unescaped link to javascript, no unescaped HTML")
                .doesNotContainPattern("(?<!\\\\)]\\(javascript")
                .doesNotContainPattern("(?<!\\\\)<");
        assertThat(markdown).contains("- **- Purpose \\` backtick**: 1. Looks like a list");
        assertThat(markdown.lines())
                .noneMatch(line -> line.startsWith("#") && line.contains("Not a heading"))
                .noneMatch(line -> line.startsWith("* not a list"));
    }

    @Test
    void markdownNeutralisesWhatIsOnlySpecialAtTheStartOfALine() {
        assertThat(MarkdownRenderer.escape("1. First", true)).isEqualTo("1\\. First");
        assertThat(MarkdownRenderer.escape("2) Second", true)).isEqualTo("2\\) Second");
        assertThat(MarkdownRenderer.escape("- item", true)).isEqualTo("\\- item");
        assertThat(MarkdownRenderer.escape("+ item", true)).isEqualTo("\\+ item");
        assertThat(MarkdownRenderer.escape("=== rule", true)).isEqualTo("\\=== rule");
        assertThat(MarkdownRenderer.escape("    indented code", true)).isEqualTo("indented code");
        assertThat(MarkdownRenderer.escape("> quote", true)).isEqualTo("\\> quote");
        assertThat(MarkdownRenderer.escape("1. First", false)).isEqualTo("1. First");
        assertThat(MarkdownRenderer.escape("a\nb\r\n# c", false)).isEqualTo("a b \\# c");
    }

    @Test
    void markdownLinkDestinationsCannotBreakOutOfTheLink() {
        assertThat(MarkdownRenderer.destination("https://example.org/a b)c<d>\"e"))
                .isEqualTo("https://example.org/a%20b%29c%3Cd%3E%22e");
        assertThat(MarkdownRenderer.destination("https://example.org/å")).isEqualTo("https://example.org/%C3%A5");
    }

    @Test
    void plainTextKeepsEveryTextOnItsOwnLine() {
        String text = NoticeFixtures.render(hostile(), NoticeLanguage.EN, NoticeFormat.TEXT);

        assertThat(text).contains("# Not a heading * not a list 1. not ordered | pipe");
        assertThat(text.lines()).noneMatch(line -> line.startsWith("* not a list"));
    }

    @Test
    void onlyHttpHttpsAndMailtoAddressesAreLinks() {
        assertThat(Links.isSafe("https://example.org/x")).isTrue();
        assertThat(Links.isSafe("HTTP://example.org")).isTrue();
        assertThat(Links.isSafe("mailto:a@b.example")).isTrue();
        assertThat(Links.isSafe("javascript:alert(1)")).isFalse();
        assertThat(Links.isSafe(" javascript:alert(1)")).isFalse();
        assertThat(Links.isSafe("JaVaScRiPt:alert(1)")).isFalse();
        assertThat(Links.isSafe("data:text/html,<script>")).isFalse();
        assertThat(Links.isSafe("https://example.org/\"onclick=x")).isFalse();
        assertThat(Links.isSafe("https://exa mple.org")).isFalse();
        assertThat(Links.isSafe("https://")).isFalse();
        assertThat(Links.isSafe("mailto:a@b.example?subject=x")).isFalse();
        assertThat(Links.isSafe("//example.org")).isFalse();
    }

    private static List<String> hrefs(String html) {
        Matcher matcher = Pattern.compile("href=\"([^\"]*)\"").matcher(html);
        List<String> hrefs = new java.util.ArrayList<>();
        while (matcher.find()) {
            hrefs.add(matcher.group(1));
        }
        return hrefs;
    }
}
