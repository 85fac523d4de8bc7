package io.privacyinventory.store;

import io.privacyinventory.model.Entity;
import io.privacyinventory.model.Inventory;
import io.privacyinventory.model.ModelPath;
import io.privacyinventory.model.Problem;
import io.privacyinventory.model.Quoted;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * An inventory file whose tables hold what the app never writes: changed behind its back with
 * another SQLite program. The message names the file, the item, its table and the field, as in
 * {@code inv.db: activity "hr" (table activity), reviewDue: "2025-02-30" is not a date}.
 */
public final class StoredContentException extends StoreException {
    private static final long serialVersionUID = 1L;

    /** Each list of the format, with what one of its items is called and the table that holds them. */
    private static final Map<String, String[]> LISTS = Map.of(
            "dataSubjects", new String[] {"data subject", "data_subject"},
            "dataCategories", new String[] {"data category", "data_category"},
            "purposes", new String[] {"purpose", "purpose"},
            "recipients", new String[] {"recipient", "recipient"},
            "activities", new String[] {"activity", "activity"});

    StoredContentException(Path file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
    }

    /** Where a problem the validator found sits, in the words of the tables: item, table, field. */
    static String describe(Inventory inventory, Problem problem) {
        List<Object> segments = problem.path().segments();
        if (segments.isEmpty()) {
            return problem.message();
        }
        String first = (String) segments.get(0);
        String[] list = LISTS.get(first);
        if (list != null && segments.size() > 1 && segments.get(1) instanceof Integer index) {
            Entity item = items(inventory, first).get(index);
            String field = rest(segments, 2);
            return list[0] + " " + Quoted.of(item.id()) + " (table " + list[1] + ")"
                    + (field.isEmpty() ? "" : ", " + field) + ": " + problem.message();
        }
        String table = switch (first) {
            case "languages" -> "inventory";
            case "organisation" -> "organisation";
            case "notice" -> "notice";
            default -> first;
        };
        return "the " + (table.equals("inventory") ? "inventory" : table) + " (table " + table + "), "
                + rest(segments, 0) + ": " + problem.message();
    }

    private static List<? extends Entity> items(Inventory inventory, String list) {
        return switch (list) {
            case "dataSubjects" -> inventory.dataSubjects();
            case "dataCategories" -> inventory.dataCategories();
            case "purposes" -> inventory.purposes();
            case "recipients" -> inventory.recipients();
            default -> inventory.activities();
        };
    }

    /** The path from segment {@code from} on, written as in the format. */
    private static String rest(List<Object> segments, int from) {
        ModelPath path = ModelPath.ROOT;
        for (Object segment : segments.subList(from, segments.size())) {
            path = segment instanceof Integer index ? path.index(index) : path.field((String) segment);
        }
        return path.toString();
    }
}
