package io.privacyinventory.store;

import io.privacyinventory.model.Inventory;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;

/** The store contract on a team's schema on a real PostgreSQL server, one schema per test. */
class ServerRecordStoreTest extends RecordStoreContractTest {
    private static final AtomicInteger SCHEMAS = new AtomicInteger();
    private static String database;
    private ServerAddress address;

    @BeforeAll
    static void database() {
        database = TestPostgres.freshDatabase("contract");
    }

    @Override
    RecordStore create(Inventory initial) throws Exception {
        TestPostgres.Server server = TestPostgres.server();
        address = ServerAddress.parse(
                server.address(server.superuser(), database) + "?schema=contract_" + SCHEMAS.incrementAndGet());
        ServerStore.initialise(address, server.password());
        ServerStore store = ServerStore.open(address, server.password());
        store.initialContent(initial);
        return store;
    }

    @Override
    RecordStore reopen() {
        return ServerStore.open(address, TestPostgres.server().password());
    }

    @Override
    String expectedUser() {
        return TestPostgres.server().superuser();
    }
}
