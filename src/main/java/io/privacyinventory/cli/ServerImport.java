package io.privacyinventory.cli;

import io.privacyinventory.exchange.InventoryFormatException;
import io.privacyinventory.exchange.csv.CsvActivitiesReader;
import io.privacyinventory.model.Edit;
import io.privacyinventory.model.Inventory;
import io.privacyinventory.store.ChangeLogEntry;
import io.privacyinventory.store.EditRejectedException;
import io.privacyinventory.store.InventoryFileException;
import io.privacyinventory.store.InventoryStore;
import io.privacyinventory.store.ServerStore;
import io.privacyinventory.store.StoreException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * {@code import SOURCE --db postgresql://…}: a document (.json), an activities spreadsheet (.csv) or a
 * whole inventory file (.db) into a team's schema. A file's change log comes along row for row, so
 * its history and hash chain continue on the server; that needs an empty schema and its owner.
 */
final class ServerImport {
    private final Path source;
    private final Path server;
    private final boolean replace;
    private final boolean dryRun;
    private final PrintStream out;

    ServerImport(Path source, Path server, boolean replace, boolean dryRun, PrintStream out) {
        this.source = source;
        this.server = server;
        this.replace = replace;
        this.dryRun = dryRun;
        this.out = out;
    }

    int run() throws CliException {
        String name = source.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean database = name.endsWith(".db");
        boolean csv = name.endsWith(".csv");
        if (!database && !csv && !InventoryFiles.isJson(source)) {
            throw new CliException(source + ": not an inventory document, activities CSV or inventory database "
                    + "(expected a .json, .csv or .db file)");
        }
        InventoryFiles.requireReadable(source);
        try (ServerStore store = TeamServers.open(server)) {
            boolean empty = store.isEmpty();
            Inventory existing = empty ? null : store.load();
            if (!empty && !replace) {
                throw new CliException(store.location() + ": already holds an inventory (" + Summary.of(existing)
                        + "); use --replace to replace it");
            }
            if (database) {
                return importDatabase(store, empty);
            }
            Inventory imported = csv ? readCsv(existing) : InventoryFiles.load(source);
            if (dryRun) {
                out.println(source + ": valid, " + Summary.of(imported) + "; nothing written (--dry-run)");
                return Cli.OK;
            }
            if (empty) {
                store.initialContent(imported);
            } else {
                store.apply(new Edit.ReplaceAll(imported));
            }
            out.println("Imported " + Summary.of(imported) + " into " + store.location()
                    + (empty ? "" : " (replaced its inventory)"));
            return Cli.OK;
        } catch (StoreException e) {
            throw new CliException(e.getMessage(), e);
        } catch (EditRejectedException e) {
            throw new CliException(TeamServers.address(server) + ": " + e.getMessage(), e);
        }
    }

    private int importDatabase(ServerStore store, boolean empty) throws CliException {
        if (!empty) {
            throw new CliException(store.location() + ": an inventory file is carried over with its history only into "
                    + "an empty schema; import its JSON export to replace what is there");
        }
        Inventory inventory;
        List<ChangeLogEntry> oldestFirst;
        try (InventoryStore file = InventoryStore.openReadOnly(source)) {
            inventory = file.load();
            oldestFirst = new ArrayList<>(file.history(0));
            Collections.reverse(oldestFirst);
            if (!file.verifyHistory().intact()) {
                throw new CliException(source + ": its history does not verify (history --verify tells why); "
                        + "nothing was imported");
            }
        } catch (InventoryFileException | StoreException e) {
            throw new CliException(e.getMessage(), e);
        }
        if (dryRun) {
            out.println(source + ": valid, " + Summary.of(inventory) + ", " + oldestFirst.size()
                    + " change-log rows; nothing written (--dry-run)");
            return Cli.OK;
        }
        store.carryOver(inventory, oldestFirst);
        out.println("Imported " + Summary.of(inventory) + " with " + oldestFirst.size() + " change-log rows into "
                + store.location());
        return Cli.OK;
    }

    private Inventory readCsv(Inventory existing) throws CliException {
        try {
            return CsvActivitiesReader.read(source, existing).inventory();
        } catch (InventoryFormatException e) {
            throw new CliException(e.getMessage(), e);
        }
    }
}
