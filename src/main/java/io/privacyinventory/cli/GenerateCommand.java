package io.privacyinventory.cli;

import io.privacyinventory.exchange.FileProblems;
import io.privacyinventory.exchange.InventoryJsonWriter;
import io.privacyinventory.generate.InventoryGenerator;
import io.privacyinventory.model.Inventory;
import io.privacyinventory.store.InventoryExistsException;
import io.privacyinventory.store.InventoryFileException;
import io.privacyinventory.store.InventoryStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "generate",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Writes a realistic synthetic inventory, for benchmarks and demonstrations.",
            "A Norwegian group of companies with the given number of activities (payroll, recruitment, CCTV, "
                    + "loans, patient records …) in its business units and regions; catalogues of data subjects, "
                    + "categories, purposes and recipients that grow with it; texts in bokmål and English. "
                    + "check finds no errors in it. The same --activities and --seed always give the same inventory.",
            "FILE.json is written as an inventory document (the same bytes every time); FILE.db as a new "
                    + "inventory database, which must not exist yet. Without -o the document goes to standard output."
        })
final class GenerateCommand implements Callable<Integer> {
    static final int MAX_ACTIVITIES = 1_000_000;

    @Option(
            names = "--activities",
            required = true,
            paramLabel = "N",
            description = "How many activities (1 to " + MAX_ACTIVITIES + ").")
    int activities;

    @Option(
            names = "--seed",
            paramLabel = "S",
            defaultValue = "1",
            description = "Seed of the random choices (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE.json|FILE.db",
            description = "Where to write it.")
    Path output;

    private final Cli cli;

    GenerateCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() throws CliException {
        if (activities < 1 || activities > MAX_ACTIVITIES) {
            throw new CliException("--activities must be between 1 and " + MAX_ACTIVITIES + ", not " + activities);
        }
        boolean database = output != null
                && output.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".db");
        if (output != null && !database && !InventoryFiles.isJson(output)) {
            throw new CliException(output + ": the output must be a .json document or a .db database");
        }
        if (database) {
            requireNew(output);
        } else if (output != null) {
            new OutputFile(output, null).requireReplaceable();
        }
        Inventory inventory = InventoryGenerator.generate(activities, seed);
        if (database) {
            try {
                InventoryStore.createNewFile(output, inventory);
            } catch (InventoryExistsException e) {
                throw new CliException(
                        output + ": already exists (another command or window made it meanwhile); "
                                + "generate writes only new databases, so it was left as it is",
                        e);
            } catch (InventoryFileException e) {
                throw new CliException(e.getMessage(), e);
            }
        } else {
            InventoryFiles.write(output, null, cli.out(), out -> InventoryJsonWriter.write(inventory, out));
        }
        if (output != null) {
            cli.out().println("Generated " + Summary.of(inventory) + " into " + output);
        }
        return Cli.OK;
    }

    private static void requireNew(Path file) throws CliException {
        Path folder = file.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new CliException(file + ": cannot be created: the folder "
                    + (file.getParent() == null ? folder : file.getParent()) + " does not exist");
        }
        try {
            if (Files.exists(file) && (!Files.isRegularFile(file) || Files.size(file) > 0)) {
                throw new CliException(file + ": already exists; generate writes only new databases");
            }
        } catch (IOException e) {
            throw new CliException(file + ": cannot be read: " + FileProblems.reason(e), e);
        }
    }
}
