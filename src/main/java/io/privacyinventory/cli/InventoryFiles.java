package io.privacyinventory.cli;

import io.privacyinventory.exchange.AtomicFiles;
import io.privacyinventory.exchange.InventoryFormatException;
import io.privacyinventory.exchange.InventoryJsonReader;
import io.privacyinventory.model.Inventory;
import io.privacyinventory.store.InventoryFileException;
import io.privacyinventory.store.InventoryStore;
import io.privacyinventory.store.StoreException;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;

/** Reading an INVENTORY argument (a .json document or a .db file) and writing command output. */
final class InventoryFiles {
    private InventoryFiles() {
    }

    static boolean isJson(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
    }

    /** Loads an inventory from a JSON document or, for any other name, from an inventory database. */
    static Inventory load(Path file) throws CliException {
        if (isJson(file)) {
            try {
                return InventoryJsonReader.read(file);
            } catch (InventoryFormatException e) {
                throw new CliException(e.getMessage(), e);
            }
        }
        try (InventoryStore store = InventoryStore.openReadOnly(file)) {
            return store.load();
        } catch (InventoryFileException | StoreException e) {
            throw new CliException(e.getMessage(), e);
        }
    }

    /** Writes to {@code output} atomically, or to standard output when it is null. */
    static void write(Path output, PrintStream stdout, AtomicFiles.Content content) throws CliException {
        try {
            if (output == null) {
                content.writeTo(stdout);
                stdout.flush();
            } else {
                AtomicFiles.write(output, content);
            }
        } catch (IOException e) {
            throw new CliException((output == null ? "standard output" : output.toString())
                    + ": cannot be written (" + e.getMessage() + ")", e);
        }
    }
}
