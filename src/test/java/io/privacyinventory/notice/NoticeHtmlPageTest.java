package io.privacyinventory.notice;

import static org.assertj.core.api.Assertions.assertThat;

import io.privacyinventory.TestInventories;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The HTML notice is one standalone, accessible page. */
class NoticeHtmlPageTest {

    @Test
    void pageIsStandaloneWithLanguageCharsetTitleAndStylesheet() {
        String html = NoticeFixtures.render(
                TestInventories.read(TestInventories.PRODUCT_SERVICES), NoticeLanguage.NB, NoticeFormat.HTML);

        assertThat(html)
                .startsWith("<!DOCTYPE html>\n<html lang=\"nb\">\n<head>\n<meta charset=\"utf-8\">\n")
                .contains("<title>Personvernerklæring for VMwares produkter og tjenester</title>", "<style>\n")
                .endsWith("</html>\n");
        assertThat(html)
                .doesNotContainIgnoringCase("<script")
                .doesNotContain("<link ")
                .doesNotContain("src=\"")
                .doesNotContain("style=\"");
    }

    @Test
    void headingsGoDownOneLevelAtATimeAndStartWithTheTitle() {
        for (var sample : TestInventories.SAMPLES) {
            for (NoticeLanguage language : NoticeLanguage.values()) {
                List<Integer> levels =
                        headingLevels(NoticeFixtures.render(TestInventories.read(sample), language, NoticeFormat.HTML));
                assertThat(levels.get(0)).isEqualTo(1);
                assertThat(levels.stream().filter(level -> level == 1)).hasSize(1);
                for (int i = 1; i < levels.size(); i++) {
                    assertThat(levels.get(i))
                            .as("heading %d of %s", i, sample)
                            .isLessThanOrEqualTo(levels.get(i - 1) + 1);
                }
            }
        }
    }

    @Test
    void contentsLinkToEverySectionAndCrossReferencesAreLinks() {
        String html = NoticeFixtures.render(
                TestInventories.read(TestInventories.PRODUCT_SERVICES), NoticeLanguage.EN, NoticeFormat.HTML);

        Matcher links = Pattern.compile("<li><a href=\"#([a-z-]+)\">").matcher(html);
        int count = 0;
        while (links.find()) {
            assertThat(html).contains("<h2 id=\"" + links.group(1) + "\">");
            count++;
        }
        assertThat(count).isEqualTo(13);
        assertThat(html)
                .contains("see “<a href=\"#pn-contact\">How do you contact us?</a>”")
                .contains("<h3 id=\"pn-purpose-support\">Customer support</h3>")
                .contains("<a href=\"https://www.fullstory.com/optout/\">https://www.fullstory.com/optout/</a>")
                .contains("<a href=\"https://tools.google.com/dlpage/gaoptout\">");
    }

    private static List<Integer> headingLevels(String html) {
        Matcher matcher = Pattern.compile("<h([1-6])[ >]").matcher(html);
        List<Integer> levels = new ArrayList<>();
        while (matcher.find()) {
            levels.add(Integer.parseInt(matcher.group(1)));
        }
        return levels;
    }
}
