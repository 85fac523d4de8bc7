package io.privacyinventory.cli;

import io.privacyinventory.exchange.InventoryJsonWriter;
import io.privacyinventory.model.Inventory;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        synopsisSubcommandLabel = "FORMAT",
        description = "Exports an inventory.")
final class ExportCommand {

    @Command(
            name = "json",
            mixinStandardHelpOptions = true,
            description = {
                "Writes the inventory as a canonical JSON document: the same inventory always gives "
                        + "the same bytes.",
                "With --as-of, writes the record of a database as it stood at that moment, rebuilt from its change "
                        + "log."
            })
    static final class Json implements Callable<Integer> {
        @Parameters(
                index = "0",
                paramLabel = "INVENTORY",
                description = "An inventory database (.db) or document (.json).")
        Path inventory;

        @Option(
                names = {"-o", "--output"},
                paramLabel = "FILE",
                description = "Write here instead of standard output.")
        Path output;

        @Option(
                names = "--as-of",
                paramLabel = "YYYY-MM-DD[THH:MM[:SS]]",
                description = "The record as it stood at this moment, in the computer's time zone (a date alone: "
                        + "the start of that day). Only for a database (.db).")
        String asOf;

        private final Cli cli;

        Json(Cli cli) {
            this.cli = cli;
        }

        @Override
        public Integer call() throws CliException {
            if (output != null) {
                new OutputFile(output, inventory).requireReplaceable();
            }
            Inventory loaded = asOf == null ? InventoryFiles.load(inventory) : asItStood();
            InventoryFiles.write(output, inventory, cli.out(), out -> InventoryJsonWriter.write(loaded, out));
            return 0;
        }

        private Inventory asItStood() throws CliException {
            if (InventoryFiles.isJson(inventory)) {
                throw new CliException(inventory + ": --as-of needs an inventory database (.db); a .json document "
                        + "has no history and is exported as it is");
            }
            return RecordAsOf.read(inventory, InventoryArgument.instant(InventoryArgument.moment(asOf, "--as-of")));
        }
    }
}
