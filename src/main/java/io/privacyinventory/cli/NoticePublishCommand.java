package io.privacyinventory.cli;

import io.privacyinventory.model.Edit;
import io.privacyinventory.model.Inventory;
import io.privacyinventory.model.PublishedNotice;
import io.privacyinventory.model.findings.Finding;
import io.privacyinventory.notice.MissingFact;
import io.privacyinventory.notice.publish.NoticePublisher;
import io.privacyinventory.store.EditRejectedException;
import io.privacyinventory.store.InventoryFileException;
import io.privacyinventory.store.InventoryStore;
import io.privacyinventory.store.RecordStore;
import io.privacyinventory.store.ServerStore;
import io.privacyinventory.store.StoreException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "publish",
        mixinStandardHelpOptions = true,
        description = {
            "Freezes today's notice draft as the next published version, kept in the inventory file "
                    + "with the time, your user name and the SHA-256 of the record it came from (one change-log entry).",
            "Refused (exit 1, the findings listed) while check has errors or the draft has [MISSING: …] markers, "
                    + "unless --force: the version is then recorded as forced. A published version is never edited "
                    + "and its publication cannot be undone."
        })
final class NoticePublishCommand implements Callable<Integer> {
    @Parameters(
            index = "0",
            paramLabel = "FILE.db",
            description =
                    "The inventory database, or a team server: "
                            + "postgresql://[user@]host[:port]/database[?schema=NAME] (publishing there needs the approver role).")
    Path database;

    @Option(names = "--lang", required = true, paramLabel = "nb|en", description = "The language of the notice.")
    String language;

    @Option(
            names = "--audience",
            paramLabel = "ID",
            description = "The audience whose notice to publish (default: the notice of the whole organisation).")
    String audience;

    @Option(
            names = "--force",
            description = "Publish even though check has errors or the draft has markers; "
                    + "the version says it was forced.")
    boolean force;

    @Spec
    CommandSpec spec;

    private final Cli cli;

    NoticePublishCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() throws CliException {
        NoticeCommand.language(language); // a wrong --lang is bad usage, said before anything is opened
        if (TeamServers.isServer(database)) {
            try (ServerStore store = TeamServers.open(database)) {
                return publish(store, store.user());
            }
        }
        InventoryFiles.requireReadable(database);
        if (InventoryFiles.isJson(database)) {
            throw new CliException(database + ": a document has nowhere to keep a published version; import it "
                    + "into a database (.db) first");
        }
        try (InventoryStore store = InventoryStore.open(database)) {
            store.upgrade().ifPresent(upgrade -> spec.commandLine().getErr().println("note: " + upgrade.message()));
            return publish(store, System.getProperty("user.name", "unknown"));
        } catch (InventoryFileException e) {
            throw new CliException(e.getMessage(), e);
        }
    }

    /** Publishes on a file or a team's server alike; {@code user} is who the version says published it. */
    private int publish(RecordStore store, String user) throws CliException {
        var noticeLanguage = NoticeCommand.language(language);
        PrintWriter err = spec.commandLine().getErr();
        try {
            Inventory inventory = store.load();
            NoticePublisher.Outcome outcome;
            try {
                outcome = NoticePublisher.prepare(
                        inventory, audience, noticeLanguage, Instant.now(cli.clock()), user, force);
            } catch (IllegalArgumentException e) {
                throw new CliException(store.location() + ": " + e.getMessage(), e);
            }
            if (outcome.blocked() && !force) {
                for (Finding finding : outcome.errors()) {
                    err.println("error\t" + finding.path() + "\t" + finding.code() + "\t" + finding.message());
                }
                for (MissingFact marker : outcome.markers()) {
                    err.println("marker\t" + marker.marker());
                }
                err.println("not published: " + count(outcome.errors().size(), "error") + " and "
                        + count(outcome.markers().size(), "marker") + " in the draft; fix them, or use --force to "
                        + "publish anyway (recorded as forced)");
                err.flush();
                return Cli.FINDINGS;
            }
            PublishedNotice notice = outcome.notice();
            store.apply(new Edit.Publish(notice));
            cli.out()
                    .println("published " + NoticeCommand.audienceName(audience) + " " + notice.language()
                            + " version " + notice.version()
                            + (notice.forced()
                                    ? " (forced: " + count(outcome.errors().size(), "error") + ", "
                                            + count(outcome.markers().size(), "marker") + ")"
                                    : ""));
            return Cli.OK;
        } catch (StoreException e) {
            throw new CliException(e.getMessage(), e);
        } catch (EditRejectedException e) {
            String message = e.getMessage();
            throw new CliException(
                    message.startsWith(store.location()) ? message : store.location() + ": " + message, e);
        }
    }

    private static String count(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
