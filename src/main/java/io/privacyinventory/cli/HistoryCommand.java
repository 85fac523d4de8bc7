package io.privacyinventory.cli;

import io.privacyinventory.store.ChangeLogEntry;
import io.privacyinventory.store.HistoryHead;
import io.privacyinventory.store.HistoryVerification;
import io.privacyinventory.store.RecordStore;
import io.privacyinventory.store.StoreException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "history",
        mixinStandardHelpOptions = true,
        description = {
            "Lists the change log of an inventory database, newest change first.",
            "With --verify, re-computes the log's hash chain instead, replays the log and compares it with the "
                    + "data, and reports whether both hold (exit 1 when they do not). With --head, prints the newest "
                    + "row's hash and the number of rows, to keep elsewhere; --verify --expect-head HASH then also "
                    + "shows that no row up to that head was removed or rewritten."
        })
final class HistoryCommand implements Callable<Integer> {
    private static final int VALUE_WIDTH = 60;

    @Parameters(
            index = "0",
            paramLabel = "FILE.db",
            description = "The inventory database, or a team server: postgresql://…")
    Path database;

    @Option(names = "--limit", paramLabel = "N", description = "Show at most N rows (default: all).")
    int limit;

    @Option(
            names = "--verify",
            description = "Check that no row of the history was changed or removed, "
                    + "and that the data is what the history says.")
    boolean verify;

    @Option(names = "--head", description = "Print the hash of the newest row and the number of rows.")
    boolean head;

    @Option(
            names = "--expect-head",
            paramLabel = "HASH",
            description = "With --verify: the history must still " + "reach this head, printed earlier by --head.")
    String expectHead;

    private final Cli cli;

    HistoryCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() throws CliException {
        if (limit < 0) {
            throw new CliException("--limit must not be negative");
        }
        if (expectHead != null && !verify) {
            throw new CliException("--expect-head needs --verify");
        }
        if (head && verify) {
            throw new CliException("--head and --verify cannot be used together");
        }
        try (RecordStore store = TeamServers.openReadOnly(database)) {
            PrintStream out = cli.out();
            if (head) {
                HistoryHead last = store.historyHead();
                out.println(database + ": head " + last.hash() + " after " + last.rows() + " rows");
                return 0;
            }
            if (verify) {
                HistoryVerification result = store.verifyHistory(expectHead);
                if (result.intact()) {
                    out.println(database + ": history intact (" + result.rowsChecked() + " rows"
                            + (expectHead == null ? "" : ", reaching the kept head") + ")");
                    return 0;
                }
                out.println(database + ": history broken: " + result.problem());
                return 1;
            }
            List<ChangeLogEntry> entries = store.history(limit);
            for (ChangeLogEntry entry : entries) {
                out.println(format(entry));
            }
            return 0;
        } catch (StoreException e) {
            throw new CliException(e.getMessage(), e);
        }
    }

    static String format(ChangeLogEntry entry) {
        StringBuilder line = new StringBuilder();
        line.append('#')
                .append(entry.seq())
                .append('\t')
                .append(entry.time())
                .append('\t')
                .append(entry.user())
                .append('\t')
                .append("set ")
                .append(entry.changeSet());
        if (entry.reverts() != null) {
            line.append(" (undoes set ").append(entry.reverts()).append(')');
        }
        line.append('\t');
        String what = entry.entityType().code() + (entry.entityId() == null ? "" : " " + entry.entityId());
        switch (entry.kind()) {
            case FIELD ->
                line.append("changed ")
                        .append(what)
                        .append(' ')
                        .append(entry.field())
                        .append(": ")
                        .append(shorten(entry.before()))
                        .append(" -> ")
                        .append(shorten(entry.after()));
            case ADD -> line.append("added ").append(what).append(" at ").append(entry.position() + 1);
            case REMOVE -> line.append("removed ").append(what);
            case MOVE ->
                line.append("moved ")
                        .append(what)
                        .append(" from ")
                        .append(Integer.parseInt(entry.before()) + 1)
                        .append(" to ")
                        .append(Integer.parseInt(entry.after()) + 1);
            case REPLACE -> line.append(entry.before() == null ? "created the inventory" : "replaced the inventory");
            case PUBLISH -> line.append("published ").append(NoticeVersionsCommand.describe(entry.after()));
        }
        return line.toString();
    }

    private static String shorten(String json) {
        if (json == null) {
            return "(none)";
        }
        return json.length() <= VALUE_WIDTH ? json : json.substring(0, VALUE_WIDTH - 1) + "…";
    }
}
