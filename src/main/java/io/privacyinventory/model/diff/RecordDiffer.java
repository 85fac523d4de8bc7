package io.privacyinventory.model.diff;

import io.privacyinventory.model.Entity;
import io.privacyinventory.model.EntityType;
import io.privacyinventory.model.Inventory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Compares two states of a record the way an auditor asks about them: which items were added or
 * removed, and which fields of the others changed from what to what, in words. Items are matched
 * by id and named in the chosen language (else the inventory's default language).
 */
public final class RecordDiffer {
    private final Side before;
    private final Side after;
    private final boolean multilingual;
    private final List<ItemDiff> items = new ArrayList<>();

    private RecordDiffer(Inventory older, Inventory newer, String language) {
        DiffWords words = DiffWords.forLanguage(language);
        this.before = new Side(older, words);
        this.after = new Side(newer, words);
        Set<String> languages = new LinkedHashSet<>(older.languages());
        languages.addAll(newer.languages());
        this.multilingual = languages.size() > 1;
    }

    /** What changed from {@code older} to {@code newer}, in {@code language} ("en" or "nb"). */
    public static RecordDiff compare(Inventory older, Inventory newer, String language) {
        RecordDiffer differ = new RecordDiffer(older, newer, language);
        differ.single(EntityType.INVENTORY, RecordTables.INVENTORY, older, newer, "");
        differ.single(
                EntityType.ORGANISATION,
                RecordTables.ORGANISATION,
                older.organisation(),
                newer.organisation(),
                newer.organisation().name());
        differ.single(EntityType.NOTICE, RecordTables.NOTICE, older.notice(), newer.notice(), "");
        differ.list(EntityType.DATA_SUBJECT, RecordTables.DATA_SUBJECT, older.dataSubjects(), newer.dataSubjects());
        differ.list(
                EntityType.DATA_CATEGORY, RecordTables.DATA_CATEGORY, older.dataCategories(), newer.dataCategories());
        differ.list(EntityType.PURPOSE, RecordTables.PURPOSE, older.purposes(), newer.purposes());
        differ.list(EntityType.RECIPIENT, RecordTables.RECIPIENT, older.recipients(), newer.recipients());
        differ.list(EntityType.ACTIVITY, RecordTables.ACTIVITY, older.activities(), newer.activities());
        return new RecordDiff(language, differ.items);
    }

    private <T> void single(EntityType kind, FieldTable<T> table, T was, T is, String name) {
        List<FieldDiff> fields = fields(table, was, is);
        if (!fields.isEmpty()) {
            items.add(new ItemDiff(kind, words().kind(kind), null, name, ItemDiff.Change.CHANGED, fields));
        }
    }

    /** Changed and added items in the newer order, then the removed ones in the older order. */
    private <T extends Entity> void list(EntityType kind, FieldTable<T> table, List<T> was, List<T> is) {
        Map<String, T> older = new HashMap<>();
        was.forEach(item -> older.put(item.id(), item));
        Set<String> kept = new HashSet<>();
        for (T item : is) {
            T old = older.get(item.id());
            if (old == null) {
                items.add(item(kind, item, after, ItemDiff.Change.ADDED, List.of()));
                continue;
            }
            kept.add(item.id());
            List<FieldDiff> fields = fields(table, old, item);
            if (!fields.isEmpty()) {
                items.add(item(kind, item, after, ItemDiff.Change.CHANGED, fields));
            }
        }
        for (T item : was) {
            if (!kept.contains(item.id())) {
                items.add(item(kind, item, before, ItemDiff.Change.REMOVED, List.of()));
            }
        }
    }

    private <T> List<FieldDiff> fields(FieldTable<T> table, T was, T is) {
        List<FieldDiff> fields = new ArrayList<>();
        if (!Objects.equals(was, is)) {
            table.compare(was, is, new Comparison(before, after, multilingual, fields));
        }
        return fields;
    }

    private ItemDiff item(EntityType kind, Entity entity, Side side, ItemDiff.Change change, List<FieldDiff> fields) {
        return new ItemDiff(kind, words().kind(kind), entity.id(), side.text(entity.name()), change, fields);
    }

    private DiffWords words() {
        return after.words();
    }
}
