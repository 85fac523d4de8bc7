package io.privacyinventory.cli;

import io.privacyinventory.exchange.AtomicFiles;
import io.privacyinventory.model.Inventory;
import io.privacyinventory.store.Edit;
import io.privacyinventory.store.EditRejectedException;
import io.privacyinventory.store.InventoryFileException;
import io.privacyinventory.store.InventoryStore;
import io.privacyinventory.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Imports an inventory document into an inventory database, in one transaction.",
            "A new database is created; an existing one that already holds an inventory is only "
                + "replaced with --replace. Nothing is written when the document has any error."})
final class ImportCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "The inventory document (.json).")
    Path source;

    @Option(names = "--db", required = true, paramLabel = "FILE.db", description = "The inventory database.")
    Path database;

    @Option(names = "--replace", description = "Replace the inventory the database already holds (undoable).")
    boolean replace;

    @Option(names = "--dry-run", description = "Check the document and report; write nothing.")
    boolean dryRun;

    private final Cli cli;

    ImportCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() throws CliException {
        if (source.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
            throw new CliException(source + ": importing CSV is not supported yet; import a .json inventory document");
        }
        if (!InventoryFiles.isJson(source)) {
            throw new CliException(source + ": not an inventory document (expected a .json file)");
        }
        Inventory inventory = InventoryFiles.load(source);
        if (dryRun) {
            cli.out().println(source + ": valid, " + Summary.of(inventory) + "; nothing written (--dry-run)");
            return 0;
        }
        if (isMissingOrEmpty(database)) {
            createNew(inventory);
            cli.out().println("Imported " + Summary.of(inventory) + " into new " + database);
            return 0;
        }
        try (InventoryStore store = InventoryStore.open(database)) {
            Inventory existing = store.load();
            if (!Summary.isEmpty(existing) && !replace) {
                throw new CliException(database + ": already holds an inventory (" + Summary.of(existing)
                        + "); use --replace to replace it");
            }
            store.apply(new Edit.ReplaceAll(inventory));
        } catch (InventoryFileException | StoreException e) {
            throw new CliException(e.getMessage(), e);
        } catch (EditRejectedException e) {
            throw new CliException(database + ": " + e.getMessage(), e);
        }
        cli.out().println("Imported " + Summary.of(inventory) + " into " + database + " (replaced its inventory)");
        return 0;
    }

    private static boolean isMissingOrEmpty(Path file) throws CliException {
        try {
            return !Files.exists(file) || (Files.isRegularFile(file) && Files.size(file) == 0);
        } catch (IOException e) {
            throw new CliException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /** Builds the database under a temporary name, so a failure leaves no half-made file. */
    private void createNew(Inventory inventory) throws CliException {
        Path folder = database.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new CliException(database + ": the folder does not exist");
        }
        try {
            AtomicFiles.replace(database, temporary -> InventoryStore.create(temporary, inventory).close());
        } catch (Exception e) {
            throw new CliException(database + ": cannot be created (" + e.getMessage() + ")", e);
        }
    }
}
