package io.privacyinventory.ui.catalog;

import io.privacyinventory.model.Activity;
import io.privacyinventory.model.EntityType;
import io.privacyinventory.model.Inventory;
import io.privacyinventory.model.RetentionRule;
import io.privacyinventory.model.Transfer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Which activities refer to a catalogue item, and those activities without the reference. */
public final class References {
    private References() {
    }

    public static List<Activity> users(Inventory inventory, EntityType type, String id) {
        return inventory.activities().stream().filter(activity -> refersTo(activity, type, id)).toList();
    }

    /**
     * How many activities use each item of a catalogue, counted in one pass; the same as the size of
     * {@link #users} for every id, which a table column asked for row by row (and for every comparison
     * when sorted) on a large inventory.
     */
    public static Map<String, Integer> usageCounts(Inventory inventory, EntityType type) {
        Map<String, Integer> counts = new HashMap<>();
        Set<String> used = new HashSet<>();
        for (Activity activity : inventory.activities()) {
            used.clear();
            switch (type) {
                case DATA_SUBJECT -> used.addAll(activity.dataSubjects());
                case DATA_CATEGORY -> {
                    used.addAll(activity.dataCategories());
                    activity.retention().stream().filter(rule -> !rule.isDefaultRule())
                            .forEach(rule -> used.addAll(rule.dataCategories()));
                }
                case PURPOSE -> activity.purposes().forEach(use -> used.add(use.purpose()));
                case RECIPIENT -> {
                    used.addAll(activity.recipients());
                    activity.transfers().stream().map(Transfer::recipient).filter(Objects::nonNull).forEach(used::add);
                }
                default -> {
                }
            }
            used.forEach(id -> counts.merge(id, 1, Integer::sum));
        }
        return counts;
    }

    /** Whether the activity refers to the item: exactly when {@link #withoutReference} would change it. */
    static boolean refersTo(Activity activity, EntityType type, String id) {
        return switch (type) {
            case DATA_SUBJECT -> activity.dataSubjects().contains(id);
            case DATA_CATEGORY -> activity.dataCategories().contains(id) || activity.retention().stream()
                    .anyMatch(rule -> !rule.isDefaultRule() && rule.dataCategories().contains(id));
            case PURPOSE -> activity.purposes().stream().anyMatch(use -> use.purpose().equals(id));
            case RECIPIENT -> activity.recipients().contains(id) || activity.transfers().stream()
                    .anyMatch(transfer -> id.equals(transfer.recipient()));
            default -> false;
        };
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
