package io.privacyinventory.cli;

import io.privacyinventory.model.Inventory;
import io.privacyinventory.store.InventoryFileException;
import io.privacyinventory.store.InventoryStore;
import io.privacyinventory.store.RecordStore;
import io.privacyinventory.store.ServerAddress;
import io.privacyinventory.store.ServerStore;
import io.privacyinventory.store.StoreException;
import java.nio.file.Path;

/**
 * INVENTORY arguments that name a team's schema on a PostgreSQL server
 * ({@code postgresql://[user@]host[:port]/database[?schema=NAME]}) instead of a file. Picocli hands
 * them over as paths, which keep all but one slash of {@code //}; {@link ServerAddress} reads both.
 */
final class TeamServers {
    private TeamServers() {}

    static boolean isServer(Path argument) {
        return argument != null && ServerAddress.isServer(argument.toString());
    }

    static ServerAddress address(Path argument) throws CliException {
        return address(argument.toString());
    }

    static ServerAddress address(String argument) throws CliException {
        try {
            return ServerAddress.parse(argument);
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage(), e);
        }
    }

    /** A server's schema, or an inventory file opened for reading only. */
    static RecordStore openReadOnly(Path inventory) throws CliException {
        try {
            return isServer(inventory) ? open(inventory) : InventoryStore.openReadOnly(inventory);
        } catch (InventoryFileException e) {
            throw new CliException(e.getMessage(), e);
        }
    }

    /** Connects with the password from PGPASSWORD or ~/.pgpass. */
    static ServerStore open(Path inventory) throws CliException {
        try {
            return ServerStore.open(address(inventory), null);
        } catch (StoreException e) {
            throw new CliException(e.getMessage(), e);
        }
    }

    static Inventory load(Path inventory) throws CliException {
        try (ServerStore store = open(inventory)) {
            return store.load();
        } catch (StoreException e) {
            throw new CliException(e.getMessage(), e);
        }
    }
}
