package io.privacyinventory;

import io.privacyinventory.exchange.InventoryJsonReader;
import io.privacyinventory.model.Inventory;
import java.nio.file.Path;
import java.util.List;

/** The sample documents in {@code inventories/}, as tests use them. */
public final class TestInventories {
    public static final Path PRODUCT_SERVICES = Path.of("inventories", "product-services.json");
    public static final Path CLINIC_GROUP = Path.of("inventories", "clinic-group.json");
    public static final List<Path> SAMPLES = List.of(PRODUCT_SERVICES, CLINIC_GROUP);

    private TestInventories() {}

    public static Inventory read(Path sample) {
        try {
            return InventoryJsonReader.read(sample);
        } catch (Exception e) {
            throw new AssertionError("sample " + sample + " does not load: " + e.getMessage(), e);
        }
    }
}
