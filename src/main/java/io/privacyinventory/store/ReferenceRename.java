package io.privacyinventory.store;

import io.privacyinventory.model.Activity;
import io.privacyinventory.model.EntityType;
import io.privacyinventory.model.PurposeUse;
import io.privacyinventory.model.RetentionRule;
import io.privacyinventory.model.Transfer;

import java.util.List;
import java.util.Objects;

/**
 * An item's new id carried into the activities that refer to it. The tables refer to items by row,
 * so a rename is one change-log row and every reference follows by itself; a replay of the log has
 * only ids, and must follow them here.
 */
final class ReferenceRename {
    private ReferenceRename() {
    }

    static Activity apply(Activity activity, EntityType type, String from, String to) {
        return switch (type) {
            case DATA_SUBJECT -> activity.withDataSubjects(renamed(activity.dataSubjects(), from, to));
            case DATA_CATEGORY -> activity.withDataCategories(renamed(activity.dataCategories(), from, to))
                    .withRetention(activity.retention().stream().map(rule -> renamed(rule, from, to)).toList());
            case PURPOSE -> activity.withPurposes(activity.purposes().stream().map(use -> renamed(use, from, to)).toList());
            case RECIPIENT -> activity.withRecipients(renamed(activity.recipients(), from, to))
                    .withTransfers(activity.transfers().stream().map(transfer -> renamed(transfer, from, to)).toList());
            default -> activity;
        };
    }

    private static RetentionRule renamed(RetentionRule rule, String from, String to) {
        return rule.dataCategories() == null ? rule
                : new RetentionRule(renamed(rule.dataCategories(), from, to), rule.period(), rule.trigger(),
                        rule.description());
    }

    private static PurposeUse renamed(PurposeUse use, String from, String to) {
        return !use.purpose().equals(from) ? use : new PurposeUse(to, use.legalBasis(), use.legalBasisReference(),
                use.legitimateInterest(), use.specialCategoryCondition());
    }

    private static Transfer renamed(Transfer transfer, String from, String to) {
        return !Objects.equals(transfer.recipient(), from) ? transfer
                : new Transfer(transfer.country(), to, transfer.safeguard(), transfer.description());
    }

    private static List<String> renamed(List<String> ids, String from, String to) {
        return ids.stream().map(id -> id.equals(from) ? to : id).toList();
    }
}
