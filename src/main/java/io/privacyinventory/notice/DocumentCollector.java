package io.privacyinventory.notice;

import io.privacyinventory.notice.NoticeDocument.Block;
import io.privacyinventory.notice.NoticeDocument.Section;
import java.util.ArrayList;
import java.util.List;

/** Keeps a notice's parts as they come, as the tree a {@link NoticeDraft} holds. */
final class DocumentCollector implements NoticeSink {
    private final List<Section> sections = new ArrayList<>();
    private Head head;
    private Section open;
    private List<Block> blocks;

    @Override
    public void start(Head head) {
        this.head = head;
    }

    @Override
    public void open(Section section) {
        open = section;
        blocks = new ArrayList<>(section.blocks());
    }

    @Override
    public void add(Block block) {
        blocks.add(block);
    }

    @Override
    public void close() {
        sections.add(new Section(open.id(), open.heading(), open.headingLanguage(), blocks));
        open = null;
        blocks = null;
    }

    NoticeDocument document() {
        return new NoticeDocument(
                head.language(), head.title(), head.titleLanguage(), head.preamble(), head.contentsHeading(), sections);
    }
}
