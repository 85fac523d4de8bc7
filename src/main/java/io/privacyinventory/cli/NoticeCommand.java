package io.privacyinventory.cli;

import io.privacyinventory.notice.NoticeLanguage;
import picocli.CommandLine.Command;

@Command(
        name = "notice",
        mixinStandardHelpOptions = true,
        synopsisSubcommandLabel = "publish|versions|diff",
        description = "Publishes the privacy notice as a frozen version kept in the inventory file, lists the "
                + "published versions, and shows what changed between them.")
final class NoticeCommand {

    static NoticeLanguage language(String code) throws CliException {
        return NoticeLanguage.parse(code)
                .orElseThrow(() -> new CliException("--lang must be en or nb, not \"" + code + "\""));
    }

    /** "all" for the notice of the whole organisation, else the audience's id. */
    static String audienceName(String audience) {
        return audience == null ? "all" : audience;
    }
}
