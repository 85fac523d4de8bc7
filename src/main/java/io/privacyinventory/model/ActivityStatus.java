package io.privacyinventory.model;

/** Workflow state of an activity; only approved activities reach the notice. */
public enum ActivityStatus implements Coded {
    DRAFT,
    IN_REVIEW,
    APPROVED,
    RETIRED;

    @Override
    public String code() {
        return Coded.codeOf(this);
    }
}
