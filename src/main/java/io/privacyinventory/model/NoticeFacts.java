package io.privacyinventory.model;

import java.util.Map;

/**
 * Facts the privacy notice needs, decided once for the notice (which shows a marker where one is
 * missing) and for the checker (which reports the same gap as a finding), so that a record without
 * findings gives a notice without markers. Each rule here answers "is this fact missing?"; which
 * {@link NoticeFact} it is, and so which finding, is named where the rule is used.
 */
public final class NoticeFacts {
    private NoticeFacts() {}

    /**
     * Whether the activity is published in the notice as the organisation's own processing: approved
     * and not done as a processor. An approved activity without a role counts as the organisation's own.
     */
    public static boolean shownAsControlled(Activity activity) {
        return activity.status() == ActivityStatus.APPROVED && activity.role() != Role.PROCESSOR;
    }

    /**
     * Whether the notice must say if providing the data is a statutory or contractual requirement
     * (Art. 13(2)(e)): so for an activity that collects data from the people themselves.
     */
    public static boolean needsStatutoryRequirement(Activity activity, Map<String, DataCategory> categories) {
        return activity.dataCategories().stream()
                .map(categories::get)
                .anyMatch(category -> category != null && category.source() == DataSource.DATA_SUBJECT);
    }

    /** Whether people can write to or call the organisation: an e-mail address, a phone number or a postal address. */
    public static boolean hasOrganisationContact(Organisation organisation) {
        return present(organisation.email()) || present(organisation.phone()) || present(organisation.address());
    }

    /** The supervisory authority people may complain to (Art. 13(2)(d)) is not named. */
    public static boolean lacksSupervisoryAuthority(Organisation organisation) {
        return organisation.supervisoryAuthority() == null
                || !present(organisation.supervisoryAuthority().name());
    }

    /** The notice cannot say where the data comes from, so cannot put the category under a source. */
    public static boolean lacksSource(DataCategory category) {
        return category.source() == null;
    }

    /** A joint controller listed without its name: the notice cannot say who the other controller is. */
    public static boolean lacksName(Contact controller) {
        return !present(controller.name());
    }

    /** A purpose resting on a legal obligation that does not say which law imposes it. */
    public static boolean lacksLegalObligationReference(PurposeUse use) {
        return use.legalBasis() == LegalBasis.LEGAL_OBLIGATION && !present(use.legalBasisReference());
    }

    /** A retention rule that says nothing: no period, no trigger and no description. */
    public static boolean isEmpty(RetentionRule rule) {
        return !present(rule.period()) && !present(rule.trigger()) && !present(rule.description());
    }

    /** Automated decisions are used but the logic involved is not described (Art. 13(2)(f)). */
    public static boolean lacksAutomatedLogic(Activity activity) {
        return activity.automatedDecisions() != null
                && activity.automatedDecisions().used()
                && !present(activity.automatedDecisions().logic());
    }

    /**
     * What the notice cannot say about a transfer outside the EEA's safeguard, or null when it can:
     * no safeguard ({@link NoticeFact#SAFEGUARD}; for a country whose adequacy decision covers only
     * some recipients {@link NoticeFact#SAFEGUARD_CONDITIONAL}), or an adequacy decision the country
     * does not have ({@link NoticeFact#ADEQUACY}). A country with a full adequacy decision needs none.
     */
    public static NoticeFact safeguardGap(Transfer transfer) {
        boolean adequate = Countries.hasAdequacyDecision(transfer.country());
        boolean conditional = Countries.adequacyCondition(transfer.country()).isPresent();
        Safeguard safeguard = transfer.safeguard();
        if (safeguard == null) {
            return !adequate ? NoticeFact.SAFEGUARD : conditional ? NoticeFact.SAFEGUARD_CONDITIONAL : null;
        }
        return safeguard == Safeguard.ADEQUACY_DECISION && !adequate ? NoticeFact.ADEQUACY : null;
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static boolean present(Text text) {
        return text != null && text.values().values().stream().anyMatch(value -> value != null && !value.isBlank());
    }
}
