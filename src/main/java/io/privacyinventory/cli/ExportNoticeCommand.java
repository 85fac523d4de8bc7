package io.privacyinventory.cli;

import io.privacyinventory.model.Inventory;
import io.privacyinventory.notice.MissingFact;
import io.privacyinventory.notice.NoticeComposer;
import io.privacyinventory.notice.NoticeFormat;
import io.privacyinventory.notice.NoticeLanguage;
import io.privacyinventory.notice.RenderedNotice;
import io.privacyinventory.notice.TextFallback;
import io.privacyinventory.notice.UnknownAudienceException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code export notice}: the Art. 13/14 privacy notice draft generated from the approved activities.
 * The draft goes to the output; what the user should fix (texts shown in another language, facts
 * the notice needs and the inventory lacks) goes to standard error. Both are normal: exit 0.
 */
@Command(
        name = "notice",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Writes the privacy notice draft (GDPR Art. 13/14) generated from the approved activities.",
            "Texts without a translation in the chosen language are shown in the inventory's default language, "
                    + "and facts the notice needs but the inventory lacks appear as [MISSING: …] markers; "
                    + "both are listed on standard error."
        })
public final class ExportNoticeCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "INVENTORY", description = "An inventory database (.db) or document (.json).")
    Path inventory;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            description = "Write here instead of standard output.")
    Path output;

    @Option(
            names = "--lang",
            paramLabel = "en|nb",
            description =
                    "Language of the notice (default: the inventory's first language if it is en or nb, else en).")
    String language;

    @Option(
            names = "--format",
            paramLabel = "text|markdown|html|html-fragment",
            defaultValue = "text",
            description = "text (default), markdown, html (one standalone page) or html-fragment "
                    + "(one <section class=\"privacy-notice\"> to paste into a web page).")
    String format;

    @Option(
            names = "--audience",
            paramLabel = "ID",
            description = "The notice for one audience of the inventory (default: the whole organisation).")
    String audience;

    @Spec
    CommandSpec spec;

    private final Cli cli;

    ExportNoticeCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() throws CliException {
        NoticeFormat noticeFormat = NoticeFormat.parse(format)
                .orElseThrow(() -> new ParameterException(
                        spec.commandLine(),
                        "Invalid value for option '--format': \"" + format
                                + "\" (expected text, markdown, html or html-fragment)"));
        NoticeLanguage chosen = language == null
                ? null
                : NoticeLanguage.parse(language)
                        .orElseThrow(() -> new ParameterException(
                                spec.commandLine(),
                                "Invalid value for option '--lang': \"" + language + "\" (expected en or nb)"));

        if (output != null) {
            new OutputFile(output, inventory).requireReplaceable();
        }
        Inventory loaded = InventoryFiles.load(inventory);
        NoticeLanguage noticeLanguage = chosen != null
                ? chosen
                : NoticeLanguage.parse(loaded.defaultLanguage()).orElse(NoticeLanguage.EN);
        RenderedNotice draft;
        try {
            // written while composed: a large inventory's notice is never held whole as a tree (decision 0019)
            draft = NoticeComposer.render(loaded, noticeLanguage, audience, noticeFormat);
        } catch (UnknownAudienceException e) {
            throw new CliException(inventory + ": " + e.getMessage(), e);
        }
        byte[] notice = draft.text().getBytes(StandardCharsets.UTF_8);
        InventoryFiles.write(output, inventory, cli.out(), out -> out.write(notice));

        PrintWriter err = spec.commandLine().getErr();
        for (TextFallback fallback : draft.fallbacks()) {
            err.println("warning: " + fallback.path() + ": no \"" + fallback.requested() + "\" text, used \""
                    + fallback.used() + "\"");
        }
        for (MissingFact fact : draft.missingFacts()) {
            err.println("warning: notice: " + fact.marker());
        }
        err.println(summary(draft));
        err.flush();
        return Cli.OK;
    }

    /** For example "notice: 2 missing facts, 3 texts fell back to nb". */
    static String summary(RenderedNotice draft) {
        int missing = draft.missingFacts().size();
        StringBuilder line =
                new StringBuilder("notice: ").append(missing).append(missing == 1 ? " missing fact" : " missing facts");
        Map<String, Integer> byLanguage = new LinkedHashMap<>();
        draft.fallbacks().forEach(fallback -> byLanguage.merge(fallback.used(), 1, Integer::sum));
        if (byLanguage.isEmpty()) {
            line.append(", no texts fell back to another language");
        }
        boolean first = true;
        for (Map.Entry<String, Integer> entry : byLanguage.entrySet()) {
            line.append(", ").append(entry.getValue());
            if (first) {
                line.append(entry.getValue() == 1 ? " text fell back to " : " texts fell back to ");
                first = false;
            } else {
                line.append(" to ");
            }
            line.append(entry.getKey());
        }
        return line.toString();
    }
}
