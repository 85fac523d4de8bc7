package io.privacyinventory.cli;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.privacyinventory.exchange.InventoryJsonWriter;
import io.privacyinventory.model.Inventory;
import io.privacyinventory.model.findings.Finding;
import io.privacyinventory.model.findings.InventoryChecker;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        description = {
            "Checks an inventory for findings: what a complete, lawful record still lacks.",
            "Text output has one finding per line: severity, path, code and message separated by tabs. "
                    + "A count goes to standard error. Exit code 1 when there is any error, 0 when there are "
                    + "only warnings or nothing; docs/findings.md explains every code."
        })
final class CheckCommand implements Callable<Integer> {
    private static final JsonFactory JSON = new JsonFactory();

    @Parameters(index = "0", paramLabel = "INVENTORY", description = "An inventory database (.db) or document (.json).")
    Path inventory;

    @Option(
            names = "--format",
            paramLabel = "text|json",
            defaultValue = "text",
            description = "text (default): one finding per line; json: an array of objects with severity, "
                    + "code, path and message.")
    String format;

    @Option(
            names = "--lang",
            paramLabel = "en|nb",
            defaultValue = "en",
            description = "The language of the messages (default: en).")
    String language;

    @Option(
            names = "--today",
            paramLabel = "YYYY-MM-DD",
            description = "Check as on this date instead of today, e.g. to see which reviews will be overdue "
                    + "by an audit.")
    String today;

    /** Standard error comes from picocli, which {@link Cli} gives the same stream as its own. */
    @Spec
    CommandSpec spec;

    private final Cli cli;

    CheckCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() throws CliException {
        if (!format.equals("text") && !format.equals("json")) {
            throw new CliException("--format must be text or json, not \"" + format + "\"");
        }
        if (!language.equals("en") && !language.equals("nb")) {
            throw new CliException("--lang must be en or nb, not \"" + language + "\"");
        }
        LocalDate date = date();
        Inventory loaded = InventoryFiles.load(inventory);
        List<Finding> findings = InventoryChecker.check(loaded, date, Locale.forLanguageTag(language));
        if (format.equals("json")) {
            InventoryFiles.write(null, inventory, cli.out(), out -> writeJson(findings, out));
        } else {
            InventoryFiles.write(null, inventory, cli.out(), out -> writeText(findings, out));
        }
        long errors = findings.stream().filter(Finding::isError).count();
        spec.commandLine().getErr().println(count(errors, "error") + ", " + count(findings.size() - errors, "warning"));
        return errors > 0 ? Cli.FINDINGS : Cli.OK;
    }

    private LocalDate date() throws CliException {
        if (today == null) {
            return LocalDate.now();
        }
        try {
            return LocalDate.parse(today);
        } catch (DateTimeParseException e) {
            throw new CliException("--today must be a date such as 2026-01-31, not \"" + today + "\"", e);
        }
    }

    private static void writeText(List<Finding> findings, OutputStream stream) {
        PrintStream out = new PrintStream(stream, false, StandardCharsets.UTF_8);
        for (Finding finding : findings) {
            out.print(finding.severity().code()
                    + '\t'
                    + finding.path()
                    + '\t'
                    + finding.code()
                    + '\t'
                    + oneLine(finding.message())
                    + '\n');
        }
        out.flush();
    }

    /** Names from the inventory may hold tabs or line breaks; in text output they would split the line. */
    private static String oneLine(String message) {
        return message.replaceAll("[\\t\\r\\n]+", " ");
    }

    private static void writeJson(List<Finding> findings, OutputStream stream) throws IOException {
        try (JsonGenerator out = JSON.createGenerator(stream, JsonEncoding.UTF8)) {
            out.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            out.setPrettyPrinter(InventoryJsonWriter.canonicalPrinter());
            out.writeStartArray();
            for (Finding finding : findings) {
                out.writeStartObject();
                out.writeStringField("severity", finding.severity().code());
                out.writeStringField("code", finding.code());
                out.writeStringField("path", finding.path());
                out.writeStringField("message", finding.message());
                out.writeEndObject();
            }
            out.writeEndArray();
            out.writeRaw('\n');
        }
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
