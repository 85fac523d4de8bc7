package io.privacyinventory.notice.publish;

import io.privacyinventory.exchange.InventoryJsonWriter;
import io.privacyinventory.model.Inventories;
import io.privacyinventory.model.Inventory;
import io.privacyinventory.model.PublishedNotice;
import io.privacyinventory.model.findings.Finding;
import io.privacyinventory.model.findings.InventoryChecker;
import io.privacyinventory.notice.MissingFact;
import io.privacyinventory.notice.NoticeComposer;
import io.privacyinventory.notice.NoticeDraft;
import io.privacyinventory.notice.NoticeFormat;
import io.privacyinventory.notice.NoticeLanguage;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Decides whether the notice draft for an audience and language may be published, and freezes it
 * as the next version: its text, when, by whom, and the SHA-256 of the canonical JSON of the
 * record it came from. The gate is the same for the command line and the editor: no errors from
 * {@code check} and no marker in the draft, unless the publisher forces it (then the version says so).
 */
public final class NoticePublisher {
    private NoticePublisher() {}

    /** What publishing would do now: the version to store, and what stands in its way. */
    public record Outcome(PublishedNotice notice, List<Finding> errors, List<MissingFact> markers) {
        public Outcome {
            errors = List.copyOf(errors);
            markers = List.copyOf(markers);
        }

        /** Whether check's errors or the draft's markers stand in the way of a publish that is not forced. */
        public boolean blocked() {
            return !errors.isEmpty() || !markers.isEmpty();
        }
    }

    /**
     * Prepares the next version of the notice for {@code audience} (null: the whole organisation)
     * in {@code language}. The notice in the outcome is marked forced when {@code force} is set and
     * something blocked it; it is for the caller to store it only when not blocked or forced.
     */
    public static Outcome prepare(
            Inventory inventory, String audience, NoticeLanguage language, Instant now, String user, boolean force) {
        NoticeDraft draft = draft(inventory, audience, language);
        List<Finding> errors = InventoryChecker.check(
                        inventory, LocalDate.ofInstant(now, ZoneOffset.UTC), Locale.forLanguageTag(language.code()))
                .stream()
                .filter(Finding::isError)
                .toList();
        boolean blocked = !errors.isEmpty() || !draft.missingFacts().isEmpty();
        PublishedNotice notice = new PublishedNotice(
                audience,
                language.code(),
                Inventories.nextVersion(inventory.publishedNotices(), audience, language.code()),
                now.truncatedTo(ChronoUnit.SECONDS),
                user,
                sha256(InventoryJsonWriter.toBytes(inventory)),
                draft.render(NoticeFormat.TEXT),
                force && blocked);
        return new Outcome(notice, errors, draft.missingFacts());
    }

    /**
     * Today's draft for an audience: the notice of the approved activities that concern at least
     * one of the audience's data subjects (product brief, notice settings), as plain text.
     */
    public static NoticeDraft draft(Inventory inventory, String audience, NoticeLanguage language) {
        return NoticeComposer.compose(inventory, language, audience);
    }

    /** The published versions of one notice, oldest first. */
    public static List<PublishedNotice> versions(Inventory inventory, String audience, String language) {
        return inventory.publishedNotices().stream()
                .filter(notice -> notice.isFor(audience, language))
                .sorted(Comparator.comparingInt(PublishedNotice::version))
                .toList();
    }

    /** The hexadecimal SHA-256 of some bytes: what {@code sha256sum} prints for the same file. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
