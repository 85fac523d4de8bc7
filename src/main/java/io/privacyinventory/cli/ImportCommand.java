package io.privacyinventory.cli;

import io.privacyinventory.exchange.FileProblems;
import io.privacyinventory.exchange.InventoryFormatException;
import io.privacyinventory.exchange.csv.CsvActivitiesReader;
import io.privacyinventory.exchange.csv.CsvImport;
import io.privacyinventory.model.Edit;
import io.privacyinventory.model.Entity;
import io.privacyinventory.model.EntityType;
import io.privacyinventory.model.Inventory;
import io.privacyinventory.store.DocumentImport;
import io.privacyinventory.store.EditRejectedException;
import io.privacyinventory.store.InventoryExistsException;
import io.privacyinventory.store.InventoryFileException;
import io.privacyinventory.store.InventoryStore;
import io.privacyinventory.store.StoreException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = {
            "Imports an inventory document (.json) or a spreadsheet of activities (.csv, the "
                    + "activities layout of export csv, in English or Norwegian) into an inventory database, in one "
                    + "transaction.",
            "A new database is created; an existing one that already holds an inventory is only "
                    + "replaced with --replace. A CSV file replaces the activities and keeps the organisation, the "
                    + "notice settings and the catalogues, adding entries for names it does not find. Nothing is "
                    + "written when the input has any error. See docs/csv.md."
        })
final class ImportCommand implements Callable<Integer> {
    private static final int LISTED = 8;

    @Parameters(
            index = "0",
            paramLabel = "FILE",
            description = "The inventory document (.json) or activities CSV (.csv).")
    Path source;

    @Option(
            names = "--db",
            required = true,
            paramLabel = "FILE.db",
            description = "The inventory database, or a team server: postgresql://… (then FILE may also be a .db, "
                    + "carried over with its history).")
    Path database;

    @Option(names = "--replace", description = "Replace the inventory the database already holds (undoable).")
    boolean replace;

    @Option(
            names = "--dry-run",
            description = "Check the input and report what would be imported and created; " + "write nothing.")
    boolean dryRun;

    @Spec
    CommandSpec spec;

    private final Cli cli;

    ImportCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() throws CliException {
        if (TeamServers.isServer(database)) {
            return new ServerImport(source, database, replace, dryRun, cli.out()).run();
        }
        boolean csv = source.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
        if (!csv && !InventoryFiles.isJson(source)) {
            throw new CliException(
                    source + ": not an inventory document or activities CSV " + "(expected a .json or .csv file)");
        }
        InventoryFiles.requireReadable(source);
        if (dryRun) {
            return dryRun(csv, isMissingOrEmpty(database));
        }
        if (!csv && isMissingOrEmpty(database) && hasFolder(database)) {
            Inventory inventory = importNewFile();
            if (inventory != null) {
                cli.out().println("Imported " + Summary.of(inventory) + " into new " + database);
                return 0;
            }
        }
        Inventory parsedJson = csv ? null : InventoryFiles.load(source);
        // only a hint: whether the file is still free is decided again while holding its writer lock
        if (isMissingOrEmpty(database)) {
            Inventory inventory = csv ? readCsv(null).inventory() : parsedJson;
            try {
                InventoryStore.createNewFile(database, inventory);
                cli.out().println("Imported " + Summary.of(inventory) + " into new " + database);
                return 0;
            } catch (InventoryExistsException e) {
                // another command or window made the file meanwhile: it is an existing inventory now
            } catch (InventoryFileException e) {
                throw new CliException(e.getMessage(), e);
            }
        }
        Inventory imported;
        try (InventoryStore store = InventoryStore.open(database)) {
            store.upgrade().ifPresent(upgrade -> spec.commandLine().getErr().println("note: " + upgrade.message()));
            Inventory existing = store.load();
            if (!Summary.isEmpty(existing) && !replace) {
                throw new CliException(database + ": already holds an inventory (" + Summary.of(existing)
                        + "); use --replace to replace it");
            }
            imported = csv ? readCsv(existing).inventory() : parsedJson;
            store.apply(new Edit.ReplaceAll(imported));
        } catch (InventoryFileException | StoreException e) {
            throw new CliException(e.getMessage(), e);
        } catch (EditRejectedException e) {
            throw new CliException(database + ": " + e.getMessage(), e);
        }
        cli.out().println("Imported " + Summary.of(imported) + " into " + database + " (replaced its inventory)");
        return 0;
    }

    /**
     * A document into a new file, written while it is read (decision 0020); null when an inventory
     * appeared at the database meanwhile, which is then an existing inventory.
     */
    private Inventory importNewFile() throws CliException {
        try {
            return DocumentImport.intoNewFile(source, database);
        } catch (InventoryExistsException e) {
            return null;
        } catch (InventoryFormatException | InventoryFileException e) {
            throw new CliException(e.getMessage(), e);
        }
    }

    /** Whether the database's folder is there; when not, the document is still read first and its errors come first. */
    private static boolean hasFolder(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        return folder != null && Files.isDirectory(folder);
    }

    private int dryRun(boolean csv, boolean fresh) throws CliException {
        if (!csv) {
            Inventory inventory = InventoryFiles.load(source);
            cli.out().println(source + ": valid, " + Summary.of(inventory) + "; nothing written (--dry-run)");
            return 0;
        }
        Inventory existing = null;
        if (!fresh) {
            try (InventoryStore store = InventoryStore.openReadOnly(database)) {
                existing = store.load();
            } catch (InventoryFileException | StoreException e) {
                throw new CliException(e.getMessage(), e);
            }
        }
        CsvImport result = readCsv(existing);
        cli.out()
                .println(source + ": valid, " + result.inventory().activities().size() + " "
                        + (result.inventory().activities().size() == 1 ? "activity" : "activities") + " ("
                        + result.language() + " headings, " + result.delimiter().code() + " delimiter); "
                        + created(result)
                        + "; nothing written (--dry-run)");
        return 0;
    }

    private CsvImport readCsv(Inventory existing) throws CliException {
        try {
            return CsvActivitiesReader.read(source, existing);
        } catch (InventoryFormatException e) {
            throw new CliException(e.getMessage(), e);
        }
    }

    /** "would create 2 data subjects (employees, applicants), 1 purpose (payroll)". */
    private static String created(CsvImport result) {
        List<String> parts = new ArrayList<>();
        for (EntityType type :
                List.of(EntityType.DATA_SUBJECT, EntityType.DATA_CATEGORY, EntityType.PURPOSE, EntityType.RECIPIENT)) {
            List<Entity> made = result.created(type);
            if (made.isEmpty()) {
                continue;
            }
            String noun = type.code().replace('-', ' ');
            List<String> ids = made.stream().limit(LISTED).map(Entity::id).toList();
            parts.add(made.size() + " " + (made.size() == 1 ? noun : plural(noun)) + " (" + String.join(", ", ids)
                    + (made.size() > LISTED ? ", …" : "") + ")");
        }
        return parts.isEmpty() ? "would create no catalogue entries" : "would create " + String.join(", ", parts);
    }

    private static String plural(String noun) {
        return noun.endsWith("y") ? noun.substring(0, noun.length() - 1) + "ies" : noun + "s";
    }

    private static boolean isMissingOrEmpty(Path file) throws CliException {
        try {
            return !Files.exists(file) || (Files.isRegularFile(file) && Files.size(file) == 0);
        } catch (IOException e) {
            throw new CliException(file + ": cannot be read: " + FileProblems.reason(e), e);
        }
    }
}
