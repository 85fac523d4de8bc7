package io.privacyinventory.model.findings;

import io.privacyinventory.model.Coded;

import static io.privacyinventory.model.findings.Severity.ERROR;
import static io.privacyinventory.model.findings.Severity.WARNING;

/**
 * Every kind of finding, with its stable code ({@code purpose-without-legal-basis}) and severity.
 * The codes are a contract: scripts filter on them and {@code docs/findings.md} explains each one,
 * so a code is never renamed or reused for something else.
 */
public enum FindingCode implements Coded {
    ORGANISATION_WITHOUT_NAME(ERROR),
    ORGANISATION_WITHOUT_CONTACT(ERROR),
    ACTIVITY_WITHOUT_PURPOSE(ERROR),
    PURPOSE_WITHOUT_LEGAL_BASIS(ERROR),
    LEGITIMATE_INTEREST_NOT_STATED(ERROR),
    SPECIAL_CATEGORY_WITHOUT_CONDITION(ERROR),
    TRANSFER_WITHOUT_SAFEGUARD(ERROR),
    NO_ADEQUACY_DECISION(ERROR),
    RECIPIENT_ABROAD_WITHOUT_TRANSFER(ERROR),
    RETENTION_MISSING(WARNING),
    SECURITY_MEASURES_MISSING(WARNING),
    REVIEW_OVERDUE(WARNING),
    TRANSLATION_MISSING(WARNING),
    TRACKING_WITHOUT_OPT_OUT(WARNING),
    APPROVED_WITHOUT_DATA_SUBJECTS(WARNING),
    APPROVED_WITHOUT_DATA_CATEGORIES(WARNING),
    DPIA_NOT_COMPLETED(WARNING),
    CONTROLLERS_NOT_NAMED(WARNING),
    ADEQUACY_CONDITION_TO_CONFIRM(WARNING);

    private final Severity severity;

    FindingCode(Severity severity) {
        this.severity = severity;
    }

    public Severity severity() {
        return severity;
    }

    @Override
    public String code() {
        return Coded.codeOf(this);
    }
}
