package io.privacyinventory.model;

import java.util.Objects;

/** A purpose as an activity pursues it, with the legal basis that makes it lawful there. */
public record PurposeUse(
        String purpose,
        LegalBasis legalBasis,
        Text legalBasisReference,
        Text legitimateInterest,
        SpecialCategoryCondition specialCategoryCondition) {
    public PurposeUse {
        Objects.requireNonNull(purpose, "purpose");
    }
}
