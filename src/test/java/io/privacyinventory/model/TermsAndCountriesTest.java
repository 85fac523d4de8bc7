package io.privacyinventory.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TermsAndCountriesTest {
    @Test
    void everyFixedValueHasANameInBothLanguages() {
        List<Class<? extends Coded>> types = List.of(
                Role.class,
                ActivityStatus.class,
                LegalBasis.class,
                SpecialCategoryCondition.class,
                Safeguard.class,
                DpiaStatus.class,
                RecipientKind.class,
                DataSource.class,
                DpiaCriterion.class);
        for (String language : List.of("en", "nb")) {
            Terms terms = Terms.forLanguage(language);
            for (Class<? extends Coded> type : types) {
                for (Coded value : type.getEnumConstants()) {
                    assertThat(terms.label(value)).as(language + " " + value).isNotBlank();
                }
            }
        }
        assertThat(Terms.forLanguage("nb").label(LegalBasis.LEGITIMATE_INTERESTS))
                .isEqualTo("Berettiget interesse (art. 6 nr. 1 bokstav f)");
        assertThat(Terms.forLanguage("en").label(LegalBasis.CONTRACT)).isEqualTo("Contract (Art. 6(1)(b))");
    }

    @Test
    void englishStaysEnglishOnANorwegianComputer() {
        java.util.Locale saved = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.forLanguageTag("nb-NO"));
            assertThat(Terms.forLanguage("en").label(LegalBasis.CONSENT)).isEqualTo("Consent (Art. 6(1)(a))");
        } finally {
            java.util.Locale.setDefault(saved);
        }
    }

    @Test
    void countryNamesAreLocalized() {
        assertThat(Terms.forLanguage("nb").country("DE")).isEqualTo("Tyskland");
        assertThat(Terms.forLanguage("en").country("US")).isEqualTo("United States");
    }

    @Test
    void transferStandingFollowsTheEeaAndAdequacyLists() {
        assertThat(Countries.standing("NO")).isEqualTo(Countries.Standing.EEA);
        assertThat(Countries.standing("SE")).isEqualTo(Countries.Standing.EEA);
        assertThat(Countries.standing("GB")).isEqualTo(Countries.Standing.ADEQUATE);
        assertThat(Countries.standing("IN")).isEqualTo(Countries.Standing.THIRD_COUNTRY);
        assertThat(Countries.adequacyCondition("US")).get().asString().contains("Data Privacy Framework");
        assertThat(Countries.adequacyCondition("JP")).isEmpty();
    }
}
