package io.privacyinventory.notice;

import io.privacyinventory.notice.NoticeDocument.Block;
import io.privacyinventory.notice.NoticeDocument.Section;
import java.util.List;

/**
 * Where a notice goes while it is composed, in reading order: its head, then each top-level
 * section, opened with its heading and the blocks known at once, given its further blocks one by
 * one, and closed. A renderer writes each part as it comes, so that a notice of thousands of
 * activities need not be held whole as a tree while it is written (decision 0019);
 * {@link DocumentCollector} keeps the parts as a {@link NoticeDocument} for those who want the tree.
 */
interface NoticeSink {

    /** What stands above the sections: the title, the lines under it, the heading of a table of contents. */
    record Head(String language, String title, String titleLanguage, List<Block> preamble, String contentsHeading) {
        public Head {
            preamble = List.copyOf(preamble);
        }
    }

    void start(Head head);

    /** Starts a top-level section with its heading and its blocks so far. */
    void open(Section section);

    /** The next block of the open section. */
    void add(Block block);

    void close();

    /** A whole top-level section at once. */
    default void section(Section section) {
        open(section);
        close();
    }
}
