package io.privacyinventory.model;

/** The Art. 6(1) legal bases (a) to (f), in article order. */
public enum LegalBasis implements Coded {
    CONSENT,
    CONTRACT,
    LEGAL_OBLIGATION,
    VITAL_INTERESTS,
    PUBLIC_TASK,
    LEGITIMATE_INTERESTS;

    @Override
    public String code() {
        return Coded.codeOf(this);
    }
}
