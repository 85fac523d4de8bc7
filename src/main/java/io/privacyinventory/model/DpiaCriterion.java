package io.privacyinventory.model;

import java.util.Collection;

/**
 * The nine criteria of the EDPB (WP248) for deciding whether processing is likely to result in a
 * high risk (Art. 35(1)): when two or more apply, a DPIA is likely required.
 */
public enum DpiaCriterion implements Coded {
    EVALUATION_SCORING,
    AUTOMATED_DECISION_LEGAL_EFFECT,
    SYSTEMATIC_MONITORING,
    SENSITIVE_DATA,
    VULNERABLE_SUBJECTS,
    LARGE_SCALE,
    MATCHING_COMBINING,
    INNOVATIVE_TECHNOLOGY,
    PREVENTS_EXERCISE_OF_RIGHTS;

    /** How many criteria make a DPIA likely to be required (WP248 rev.01, section III.B.a). */
    public static final int LIKELY_REQUIRED_FROM = 2;

    public static boolean likelyRequired(Collection<DpiaCriterion> criteria) {
        return criteria.size() >= LIKELY_REQUIRED_FROM;
    }

    @Override
    public String code() {
        return Coded.codeOf(this);
    }
}
