package io.privacyinventory.cli;

import io.privacyinventory.exchange.InventoryJsonWriter;
import io.privacyinventory.model.Inventory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "export", mixinStandardHelpOptions = true, synopsisSubcommandLabel = "FORMAT",
        description = "Exports an inventory.")
final class ExportCommand {

    @Command(name = "json", mixinStandardHelpOptions = true,
            description = {"Writes the inventory as a canonical JSON document: the same inventory always gives "
                + "the same bytes."})
    static final class Json implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "INVENTORY", description = "An inventory database (.db) or document (.json).")
        Path inventory;

        @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of standard output.")
        Path output;

        private final Cli cli;

        Json(Cli cli) {
            this.cli = cli;
        }

        @Override
        public Integer call() throws CliException {
            if (output != null) {
            new OutputFile(output, inventory).requireReplaceable();
        }
        Inventory loaded = InventoryFiles.load(inventory);
            InventoryFiles.write(output, inventory, cli.out(), out -> InventoryJsonWriter.write(loaded, out));
            return 0;
        }
    }
}
