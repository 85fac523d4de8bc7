package io.privacyinventory.model;

/** Where an activity stands with its data protection impact assessment (Art. 35). */
public enum DpiaStatus implements Coded {
    NOT_ASSESSED,
    NOT_REQUIRED,
    REQUIRED,
    COMPLETED;

    @Override
    public String code() {
        return Coded.codeOf(this);
    }
}
