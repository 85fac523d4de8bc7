package io.privacyinventory.cli;

import io.privacyinventory.exchange.csv.CsvDelimiter;
import io.privacyinventory.exchange.csv.CsvExport;
import io.privacyinventory.exchange.csv.CsvLayout;
import io.privacyinventory.exchange.csv.CsvOptions;
import io.privacyinventory.model.Inventory;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

@Command(
        name = "csv",
        mixinStandardHelpOptions = true,
        description = {
            "Writes the inventory as CSV for spreadsheets and auditors (UTF-8, CRLF line ends).",
            "The activities layout has one row per activity with every field and id; the protocol layout is "
                    + "the Art. 30 record for an authority: approved activities only, without internal notes.",
            "Cells that a spreadsheet would run as a formula (starting with = + - @, a tab or a line break) "
                    + "get a leading apostrophe.",
            "For Excel set to Norwegian: --delimiter semicolon --bom."
        })
final class ExportCsvCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "INVENTORY", description = "An inventory database (.db) or document (.json).")
    Path inventory;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            description = "Write here instead of standard output.")
    Path output;

    @Option(
            names = "--layout",
            paramLabel = "activities|protocol",
            converter = LayoutConverter.class,
            defaultValue = "activities",
            description = "What to write (default: ${DEFAULT-VALUE}).")
    CsvLayout layout;

    @Option(
            names = "--lang",
            paramLabel = "en|nb",
            description =
                    "Language of headings and texts (default: the inventory's first language if en or nb, else en).")
    String language;

    @Option(
            names = "--delimiter",
            paramLabel = "comma|semicolon|tab",
            converter = DelimiterConverter.class,
            defaultValue = "comma",
            description = "Cell delimiter (default: ${DEFAULT-VALUE}).")
    CsvDelimiter delimiter;

    @Option(names = "--bom", description = "Start the file with a UTF-8 byte-order mark, which Excel needs.")
    boolean byteOrderMark;

    private final Cli cli;

    ExportCsvCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() throws CliException {
        if (language != null && !CsvOptions.LANGUAGES.contains(language)) {
            throw new CliException(
                    "--lang must be one of " + String.join(", ", CsvOptions.LANGUAGES) + ", not \"" + language + "\"");
        }
        if (output != null) {
            new OutputFile(output, inventory).requireReplaceable();
        }
        Inventory loaded = InventoryFiles.load(inventory);
        CsvOptions options =
                new CsvOptions(language == null ? defaultLanguage(loaded) : language, delimiter, byteOrderMark);
        InventoryFiles.write(output, inventory, cli.out(), out -> CsvExport.write(loaded, layout, options, out));
        return 0;
    }

    private static String defaultLanguage(Inventory inventory) {
        return CsvOptions.LANGUAGES.contains(inventory.defaultLanguage()) ? inventory.defaultLanguage() : "en";
    }

    static final class LayoutConverter implements ITypeConverter<CsvLayout> {
        @Override
        public CsvLayout convert(String value) {
            return convertCode(value, CsvLayout::parse, CsvLayout.values(), CsvLayout::code);
        }
    }

    static final class DelimiterConverter implements ITypeConverter<CsvDelimiter> {
        @Override
        public CsvDelimiter convert(String value) {
            return convertCode(value, CsvDelimiter::parse, CsvDelimiter.values(), CsvDelimiter::code);
        }
    }

    private static <E> E convertCode(
            String value, Function<String, Optional<E>> parse, E[] all, Function<E, String> code) {
        return parse.apply(value)
                .orElseThrow(() -> new TypeConversionException("expected one of "
                        + Arrays.stream(all).map(code).collect(Collectors.joining(", ")) + ", not \"" + value + "\""));
    }
}
