package io.privacyinventory.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Which activities refer to a catalogue item, how many use each item, and an activity with a
 * reference removed or renamed: the one place these rules live, for the editor, the checker and
 * the in-memory edits alike.
 */
public final class References {
    private References() {}

    public static List<Activity> users(Inventory inventory, EntityType type, String id) {
        return inventory.activities().stream()
                .filter(activity -> refersTo(activity, type, id))
                .toList();
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
                    activity.retention().stream()
                            .filter(rule -> !rule.isDefaultRule())
                            .forEach(rule -> used.addAll(rule.dataCategories()));
                }
                case PURPOSE -> activity.purposes().forEach(use -> used.add(use.purpose()));
                case RECIPIENT -> {
                    used.addAll(activity.recipients());
                    activity.transfers().stream()
                            .map(Transfer::recipient)
                            .filter(Objects::nonNull)
                            .forEach(used::add);
                }
                default -> {}
            }
            used.forEach(id -> counts.merge(id, 1, Integer::sum));
        }
        return counts;
    }

    /** Whether the activity refers to the item: exactly when {@link #withoutReference} would change it. */
    public static boolean refersTo(Activity activity, EntityType type, String id) {
        return switch (type) {
            case DATA_SUBJECT -> activity.dataSubjects().contains(id);
            case DATA_CATEGORY ->
                activity.dataCategories().contains(id)
                        || activity.retention().stream()
                                .anyMatch(rule -> !rule.isDefaultRule()
                                        && rule.dataCategories().contains(id));
            case PURPOSE ->
                activity.purposes().stream().anyMatch(use -> use.purpose().equals(id));
            case RECIPIENT ->
                activity.recipients().contains(id)
                        || activity.transfers().stream().anyMatch(transfer -> id.equals(transfer.recipient()));
            default -> false;
        };
    }

    /** The activity with every reference to the item removed (a transfer keeps its country). */
    public static Activity withoutReference(Activity activity, EntityType type, String id) {
        return mapped(activity, type, reference -> reference.equals(id) ? null : reference);
    }

    /** The notice settings with the audiences that name the data subject {@code from} naming {@code to} instead. */
    public static NoticeSettings renamed(NoticeSettings notice, String from, String to) {
        if (notice.audiences().stream()
                .noneMatch(audience -> audience.dataSubjects().contains(from))) {
            return notice;
        }
        List<Audience> audiences = notice.audiences().stream()
                .map(audience -> new Audience(
                        audience.id(),
                        audience.title(),
                        mapped(audience.dataSubjects(), id -> id.equals(from) ? to : id),
                        audience.scope()))
                .toList();
        return new NoticeSettings(
                notice.title(),
                notice.effectiveDate(),
                notice.scope(),
                notice.introduction(),
                audiences,
                notice.listChanges());
    }

    /** The activity with every reference to the item {@code from} pointing at {@code to} instead. */
    public static Activity renamed(Activity activity, EntityType type, String from, String to) {
        return mapped(activity, type, reference -> reference.equals(from) ? to : reference);
    }

    /**
     * The activity with each reference to an item of the type passed through {@code map}; a null
     * result drops the reference (a transfer keeps its country and loses only its recipient).
     */
    private static Activity mapped(Activity activity, EntityType type, UnaryOperator<String> map) {
        return switch (type) {
            case DATA_SUBJECT -> activity.withDataSubjects(mapped(activity.dataSubjects(), map));
            case DATA_CATEGORY ->
                activity.withDataCategories(mapped(activity.dataCategories(), map))
                        .withRetention(activity.retention().stream()
                                .map(rule -> rule.isDefaultRule()
                                        ? rule
                                        : new RetentionRule(
                                                mapped(rule.dataCategories(), map),
                                                rule.period(),
                                                rule.trigger(),
                                                rule.description()))
                                .toList());
            case PURPOSE ->
                activity.withPurposes(activity.purposes().stream()
                        .map(use -> {
                            String purpose = map.apply(use.purpose());
                            return purpose == null
                                    ? null
                                    : new PurposeUse(
                                            purpose,
                                            use.legalBasis(),
                                            use.legalBasisReference(),
                                            use.legitimateInterest(),
                                            use.specialCategoryCondition(),
                                            use.criminalOffenceAuthority());
                        })
                        .filter(Objects::nonNull)
                        .toList());
            case RECIPIENT ->
                activity.withRecipients(mapped(activity.recipients(), map))
                        .withTransfers(activity.transfers().stream()
                                .map(transfer -> transfer.recipient() == null
                                        ? transfer
                                        : new Transfer(
                                                transfer.country(),
                                                map.apply(transfer.recipient()),
                                                transfer.safeguard(),
                                                transfer.description()))
                                .toList());
            default -> activity;
        };
    }

    private static List<String> mapped(List<String> ids, UnaryOperator<String> map) {
        List<String> result = new ArrayList<>(ids.size());
        for (String id : ids) {
            String mapped = map.apply(id);
            if (mapped != null) {
                result.add(mapped);
            }
        }
        return result;
    }
}
