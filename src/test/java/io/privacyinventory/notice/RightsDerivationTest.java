package io.privacyinventory.notice;

import static io.privacyinventory.notice.DataSubjectRight.ACCESS;
import static io.privacyinventory.notice.DataSubjectRight.COMPLAINT;
import static io.privacyinventory.notice.DataSubjectRight.ERASURE;
import static io.privacyinventory.notice.DataSubjectRight.OBJECTION;
import static io.privacyinventory.notice.DataSubjectRight.PORTABILITY;
import static io.privacyinventory.notice.DataSubjectRight.RECTIFICATION;
import static io.privacyinventory.notice.DataSubjectRight.RESTRICTION;
import static io.privacyinventory.notice.DataSubjectRight.WITHDRAW_CONSENT;
import static org.assertj.core.api.Assertions.assertThat;

import io.privacyinventory.model.LegalBasis;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The rights a notice lists follow from the legal bases its activities use (Art. 7(3), 20, 21). */
class RightsDerivationTest {
    private static final List<DataSubjectRight> ALWAYS =
            List.of(ACCESS, RECTIFICATION, ERASURE, RESTRICTION, COMPLAINT);

    @Test
    void eachBasisBringsItsOwnRights() {
        assertThat(rights(LegalBasis.CONSENT))
                .containsExactly(ACCESS, RECTIFICATION, ERASURE, RESTRICTION, PORTABILITY, WITHDRAW_CONSENT, COMPLAINT);
        assertThat(rights(LegalBasis.CONTRACT))
                .containsExactly(ACCESS, RECTIFICATION, ERASURE, RESTRICTION, PORTABILITY, COMPLAINT);
        assertThat(rights(LegalBasis.LEGAL_OBLIGATION)).containsExactlyElementsOf(ALWAYS);
        assertThat(rights(LegalBasis.VITAL_INTERESTS)).containsExactlyElementsOf(ALWAYS);
        assertThat(rights(LegalBasis.PUBLIC_TASK))
                .containsExactly(ACCESS, RECTIFICATION, ERASURE, RESTRICTION, OBJECTION, COMPLAINT);
        assertThat(rights(LegalBasis.LEGITIMATE_INTERESTS))
                .containsExactly(ACCESS, RECTIFICATION, ERASURE, RESTRICTION, OBJECTION, COMPLAINT);
        assertThat(DataSubjectRight.applicable(Set.of())).containsExactlyElementsOf(ALWAYS);
        assertThat(DataSubjectRight.applicable(EnumSet.allOf(LegalBasis.class)))
                .containsExactly(DataSubjectRight.values());
    }

    @ParameterizedTest
    @EnumSource(LegalBasis.class)
    void theNoticeListsExactlyTheDerivedRights(LegalBasis basis) {
        String notice = NoticeFixtures.render(NoticeFixtures.withBases(basis), NoticeLanguage.EN, NoticeFormat.TEXT);
        String rights = notice.substring(
                notice.indexOf("What are your rights?"), notice.indexOf("Do we make automated decisions"));

        assertThat(rights)
                .contains(
                        "• Right of access (Article 15)",
                        "• Right to rectification (Article 16)",
                        "• Right to erasure (Article 17)",
                        "• Right to restriction of processing (Article 18)",
                        "• Right to complain (Article 77): If you believe that our processing of your personal data breaks the rules, "
                                + "you can lodge a complaint with Datatilsynet (https://www.datatilsynet.no).");
        assertThat(rights.contains("Right to withdraw consent")).isEqualTo(basis == LegalBasis.CONSENT);
        assertThat(rights.contains("Right to object (Article 21)"))
                .isEqualTo(basis == LegalBasis.PUBLIC_TASK || basis == LegalBasis.LEGITIMATE_INTERESTS);
        assertThat(rights.contains("Right to data portability (Article 20)"))
                .isEqualTo(basis == LegalBasis.CONSENT || basis == LegalBasis.CONTRACT);
    }

    @Test
    void objectionAndPortabilityNameTheBasesTheyApplyTo() {
        String notice = NoticeFixtures.render(
                NoticeFixtures.withBases(
                        LegalBasis.LEGITIMATE_INTERESTS,
                        LegalBasis.PUBLIC_TASK,
                        LegalBasis.CONSENT,
                        LegalBasis.CONTRACT),
                NoticeLanguage.NB,
                NoticeFormat.TEXT);

        assertThat(notice)
                .contains("protestere mot behandling vi bygger på berettiget interesse eller en oppgave i "
                        + "allmennhetens interesse eller utøvelse av offentlig myndighet.");
        assertThat(notice)
                .contains("på grunnlag av samtykke fra deg eller en avtale med deg, og behandlingen er automatisert");
        assertThat(notice).contains("• Rett til å trekke tilbake samtykke (artikkel 7 nr. 3)");
    }

    private static List<DataSubjectRight> rights(LegalBasis basis) {
        return DataSubjectRight.applicable(EnumSet.of(basis));
    }
}
