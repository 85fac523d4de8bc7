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
    CRIMINAL_DATA_WITHOUT_AUTHORITY(ERROR),
    RETENTION_MISSING(WARNING),
    SECURITY_MEASURES_MISSING(WARNING),
    REVIEW_OVERDUE(WARNING),
    TRANSLATION_MISSING(WARNING),
    TRACKING_WITHOUT_OPT_OUT(WARNING),
    APPROVED_WITHOUT_DATA_SUBJECTS(WARNING),
    APPROVED_WITHOUT_DATA_CATEGORIES(WARNING),
    DPIA_NOT_COMPLETED(WARNING),
    CONTROLLERS_NOT_NAMED(WARNING),
    ADEQUACY_CONDITION_TO_CONFIRM(WARNING),
    SPECIAL_CONDITION_WITHOUT_SPECIAL_DATA(WARNING),
    TRACKING_WITHOUT_CONSENT(WARNING),
    REPRESENTATIVE_MISSING(WARNING),
    REVIEW_DATE_MISSING(WARNING),
    DPIA_LIKELY_REQUIRED(WARNING),
    RETENTION_WITHOUT_TRIGGER(WARNING),
    RECIPIENT_WITHOUT_KIND(WARNING),
    RECIPIENT_WITHOUT_COUNTRY(WARNING),
    TRANSFER_RECIPIENT_NOT_USED(WARNING),
    TRANSFER_COUNTRY_DIFFERS(WARNING),
    SUB_PROCESSOR_WITHOUT_PROCESSOR(WARNING),
    CONTACT_NOT_VALID(WARNING),
    STATUTORY_REQUIREMENT_MISSING(WARNING);

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
