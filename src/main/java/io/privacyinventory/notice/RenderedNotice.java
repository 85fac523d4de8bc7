package io.privacyinventory.notice;

import java.util.List;

/** A notice written in one format, with what the composer had to report: texts that fell back, facts that are missing. */
public record RenderedNotice(String text, List<TextFallback> fallbacks, List<MissingFact> missingFacts) {
    public RenderedNotice {
        fallbacks = List.copyOf(fallbacks);
        missingFacts = List.copyOf(missingFacts);
    }
}
