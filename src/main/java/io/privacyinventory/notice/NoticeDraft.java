package io.privacyinventory.notice;

import java.util.List;

/** A composed notice with what the composer had to report: texts that fell back, facts that are missing. */
public record NoticeDraft(NoticeDocument document, List<TextFallback> fallbacks, List<MissingFact> missingFacts) {
    public NoticeDraft {
        fallbacks = List.copyOf(fallbacks);
        missingFacts = List.copyOf(missingFacts);
    }

    public String render(NoticeFormat format) {
        return format.render(document);
    }
}
