package io.privacyinventory.store;

import io.privacyinventory.exchange.EntityCodec;
import io.privacyinventory.model.Entity;
import io.privacyinventory.model.EntityType;
import io.privacyinventory.model.Inventories;
import io.privacyinventory.model.Inventory;
import io.privacyinventory.model.Quoted;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * {@code history --verify}: the hash chain first (no row changed or removed in the middle), then
 * the replay of the whole log compared with the data tables (no direct edit of the data), and,
 * when a head kept elsewhere is given, that the log still reaches it (nothing cut off the end).
 */
final class HistoryCheck {
    private static final List<EntityType> LISTS = List.of(
            EntityType.DATA_SUBJECT,
            EntityType.DATA_CATEGORY,
            EntityType.PURPOSE,
            EntityType.RECIPIENT,
            EntityType.ACTIVITY);

    private HistoryCheck() {}

    static HistoryVerification verify(ChangeLog log, InventoryLoader loader, String expectedHead) throws SQLException {
        HistoryVerification chain = log.verify();
        if (!chain.intact()) {
            return chain;
        }
        HistoryHead head = log.head();
        if (expectedHead != null
                && !expectedHead.equalsIgnoreCase(head.hash())
                && log.rowWithHash(expectedHead.toLowerCase(java.util.Locale.ROOT)) == null) {
            return new HistoryVerification(
                    chain.rowsChecked(),
                    head.rows() + 1,
                    "the history does not reach the kept "
                            + "head " + Quoted.of(expectedHead)
                            + ": rows were removed from its end, or the whole history was "
                            + "rewritten");
        }
        ChangeLogReplay replay = new ChangeLogReplay();
        for (ChangeLogEntry entry : log.oldestFirst(Long.MAX_VALUE)) {
            try {
                replay.apply(entry);
            } catch (ChangeLogReplay.ReplayException e) {
                return new HistoryVerification(chain.rowsChecked(), entry.seq(), e.getMessage());
            }
        }
        Inventory tables;
        try {
            tables = loader.inventory();
        } catch (StoredValueException e) {
            return new HistoryVerification(
                    chain.rowsChecked(), head.rows(), "the data tables differ from the history: " + e.getMessage());
        }
        String difference = replay.state() == null
                ? "the history is empty, the tables are not"
                : firstDifference(replay.state(), tables);
        if (difference != null) {
            return new HistoryVerification(
                    chain.rowsChecked(),
                    head.rows(),
                    "the data tables differ from the history (changed without the app, or rows removed from the "
                            + "history's end): " + difference);
        }
        return chain;
    }

    /** The first place where the replayed inventory and the tables differ, in words; null when they are equal. */
    static String firstDifference(Inventory history, Inventory tables) {
        if (history.equals(tables)) {
            return null;
        }
        if (!history.languages().equals(tables.languages())) {
            return "languages: the history says " + history.languages() + ", the tables " + tables.languages();
        }
        EntityCodec codec = new EntityCodec(history.languages());
        if (!history.organisation().equals(tables.organisation())) {
            return "the organisation" + fieldDifference(codec, history.organisation(), tables.organisation());
        }
        if (!history.notice().equals(tables.notice())) {
            return "the notice" + fieldDifference(codec, history.notice(), tables.notice());
        }
        for (EntityType type : LISTS) {
            List<? extends Entity> was = Inventories.items(history, type);
            List<? extends Entity> is = Inventories.items(tables, type);
            String kind = type.code().replace('-', ' ');
            for (int i = 0; i < Math.max(was.size(), is.size()); i++) {
                if (i >= is.size()) {
                    return kind + " " + Quoted.of(was.get(i).id()) + " is in the history but not in the tables";
                }
                if (i >= was.size()) {
                    return kind + " " + Quoted.of(is.get(i).id()) + " is in the tables but not in the history";
                }
                if (!Objects.equals(was.get(i).id(), is.get(i).id())) {
                    return kind + " number " + (i + 1) + ": the history has "
                            + Quoted.of(was.get(i).id()) + ", the tables "
                            + Quoted.of(is.get(i).id());
                }
                if (!was.get(i).equals(is.get(i))) {
                    return kind + " " + Quoted.of(was.get(i).id()) + fieldDifference(codec, was.get(i), is.get(i));
                }
            }
        }
        return "they differ";
    }

    private static String fieldDifference(EntityCodec codec, Object history, Object tables) {
        Map<String, String> was = codec.fields(history);
        Map<String, String> is = codec.fields(tables);
        Set<String> fields = new LinkedHashSet<>(was.keySet());
        fields.addAll(is.keySet());
        for (String field : fields) {
            if (!Objects.equals(was.get(field), is.get(field))) {
                return ", " + field + ": the history says " + shown(was.get(field)) + ", the tables "
                        + shown(is.get(field));
            }
        }
        return "";
    }

    private static String shown(String json) {
        return json == null ? "nothing" : Quoted.cut(json);
    }
}
