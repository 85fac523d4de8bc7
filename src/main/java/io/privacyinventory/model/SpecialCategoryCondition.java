package io.privacyinventory.model;

/** The Art. 9(2) conditions (a) to (j), in article order. */
public enum SpecialCategoryCondition implements Coded {
    EXPLICIT_CONSENT,
    EMPLOYMENT_SOCIAL_SECURITY,
    VITAL_INTERESTS,
    NOT_FOR_PROFIT_BODY,
    MANIFESTLY_MADE_PUBLIC,
    LEGAL_CLAIMS,
    SUBSTANTIAL_PUBLIC_INTEREST,
    HEALTH_SOCIAL_CARE,
    PUBLIC_HEALTH,
    ARCHIVING_RESEARCH_STATISTICS;

    @Override
    public String code() {
        return Coded.codeOf(this);
    }
}
