package io.privacyinventory.notice;

import static org.assertj.core.api.Assertions.assertThat;

import io.privacyinventory.exchange.InventoryJsonReader;
import io.privacyinventory.model.Inventory;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What format version 2 lets the record say reaches the notice: one purpose under each of its
 * legal bases, the law that allows criminal-offence data (never an Art. 9(2) condition), and the
 * unconditional right to object to direct marketing.
 */
class NoticeFormatVersion2Test {
    private static final Inventory RECORD = read();

    private static Inventory read() {
        try {
            return InventoryJsonReader.read(Path.of("src", "test", "resources", "format-v2", "every-v2-field.json"));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static String section(String notice, String heading, String nextHeading) {
        int from = notice.indexOf(heading);
        assertThat(from).as(heading).isNotNegative();
        int to = notice.indexOf(nextHeading, from + heading.length());
        return notice.substring(from, to < 0 ? notice.length() : to);
    }

    @ParameterizedTest
    @EnumSource(NoticeLanguage.class)
    void aPurposeOnTwoLegalBasesAppearsUnderEachAndCriminalDataShowsItsAuthorityNotAnArt9Condition(
            NoticeLanguage language) {
        String notice = NoticeComposer.compose(RECORD, language).render(NoticeFormat.TEXT);
        boolean en = language == NoticeLanguage.EN;
        String hr = en ? "HR administration" : "Personaladministrasjon";

        String hrBlock = section(notice, "• " + hr, "• ");
        assertThat(hrBlock)
                .contains(
                        en
                                ? "Legal basis: Contract (Art. 6(1)(b))"
                                : "Behandlingsgrunnlag: Avtale (art. 6 nr. 1 bokstav b)")
                .contains(
                        en
                                ? "Legal basis: Legal obligation (Art. 6(1)(c)): Working Environment Act"
                                : "Behandlingsgrunnlag: Rettslig forpliktelse (art. 6 nr. 1 bokstav c): Arbeidsmiljøloven");
        assertThat(notice)
                .contains(
                        en
                                ? "Legal authority for data on criminal offences (Article 10): Personal Data Act section 11"
                                : "Hjemmel for opplysninger om lovovertredelser (artikkel 10): personopplysningsloven § 11");
        assertThat(notice)
                .doesNotContain(en ? "Article 9(2)" : "artikkel 9 nr. 2")
                .doesNotContain(en ? "Special categories" : "Særlige kategorier");
        assertThat(notice)
                .contains(
                        en
                                ? "Right to object to direct marketing (Article 21(2) and (3)): You can object at any "
                                        + "time, without giving reasons, to our use of your personal data for direct marketing (Newsletter)."
                                : "Rett til å protestere mot direkte markedsføring (artikkel 21 nr. 2 og 3): Du kan når som helst, uten å begrunne det, "
                                        + "protestere mot at vi bruker personopplysningene dine til direkte markedsføring (Nyhetsbrev).");
    }

    @ParameterizedTest
    @EnumSource(NoticeLanguage.class)
    void criminalDataWithoutItsAuthorityIsAMarker(NoticeLanguage language) {
        var uses = new java.util.ArrayList<>(RECORD.activities().get(0).purposes());
        uses.set(1, uses.get(1).withCriminalOffenceAuthority(null));
        assertThat(NoticeComposer.compose(RECORD, language).missingFacts())
                .extracting(MissingFact::what)
                .noneMatch(what -> what.contains(language == NoticeLanguage.EN ? "criminal" : "straffedommer"));
        Inventory without = io.privacyinventory.model.Inventories.replaced(
                RECORD, "hr", RECORD.activities().get(0).withPurposes(uses));

        NoticeDraft draft = NoticeComposer.compose(without, language);

        assertThat(draft.missingFacts())
                .extracting(MissingFact::what)
                .contains(
                        language == NoticeLanguage.EN
                                ? "the law that allows “HR” to process personal data about criminal convictions and offences"
                                : "lovhjemmelen som gir «Personal» adgang til å behandle opplysninger om straffedommer og lovovertredelser");
    }
}
