package io.privacyinventory.cli;

import io.privacyinventory.exchange.RecordDiffJson;
import io.privacyinventory.exchange.csv.RecordDiffCsv;
import io.privacyinventory.model.Inventory;
import io.privacyinventory.model.diff.RecordDiff;
import io.privacyinventory.model.diff.RecordDiffText;
import io.privacyinventory.model.diff.RecordDiffer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "diff",
        mixinStandardHelpOptions = true,
        description = {
            "Shows what changed in the record between two inventories: items added and removed, and "
                    + "each changed field with its value before and after, in words.",
            "OLD and NEW are inventory databases (.db) or documents (.json); FILE.db@YYYY-MM-DD names a database "
                    + "as it stood at the start of that day, FILE.db@YYYY-MM-DDTHH:MM[:SS] at that moment (the computer's "
                    + "time zone), rebuilt from its change log. Exit code 0 when the records are the same (and nothing is "
                    + "printed), 1 when they differ, 2 for bad input."
        })
final class DiffCommand implements Callable<Integer> {
    @Parameters(
            index = "0",
            paramLabel = "OLD",
            description = "The earlier record: FILE.db, FILE.json or FILE.db@YYYY-MM-DD[THH:MM[:SS]].")
    String older;

    @Parameters(index = "1", paramLabel = "NEW", description = "The later record, named the same ways.")
    String newer;

    @Option(
            names = "--format",
            paramLabel = "text|csv|json",
            defaultValue = "text",
            description = "text (default): grouped by item, for people; csv: one row per changed field (item kind, "
                    + "item id, item name, field, before, after), for auditors; json: for scripts.")
    String format;

    @Option(
            names = "--lang",
            paramLabel = "en|nb",
            defaultValue = "en",
            description = "The language of labels and values; names of items fall back to the inventory's first "
                    + "language (default: en).")
    String language;

    private final Cli cli;

    DiffCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() throws CliException {
        if (!format.equals("text") && !format.equals("csv") && !format.equals("json")) {
            throw new CliException("--format must be text, csv or json, not \"" + format + "\"");
        }
        if (!language.equals("en") && !language.equals("nb")) {
            throw new CliException("--lang must be en or nb, not \"" + language + "\"");
        }
        Inventory before = InventoryArgument.parse(older).load();
        Inventory after = InventoryArgument.parse(newer).load();
        RecordDiff diff = RecordDiffer.compare(before, after, language);
        if (diff.isEmpty()) {
            return Cli.OK;
        }
        switch (format) {
            case "csv" -> InventoryFiles.write(null, null, cli.out(), out -> RecordDiffCsv.write(diff, out));
            case "json" -> InventoryFiles.write(null, null, cli.out(), out -> RecordDiffJson.write(diff, out));
            default ->
                InventoryFiles.write(
                        null,
                        null,
                        cli.out(),
                        out -> out.write(RecordDiffText.render(diff).getBytes(StandardCharsets.UTF_8)));
        }
        return Cli.DIFFERENT;
    }
}
