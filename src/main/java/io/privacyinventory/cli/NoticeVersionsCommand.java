package io.privacyinventory.cli;

import io.privacyinventory.exchange.InventoryFormatException;
import io.privacyinventory.exchange.InventoryJsonReader;
import io.privacyinventory.model.Inventory;
import io.privacyinventory.model.PublishedNotice;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "versions",
        mixinStandardHelpOptions = true,
        description = {
            "Lists the published versions of the notice, one per line: audience (\"all\" for the whole "
                    + "organisation), language, version, time (UTC), by whom, the SHA-256 of the record it came from, "
                    + "and \"forced\" for a version published despite findings."
        })
final class NoticeVersionsCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE.db", description = "An inventory database (.db) or document (.json).")
    Path inventory;

    @Option(names = "--audience", paramLabel = "ID", description = "Only the notice for this audience.")
    String audience;

    @Option(names = "--lang", paramLabel = "L", description = "Only the notice in this language.")
    String language;

    private final Cli cli;

    NoticeVersionsCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() throws CliException {
        Inventory loaded = InventoryFiles.load(inventory);
        List<PublishedNotice> shown = loaded.publishedNotices().stream()
                .filter(notice -> audience == null || audience.equals(notice.audience()))
                .filter(notice -> language == null || language.equals(notice.language()))
                .sorted(Comparator.comparing((PublishedNotice notice) -> Objects.toString(notice.audience(), ""))
                        .thenComparing(PublishedNotice::language)
                        .thenComparingInt(PublishedNotice::version))
                .toList();
        for (PublishedNotice notice : shown) {
            cli.out().println(line(notice));
        }
        return Cli.OK;
    }

    static String line(PublishedNotice notice) {
        return NoticeCommand.audienceName(notice.audience()) + "\t" + notice.language() + "\tversion "
                + notice.version() + "\t" + InventoryJsonReader.formatPublishedAt(notice.publishedAt()) + "\t"
                + notice.publishedBy() + "\t" + notice.inventorySha256() + (notice.forced() ? "\tforced" : "");
    }

    /** A publish row of the change log in words: "the notice all nb version 2". */
    static String describe(String json) {
        try {
            PublishedNotice notice = InventoryJsonReader.readPublishedNotice(json);
            return "the notice " + NoticeCommand.audienceName(notice.audience()) + " " + notice.language() + " version "
                    + notice.version() + (notice.forced() ? " (forced)" : "");
        } catch (InventoryFormatException e) {
            return "a notice";
        }
    }
}
