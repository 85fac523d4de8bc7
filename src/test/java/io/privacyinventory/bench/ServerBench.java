package io.privacyinventory.bench;

import io.privacyinventory.model.Edit;
import io.privacyinventory.model.EntityType;
import io.privacyinventory.model.Inventories;
import io.privacyinventory.model.Inventory;
import io.privacyinventory.model.InventoryValidator;
import io.privacyinventory.model.Text;
import io.privacyinventory.store.ServerAddress;
import io.privacyinventory.store.ServerStore;
import io.privacyinventory.store.TestPostgres;

/**
 * The team server's figures beside the file's: loading the whole record and one field edit, on the
 * PostgreSQL the tests start (loopback; {@code PRIVACY_INVENTORY_TEST_PG} names another server).
 */
final class ServerBench {
    private static final int EDIT_WARM_UPS = 20;
    private static final int EDIT_RUNS = 200;
    private static int schemas;

    private ServerBench() {}

    /**
     * The record stored in a new schema; returns the timings of "server-load", "server-edit" and
     * "server-whole-check" (checking the whole record after one edit, as every server edit did before).
     */
    static Timing[] measure(Inventory inventory, int size, int warmUps, int runs) throws Exception {
        TestPostgres.Server server = TestPostgres.server();
        String database = TestPostgres.freshDatabase("bench_" + size);
        ServerAddress address =
                ServerAddress.parse(server.address(server.superuser(), database) + "?schema=bench_" + (++schemas));
        ServerStore.initialise(address, server.password());
        try (ServerStore store = ServerStore.open(address, server.password())) {
            store.initialContent(inventory);
        }
        Timing load = Timing.of(warmUps, runs, () -> {
            try (ServerStore store = ServerStore.open(address, server.password())) {
                store.load();
            }
        });
        String id =
                inventory.activities().get(inventory.activities().size() / 2).id();
        int[] count = {0};
        Timing edit;
        try (ServerStore store = ServerStore.open(address, server.password())) {
            store.load();
            edit = Timing.of(EDIT_WARM_UPS, EDIT_RUNS, () -> {
                int n = ++count[0];
                store.apply(new Edit.SetField(
                        EntityType.ACTIVITY,
                        id,
                        "name",
                        Text.of("nb", "Lønnskjøring " + n).with("en", "Payroll " + n)));
            });
        }
        // what each server edit also did before its check was narrowed to the edited items: the whole
        // record checked after the same edit (a new inventory each time, as the cache of valid ones would hide it)
        Inventory[] current = {inventory};
        Timing wholeCheck = Timing.of(EDIT_WARM_UPS, EDIT_RUNS, () -> {
            int n = ++count[0];
            current[0] = Inventories.apply(
                    current[0],
                    new Edit.SetField(
                            EntityType.ACTIVITY,
                            id,
                            "name",
                            Text.of("nb", "Lønnskjøring " + n).with("en", "Payroll " + n)));
            if (!InventoryValidator.validate(current[0]).isEmpty()) {
                throw new IllegalStateException("the benchmark's record is not valid");
            }
        });
        return new Timing[] {load, edit, wholeCheck};
    }
}
