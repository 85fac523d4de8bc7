package io.privacyinventory.store;

import io.privacyinventory.model.Inventory;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on an inventory file. */
class FileRecordStoreTest extends RecordStoreContractTest {
    @TempDir
    Path folder;

    private Path file() {
        return folder.resolve("inventory.db");
    }

    @Override
    RecordStore create(Inventory initial) throws Exception {
        InventoryStore.createFile(file(), initial);
        return InventoryStore.open(file());
    }

    @Override
    RecordStore reopen() throws Exception {
        return InventoryStore.open(file());
    }

    @Override
    String expectedUser() {
        return System.getProperty("user.name");
    }
}
