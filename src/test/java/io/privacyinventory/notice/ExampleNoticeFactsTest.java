package io.privacyinventory.notice;

import static org.assertj.core.api.Assertions.assertThat;

import io.privacyinventory.TestInventories;
import io.privacyinventory.model.Activity;
import io.privacyinventory.model.DataCategory;
import io.privacyinventory.model.Inventory;
import io.privacyinventory.model.Purpose;
import io.privacyinventory.model.PurposeUse;
import io.privacyinventory.model.RetentionRule;
import io.privacyinventory.model.Text;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The product-services sample models a real notice ({@code shared/reference/example-notice.nb.txt});
 * the generated notice must carry every fact of it that the inventory holds.
 */
class ExampleNoticeFactsTest {
    private final Inventory products = TestInventories.read(TestInventories.PRODUCT_SERVICES);

    @ParameterizedTest
    @EnumSource(NoticeLanguage.class)
    void theNoticeCarriesEveryFactOfTheExampleNotice(NoticeLanguage language) {
        String lang = language.code();
        String notice = NoticeFixtures.render(products, language, NoticeFormat.TEXT);

        assertThat(notice)
                .contains(
                        "VMware, Inc.",
                        "privacy@vmware.com",
                        "3401 Hillview Ave, Palo Alto, CA 94304, USA",
                        language == NoticeLanguage.NB ? "Gjelder fra 1. juli 2019" : "Effective from 1 July 2019",
                        text(products.notice().title(), lang),
                        text(products.notice().scope(), lang));
        for (DataCategory category : products.dataCategories()) {
            assertThat(notice).as("category " + category.id()).contains(text(category.name(), lang));
        }
        for (Purpose purpose : products.purposes()) {
            if (!purpose.id().equals("customer-content-processing")) {
                assertThat(notice)
                        .as("purpose " + purpose.id())
                        .contains(text(purpose.name(), lang) + ": " + text(purpose.description(), lang));
            }
        }
        for (Activity activity : products.activities()) {
            assertThat(notice).contains(text(activity.name(), lang));
            for (PurposeUse use : activity.purposes()) {
                if (use.legitimateInterest() != null) {
                    assertThat(notice).contains(text(use.legitimateInterest(), lang));
                }
            }
            for (RetentionRule rule : activity.retention()) {
                if (activity.role() != io.privacyinventory.model.Role.PROCESSOR) {
                    assertThat(notice).contains(text(rule.trigger(), lang), text(rule.description(), lang));
                }
            }
        }
        assertThat(notice)
                .contains(
                        "FullStory",
                        "https://www.fullstory.com/optout/",
                        "Google Analytics",
                        "https://tools.google.com/dlpage/gaoptout",
                        "https://developers.google.com/analytics/resources/concepts/gaConceptsTrackingOverview");
        assertThat(notice)
                .contains(
                        language == NoticeLanguage.NB
                                ? new String[] {
                                    "Rett til innsyn (artikkel 15)",
                                    "Rett til retting (artikkel 16)",
                                    "Rett til sletting (artikkel 17)",
                                    "Rett til begrensning av behandlingen (artikkel 18)",
                                    "Rett til å protestere (artikkel 21)",
                                    "klage til Datatilsynet",
                                    "Berettiget interesse (art. 6 nr. 1 bokstav f)",
                                    "Rettslig forpliktelse (art. 6 nr. 1 bokstav c)",
                                    "Bindende virksomhetsregler",
                                    "Når behandler vi personopplysninger for andre?"
                                }
                                : new String[] {
                                    "Right of access (Article 15)",
                                    "Right to rectification (Article 16)",
                                    "Right to erasure (Article 17)",
                                    "Right to restriction of processing (Article 18)",
                                    "Right to object (Article 21)",
                                    "complaint with Datatilsynet",
                                    "Legitimate interests (Art. 6(1)(f))",
                                    "Legal obligation (Art. 6(1)(c))",
                                    "Binding corporate rules",
                                    "When do we process personal data for others?"
                                });
        assertThat(notice)
                .doesNotContain("withdraw consent", "trekke tilbake samtykke", "Data portability", "Dataportabilitet");
    }

    private static String text(Text text, String language) {
        return text.get(language).orElseThrow();
    }
}
