package io.privacyinventory.cli;

import io.privacyinventory.exchange.FileProblems;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line: {@code import}, {@code export}, {@code history}, {@code check}, {@code generate}, {@code diff},
 * {@code notice}.
 * Exit codes: 0 ok, 1 the command found problems (or differences), 2 bad usage or bad input (one line on stderr,
 * never a stack trace).
 */
@Command(
        name = "privacy-inventory",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Keeps a GDPR record of processing activities. Without a command, opens the editor.",
        synopsisSubcommandLabel = "[COMMAND]")
public final class Cli {
    public static final int OK = 0;
    public static final int FINDINGS = 1;
    /** What {@code diff} returns when the records differ: like a finding, something to look at. */
    public static final int DIFFERENT = 1;

    public static final int BAD_INPUT = 2;

    private final PrintStream out;
    private final PrintStream err;
    private final StandardOutput standardOutput;
    private final Clock clock;

    public Cli(PrintStream out, PrintStream err) {
        this(out, err, null, Clock.systemUTC());
    }

    /** A command line whose time (of a published notice) comes from {@code clock}: tests set it. */
    Cli(PrintStream out, PrintStream err, Clock clock) {
        this(out, err, null, clock);
    }

    private Cli(PrintStream out, PrintStream err, StandardOutput standardOutput, Clock clock) {
        this.out = out;
        this.err = err;
        this.standardOutput = standardOutput;
        this.clock = clock;
    }

    PrintStream out() {
        return out;
    }

    Clock clock() {
        return clock;
    }

    public int run(String... args) {
        CommandLine commandLine = new CommandLine(this);
        commandLine.addSubcommand(new CommandLine(new ImportCommand(this)));
        CommandLine export = new CommandLine(new ExportCommand());
        export.addSubcommand(new CommandLine(new ExportCommand.Json(this)));
        export.addSubcommand(new CommandLine(new ExportCsvCommand(this)));
        export.addSubcommand(new CommandLine(new ExportNoticeCommand(this)));
        commandLine.addSubcommand(export);
        commandLine.addSubcommand(new CommandLine(new HistoryCommand(this)));
        commandLine.addSubcommand(new CommandLine(new CheckCommand(this)));
        commandLine.addSubcommand(new CommandLine(new GenerateCommand(this)));
        commandLine.addSubcommand(new CommandLine(new DiffCommand(this)));
        CommandLine notice = new CommandLine(new NoticeCommand());
        notice.addSubcommand(new CommandLine(new NoticePublishCommand(this)));
        notice.addSubcommand(new CommandLine(new NoticeVersionsCommand(this)));
        notice.addSubcommand(new CommandLine(new NoticeDiffCommand(this)));
        commandLine.addSubcommand(notice);
        CommandLine admin = new CommandLine(new AdminCommand());
        admin.addSubcommand(new CommandLine(new AdminCommand.Init(this)));
        admin.addSubcommand(new CommandLine(new AdminCommand.Grant(this)));
        commandLine.addSubcommand(admin);
        commandLine.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        commandLine.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        commandLine.setExitCodeExceptionMapper(e -> BAD_INPUT);
        commandLine.setExecutionExceptionHandler((e, line, parseResult) -> {
            String message = e instanceof CliException
                    ? e.getMessage()
                    : "internal error: " + e.getClass().getSimpleName() + ": " + e.getMessage();
            err.println("error: " + oneLine(message));
            return BAD_INPUT;
        });
        int exitCode = commandLine.execute(args);
        commandLine.getOut().flush();
        out.flush();
        if (out.checkError()) {
            err.println("error: standard output: cannot be written (" + outputFailure()
                    + "); what was written there is incomplete");
            return BAD_INPUT;
        }
        return exitCode;
    }

    /**
     * A PrintStream keeps only that writing failed, not why: the process's own standard output is
     * wrapped by {@link StandardOutput}, which keeps the first failure.
     */
    private String outputFailure() {
        IOException failure = standardOutput == null ? null : standardOutput.failure();
        return failure == null ? "the write failed" : FileProblems.reason(failure);
    }

    /**
     * Messages quote values from the input (a bad id, an unknown name), which may hold line breaks
     * or other control characters; they are shown escaped so that an error stays one line.
     */
    static String oneLine(String message) {
        StringBuilder line = new StringBuilder(message.length());
        for (int i = 0; i < message.length(); i++) {
            char c = message.charAt(i);
            switch (c) {
                case '\n' -> line.append("\\n");
                case '\r' -> line.append("\\r");
                case '\t' -> line.append("\\t");
                default -> {
                    if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                        line.append(String.format("\\u%04x", (int) c));
                    } else {
                        line.append(c);
                    }
                }
            }
        }
        return line.toString();
    }

    /** Runs a command, mapping standard streams as UTF-8 whatever the platform default. */
    public static int main(String... args) {
        // not System.out: a PrintStream over a PrintStream never learns that a write failed
        StandardOutput standardOutput = new StandardOutput(new FileOutputStream(FileDescriptor.out));
        PrintStream out =
                new PrintStream(new BufferedOutputStream(standardOutput, 1 << 16), false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        return new Cli(out, err, standardOutput, Clock.systemUTC()).run(args);
    }
}
