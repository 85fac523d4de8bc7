package io.privacyinventory.model;

/** The ground on which a transfer to a third country rests. */
public enum Safeguard implements Coded {
    ADEQUACY_DECISION,
    STANDARD_CONTRACTUAL_CLAUSES,
    BINDING_CORPORATE_RULES,
    CODE_OF_CONDUCT,
    CERTIFICATION,
    DEROGATION;

    @Override
    public String code() {
        return Coded.codeOf(this);
    }
}
