package io.privacyinventory.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a retention rule ends, as the notice and the protocol CSV both state it, so that the two
 * never read differently: a period counted from an event, a period whose starting point the record
 * does not give, deletion when an event happens, or deletion at once (a period of zero).
 */
public enum RetentionForm {
    /** Period and trigger: "2 years, counted from: the contract ends". */
    PERIOD_FROM,
    /** A period without a starting point: stated, and marked as lacking one. */
    PERIOD_WITHOUT_START,
    /** A trigger only: "deleted when: the case is closed". */
    UNTIL,
    /** A period of zero with a trigger: deleted at once when the event happens. */
    AT_ONCE_WHEN,
    /** A period of zero alone: deleted at once when the purpose is served. */
    AT_ONCE,
    /** Neither period nor trigger. */
    NOT_STATED;

    private static final Pattern PERIOD = Pattern.compile("P(?:(\\d+)Y)?(?:(\\d+)M)?(?:(\\d+)W)?(?:(\\d+)D)?");

    public static RetentionForm of(RetentionRule rule) {
        return of(rule.period(), rule.trigger() != null && !rule.trigger().isEmpty());
    }

    /** The form of a rule with this period and, or not, a trigger in the language being written. */
    public static RetentionForm of(String rulePeriod, boolean trigger) {
        boolean period = rulePeriod != null && !rulePeriod.isBlank();
        if (period && isZero(rulePeriod)) {
            return trigger ? AT_ONCE_WHEN : AT_ONCE;
        }
        if (period) {
            return trigger ? PERIOD_FROM : PERIOD_WITHOUT_START;
        }
        return trigger ? UNTIL : NOT_STATED;
    }

    /** Whether an ISO-8601 period such as {@code P0D} is zero long. */
    static boolean isZero(String period) {
        Matcher matcher = PERIOD.matcher(period);
        if (!matcher.matches() || period.length() < 3) {
            return false;
        }
        for (int group = 1; group <= 4; group++) {
            if (matcher.group(group) != null && Long.parseLong(matcher.group(group)) != 0) {
                return false;
            }
        }
        return true;
    }
}
