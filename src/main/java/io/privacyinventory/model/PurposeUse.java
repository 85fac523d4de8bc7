package io.privacyinventory.model;

import java.util.Objects;

/**
 * A purpose as an activity pursues it, with the legal basis that makes it lawful there. The same
 * purpose may be pursued on more than one basis (HR: contract and legal obligation), one entry per
 * basis. {@code specialCategoryCondition} is the Art. 9(2) condition for special-category data;
 * {@code criminalOffenceAuthority} the law that authorises criminal-offence data (Art. 10).
 */
public record PurposeUse(
        String purpose,
        LegalBasis legalBasis,
        Text legalBasisReference,
        Text legitimateInterest,
        SpecialCategoryCondition specialCategoryCondition,
        Text criminalOffenceAuthority) {
    public PurposeUse {
        Objects.requireNonNull(purpose, "purpose");
    }

    /** A purpose entry of format version 1, without an Art. 10 authority. */
    public PurposeUse(
            String purpose,
            LegalBasis legalBasis,
            Text legalBasisReference,
            Text legitimateInterest,
            SpecialCategoryCondition specialCategoryCondition) {
        this(purpose, legalBasis, legalBasisReference, legitimateInterest, specialCategoryCondition, null);
    }

    public PurposeUse withCriminalOffenceAuthority(Text value) {
        return new PurposeUse(
                purpose, legalBasis, legalBasisReference, legitimateInterest, specialCategoryCondition, value);
    }
}
