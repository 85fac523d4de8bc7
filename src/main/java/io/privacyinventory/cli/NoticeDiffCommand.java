package io.privacyinventory.cli;

import io.privacyinventory.exchange.InventoryJsonReader;
import io.privacyinventory.model.Inventory;
import io.privacyinventory.model.PublishedNotice;
import io.privacyinventory.notice.NoticeFormat;
import io.privacyinventory.notice.NoticeLanguage;
import io.privacyinventory.notice.diff.TextDiff;
import io.privacyinventory.notice.diff.TextDiffer;
import io.privacyinventory.notice.publish.NoticePublisher;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "diff",
        mixinStandardHelpOptions = true,
        description = {
            "Shows what changed in the notice between two published versions, or between the last "
                    + "published version and today's draft (the default): paragraphs removed (-) and added (+), an "
                    + "edited paragraph as its old (-) and new (+) version; with --words, an edited paragraph as one "
                    + "line with [-removed-]{+added+} words.",
            "Exit code 0 when nothing changed (and nothing is printed), 1 when something did, 2 for bad input."
        })
final class NoticeDiffCommand implements Callable<Integer> {
    static final String DRAFT = "draft";

    @Parameters(index = "0", paramLabel = "FILE.db", description = "An inventory database (.db) or document (.json).")
    Path inventory;

    @Option(names = "--lang", required = true, paramLabel = "L", description = "The language of the notice.")
    String language;

    @Option(
            names = "--audience",
            paramLabel = "ID",
            description = "The audience whose notice to compare (default: the notice of the whole organisation).")
    String audience;

    @Option(
            names = "--from",
            paramLabel = "N",
            description = "The older published version (default: the one "
                    + "before --to when that is a version, else the last one).")
    Integer from;

    @Option(
            names = "--to",
            paramLabel = "N|draft",
            defaultValue = DRAFT,
            description =
                    "The newer published version, or draft (the default): the notice as it would be published now.")
    String to;

    @Option(
            names = "--words",
            description = "Show an edited paragraph once, its changed words marked " + "[-removed-]{+added+}.")
    boolean words;

    @Option(
            names = "--context",
            paramLabel = "N",
            defaultValue = "1",
            description = "Unchanged paragraphs shown around each change (default 1; -1: all of them).")
    int context;

    private final Cli cli;

    NoticeDiffCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() throws CliException {
        NoticeLanguage noticeLanguage = NoticeCommand.language(language);
        Inventory loaded = InventoryFiles.load(inventory);
        List<PublishedNotice> versions = NoticePublisher.versions(loaded, audience, noticeLanguage.code());
        String notice = "the notice " + NoticeCommand.audienceName(audience) + " " + noticeLanguage.code();
        if (versions.isEmpty()) {
            throw new CliException(
                    inventory + ": " + notice + " has no published version yet (notice publish " + "makes one)");
        }
        PublishedNotice newer = null;
        String newerText;
        if (DRAFT.equals(to)) {
            try {
                newerText =
                        NoticePublisher.draft(loaded, audience, noticeLanguage).render(NoticeFormat.TEXT);
            } catch (IllegalArgumentException e) {
                throw new CliException(inventory + ": " + e.getMessage(), e);
            }
        } else {
            newer = version(versions, parse(to, "--to"), notice);
            newerText = newer.text();
        }
        int olderNumber = from != null
                ? from
                : newer != null
                        ? newer.version() - 1
                        : versions.get(versions.size() - 1).version();
        if (from == null && olderNumber < 1) {
            throw new CliException(inventory + ": version 1 of " + notice + " is the first; there is nothing "
                    + "before it to compare with");
        }
        PublishedNotice older = version(versions, olderNumber, notice);
        TextDiff diff = TextDiffer.compare(older.text(), newerText);
        if (!diff.hasChanges()) {
            return Cli.OK;
        }
        PrintStream out = cli.out();
        out.println("--- version " + older.version() + " (" + InventoryJsonReader.formatPublishedAt(older.publishedAt())
                + ")");
        out.println("+++ "
                + (newer == null
                        ? "today's draft"
                        : "version " + newer.version() + " ("
                                + InventoryJsonReader.formatPublishedAt(newer.publishedAt()) + ")"));
        for (String line : diff.lines(context, words)) {
            out.println(line);
        }
        return Cli.DIFFERENT;
    }

    private static int parse(String value, String option) throws CliException {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new CliException(option + " must be a version number or draft, not \"" + value + "\"");
        }
    }

    private PublishedNotice version(List<PublishedNotice> versions, int number, String notice) throws CliException {
        return versions.stream()
                .filter(version -> version.version() == number)
                .findFirst()
                .orElseThrow(() ->
                        new CliException(inventory + ": " + notice + " has no version " + number + " (published: 1 to "
                                + versions.get(versions.size() - 1).version() + ")"));
    }
}
