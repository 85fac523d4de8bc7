package io.privacyinventory.exchange.csv;

import io.privacyinventory.model.Entity;
import io.privacyinventory.model.EntityType;
import io.privacyinventory.model.Inventory;
import java.util.List;
import java.util.Map;

/**
 * What reading an {@code activities}-layout file gave: the whole inventory to store, the language
 * of the file's headings, its delimiter, and the catalogue entries the file made because it named
 * items the inventory did not have (by type, in the order they were met).
 */
public record CsvImport(
        Inventory inventory, String language, CsvDelimiter delimiter, Map<EntityType, List<Entity>> created) {

    public CsvImport {
        created = Map.copyOf(created);
    }

    public List<Entity> created(EntityType type) {
        return created.getOrDefault(type, List.of());
    }

    public int createdCount() {
        return created.values().stream().mapToInt(List::size).sum();
    }
}
