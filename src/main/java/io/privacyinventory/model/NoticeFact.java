package io.privacyinventory.model;

/**
 * Every kind of gap the privacy notice marks with {@code [MISSING: …]}, and the code of the finding
 * that {@code check} gives for the same gap. The notice composer names one of these for each marker
 * it writes, so a marker without a finding kind cannot be written; {@code CheckIsTheGateTest} goes
 * through all of them. {@code findingCode} is the finding's stable code as text (the finding codes
 * live beside the checker; the model does not depend on them).
 */
public enum NoticeFact {
    EFFECTIVE_DATE("notice-effective-date-missing"),
    CONTACT("organisation-without-contact"),
    JOINT_CONTROLLERS("controllers-not-named"),
    JOINT_CONTROLLER_NAME("joint-controller-without-name"),
    SOURCE("data-category-without-source"),
    PURPOSES("activity-without-purpose"),
    LEGAL_BASIS("purpose-without-legal-basis"),
    LEGITIMATE_INTEREST("legitimate-interest-not-stated"),
    LEGAL_OBLIGATION("legal-obligation-without-reference"),
    SPECIAL_CONDITION("special-category-without-condition"),
    CRIMINAL_AUTHORITY("criminal-data-without-authority"),
    OPT_OUT("tracking-without-opt-out"),
    TRANSFER("recipient-abroad-without-transfer"),
    SAFEGUARD("transfer-without-safeguard"),
    /** No safeguard for a country whose adequacy decision covers only some recipients. */
    SAFEGUARD_CONDITIONAL("adequacy-condition-to-confirm"),
    ADEQUACY("no-adequacy-decision"),
    RETENTION("retention-missing"),
    RETENTION_EMPTY("retention-rule-empty"),
    SUPERVISORY_AUTHORITY("supervisory-authority-missing"),
    AUTOMATED_LOGIC("automated-decisions-without-logic"),
    STATUTORY_REQUIREMENT("statutory-requirement-missing");

    private final String findingCode;

    NoticeFact(String findingCode) {
        this.findingCode = findingCode;
    }

    public String findingCode() {
        return findingCode;
    }
}
