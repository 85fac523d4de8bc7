package io.privacyinventory.notice;

import static org.assertj.core.api.Assertions.assertThat;

import io.privacyinventory.HostileTexts;
import io.privacyinventory.RandomInventory;
import io.privacyinventory.TestInventories;
import io.privacyinventory.model.ActivityStatus;
import io.privacyinventory.model.Inventory;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever an inventory's texts hold, the HTML notice contains only the markup the renderer makes
 * itself: every {@code <} opens one of its own tags with quoted, harmless attributes, and every
 * {@code &} starts an entity.
 */
class NoticeHtmlPropertyTest {
    private static final Pattern TAG =
            Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]*)((?: [a-z-]+=\"[^\"<>]*\")*)\\s*/?>");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]+|#x[0-9a-fA-F]+|[a-zA-Z]+);");
    private static final Pattern STYLE = Pattern.compile("<style>[^<]*</style>");
    private static final Set<String> OWN_TAGS = ownTags();
    private static final String OWN_STYLE = style(html(Inventory.empty("en", ""), NoticeLanguage.EN));

    /** The tags the renderer writes for the two samples and for an empty draft: the only ones a notice may have. */
    private static Set<String> ownTags() {
        Set<String> tags = new HashSet<>();
        List<Inventory> plain = List.of(
                TestInventories.read(TestInventories.PRODUCT_SERVICES),
                TestInventories.read(TestInventories.CLINIC_GROUP),
                Inventory.empty("en", ""));
        for (Inventory inventory : plain) {
            for (NoticeLanguage language : NoticeLanguage.values()) {
                Matcher matcher = TAG.matcher(html(inventory, language));
                while (matcher.find()) {
                    tags.add(matcher.group(2).toLowerCase());
                }
            }
        }
        return Set.copyOf(tags);
    }

    private static String html(Inventory inventory, NoticeLanguage language) {
        return NoticeComposer.compose(inventory, language).render(NoticeFormat.HTML);
    }

    private static String style(String html) {
        Matcher matcher = STYLE.matcher(html);
        return matcher.find() ? matcher.group() : "";
    }

    @Provide
    Arbitrary<Inventory> hostileInventories() {
        return Arbitraries.randoms()
                .flatMap(random -> HostileTexts.strings()
                        .list()
                        .ofMinSize(1)
                        .ofMaxSize(30)
                        .map(strings -> approved(HostileTexts.rewrite(
                                RandomInventory.generate(new Random(random.nextLong())), strings))));
    }

    /** Every activity approved, so that all of them reach the notice. */
    private static Inventory approved(Inventory inventory) {
        return new Inventory(
                inventory.languages(),
                inventory.organisation(),
                inventory.notice(),
                inventory.dataSubjects(),
                inventory.dataCategories(),
                inventory.purposes(),
                inventory.recipients(),
                inventory.activities().stream()
                        .map(a -> a.withStatus(ActivityStatus.APPROVED))
                        .toList());
    }

    @Property(tries = 150)
    void theNoticeHoldsOnlyItsOwnMarkup(@ForAll("hostileInventories") Inventory inventory) {
        for (NoticeLanguage language : NoticeLanguage.values()) {
            String html = html(inventory, language);
            assertThat(style(html)).as("the stylesheet is the renderer's own").isEqualTo(OWN_STYLE);
            String rest =
                    STYLE.matcher(html.replaceFirst("^<!DOCTYPE html>", "")).replaceAll("");

            Matcher tag = TAG.matcher(rest);
            StringBuilder text = new StringBuilder();
            int at = 0;
            while (tag.find()) {
                assertThat(OWN_TAGS)
                        .as("tag <%s> in %s", tag.group(2), tag.group())
                        .contains(tag.group(2).toLowerCase());
                assertThat(tag.group(3))
                        .as("attributes of %s", tag.group())
                        .doesNotContainIgnoringCase(" on")
                        .doesNotContainIgnoringCase("javascript:");
                text.append(rest, at, tag.start());
                at = tag.end();
            }
            text.append(rest.substring(at));
            assertThat(text.toString()).as("text outside the renderer's tags").doesNotContain("<", ">");
            assertThat(ENTITY.matcher(text).replaceAll(""))
                    .as("every & starts an entity")
                    .doesNotContain("&");
            assertThat(html)
                    .doesNotContainIgnoringCase("<x-hostile")
                    .doesNotContainIgnoringCase("<script")
                    .doesNotContainIgnoringCase("<img");
        }
    }

    @Property(tries = 1)
    void theRenderersOwnTagsAreKnown() {
        assertThat(OWN_TAGS).contains("html", "p", "mark").doesNotContain("script", "img", "x-hostile");
        assertThat(List.copyOf(OWN_TAGS)).isNotEmpty();
    }
}
