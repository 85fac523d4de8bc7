package io.privacyinventory.notice;

import io.privacyinventory.notice.NoticeDocument.Section;

/** A format's writer: takes a notice's parts as they come and gives the whole text at the end. */
interface NoticeRenderer extends NoticeSink {

    /** The text written; the renderer is used up. */
    String finish();

    /** Writes a composed document: the same text as when its parts came one by one. */
    default String render(NoticeDocument document) {
        start(new Head(
                document.language(),
                document.title(),
                document.titleLanguage(),
                document.preamble(),
                document.contentsHeading()));
        for (Section section : document.sections()) {
            section(section);
        }
        return finish();
    }
}
