package io.privacyinventory.model;

import java.util.List;

/**
 * How long data is kept. {@code dataCategories} is {@code null} for the activity's default rule,
 * which covers every category no other rule names. {@code period} is an ISO-8601 period such as
 * {@code P90D}; {@code trigger} says when the period starts.
 */
public record RetentionRule(List<String> dataCategories, String period, Text trigger, Text description) {
    public RetentionRule {
        dataCategories = dataCategories == null ? null : List.copyOf(dataCategories);
    }

    public boolean isDefaultRule() {
        return dataCategories == null;
    }
}
