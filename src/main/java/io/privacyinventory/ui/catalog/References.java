package io.privacyinventory.ui.catalog;

import io.privacyinventory.model.Activity;
import io.privacyinventory.model.EntityType;
import io.privacyinventory.model.Inventory;
import io.privacyinventory.model.RetentionRule;
import io.privacyinventory.model.Transfer;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Which activities refer to a catalogue item, and those activities without the reference. */
public final class References {
    private References() {
    }

    public static List<Activity> users(Inventory inventory, EntityType type, String id) {
        return inventory.activities().stream().filter(activity -> !withoutReference(activity, type, id).equals(activity))
                .toList();
    }

    /** The activity with every reference to the item removed (a transfer keeps its country). */
    public static Activity withoutReference(Activity activity, EntityType type, String id) {
        return switch (type) {
            case DATA_SUBJECT -> activity.withDataSubjects(without(activity.dataSubjects(), id));
            case DATA_CATEGORY -> activity.withDataCategories(without(activity.dataCategories(), id))
                    .withRetention(activity.retention().stream().map(rule -> rule.isDefaultRule() ? rule
                            : new RetentionRule(without(rule.dataCategories(), id), rule.period(), rule.trigger(),
                            rule.description())).toList());
            case PURPOSE -> activity.withPurposes(activity.purposes().stream()
                    .filter(use -> !use.purpose().equals(id)).toList());
            case RECIPIENT -> activity.withRecipients(without(activity.recipients(), id))
                    .withTransfers(activity.transfers().stream().map(transfer -> Objects.equals(transfer.recipient(), id)
                            ? new Transfer(transfer.country(), null, transfer.safeguard(), transfer.description())
                            : transfer).toList());
            default -> activity;
        };
    }

    private static List<String> without(List<String> ids, String id) {
        List<String> rest = new ArrayList<>(ids);
        rest.remove(id);
        return rest;
    }
}
