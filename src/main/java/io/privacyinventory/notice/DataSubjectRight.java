package io.privacyinventory.notice;

import io.privacyinventory.model.LegalBasis;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The rights a notice tells people about, in the order it lists them. Access, rectification,
 * erasure, restriction and complaint always apply; the others follow from the legal bases used.
 */
public enum DataSubjectRight {
    ACCESS("access"),
    RECTIFICATION("rectification"),
    ERASURE("erasure"),
    RESTRICTION("restriction"),
    /** Art. 20: only for processing based on consent or contract. */
    PORTABILITY("portability"),
    /** Art. 21(1): only for processing based on a public task or legitimate interests. */
    OBJECTION("objection"),
    /** Art. 7(3): only where consent is a legal basis. */
    WITHDRAW_CONSENT("withdraw"),
    COMPLAINT("complaint");

    private static final Set<LegalBasis> PORTABLE = EnumSet.of(LegalBasis.CONSENT, LegalBasis.CONTRACT);
    private static final Set<LegalBasis> OBJECTABLE =
            EnumSet.of(LegalBasis.PUBLIC_TASK, LegalBasis.LEGITIMATE_INTERESTS);

    private final String phraseKey;

    DataSubjectRight(String phraseKey) {
        this.phraseKey = phraseKey;
    }

    String phraseKey() {
        return phraseKey;
    }

    /** The rights that apply when the notice's processing rests on these legal bases. */
    public static List<DataSubjectRight> applicable(Set<LegalBasis> bases) {
        List<DataSubjectRight> rights = new ArrayList<>();
        for (DataSubjectRight right : values()) {
            boolean applies = switch (right) {
                case PORTABILITY -> bases.stream().anyMatch(PORTABLE::contains);
                case OBJECTION -> bases.stream().anyMatch(OBJECTABLE::contains);
                case WITHDRAW_CONSENT -> bases.contains(LegalBasis.CONSENT);
                default -> true;
            };
            if (applies) {
                rights.add(right);
            }
        }
        return rights;
    }
}
