package io.privacyinventory.notice.diff;

import java.util.ArrayList;
import java.util.List;

/**
 * Two versions of a text compared paragraph by paragraph, in reading order: paragraphs kept,
 * removed, added, and changed ones with their word-level differences, so that a reader sees which
 * words of a long paragraph changed. Made by {@link TextDiffer}.
 */
public record TextDiff(List<Block> blocks) {
    public TextDiff {
        blocks = List.copyOf(blocks);
    }

    public boolean hasChanges() {
        return blocks.stream().anyMatch(block -> !(block instanceof Kept));
    }

    /** One paragraph of the comparison. */
    public sealed interface Block permits Kept, Removed, Added, Changed {}

    public record Kept(String paragraph) implements Block {}

    public record Removed(String paragraph) implements Block {}

    public record Added(String paragraph) implements Block {}

    /** A paragraph that was edited: both versions, and the words as a sequence of spans. */
    public record Changed(String before, String after, List<Span> words) implements Block {
        public Changed {
            words = List.copyOf(words);
        }

        /** The paragraph with its changes marked in line: {@code [-removed-]{+added+}}. */
        public String marked() {
            StringBuilder marked = new StringBuilder();
            for (Span span : words) {
                switch (span.kind()) {
                    case SAME -> marked.append(span.text());
                    case REMOVED -> marked.append("[-").append(span.text()).append("-]");
                    case ADDED -> marked.append("{+").append(span.text()).append("+}");
                }
            }
            return marked.toString();
        }
    }

    /** A run of text within a changed paragraph that is in both versions, only the old one, or only the new one. */
    public record Span(Kind kind, String text) {
        public enum Kind {
            SAME,
            REMOVED,
            ADDED
        }
    }

    /**
     * The comparison as lines: {@code "- "} before a paragraph that was removed or edited (its old
     * version), {@code "+ "} before one that was added or edited (its new version), and two spaces
     * before a kept one. With {@code context} at or above zero, only that many kept paragraphs are
     * shown around each change, and a skipped run is shown as {@code "…"} (nothing at all when
     * nothing changed); a negative {@code context} shows every paragraph.
     */
    public List<String> lines(int context) {
        return lines(context, false);
    }

    /**
     * As {@link #lines(int)}; with {@code wordsMarked}, an edited paragraph is one line, {@code "~ "}
     * and its {@link Changed#marked() marked} words, instead of its two versions.
     */
    public List<String> lines(int context, boolean wordsMarked) {
        List<String> lines = new ArrayList<>();
        boolean skipped = false;
        for (int index = 0; index < blocks.size(); index++) {
            Block block = blocks.get(index);
            if (block instanceof Kept && context >= 0 && !nearAChange(index, context)) {
                skipped = true;
                continue;
            }
            if (skipped) {
                lines.add("…");
                skipped = false;
            }
            if (block instanceof Kept kept) {
                lines.add("  " + kept.paragraph());
            } else if (block instanceof Removed removed) {
                lines.add("- " + removed.paragraph());
            } else if (block instanceof Added added) {
                lines.add("+ " + added.paragraph());
            } else if (block instanceof Changed edited && wordsMarked) {
                lines.add("~ " + edited.marked());
            } else if (block instanceof Changed edited) {
                lines.add("- " + edited.before());
                lines.add("+ " + edited.after());
            }
        }
        if (skipped && !lines.isEmpty()) {
            lines.add("…");
        }
        return lines;
    }

    private boolean nearAChange(int index, int context) {
        for (int other = Math.max(0, index - context); other <= Math.min(blocks.size() - 1, index + context); other++) {
            if (!(blocks.get(other) instanceof Kept)) {
                return true;
            }
        }
        return false;
    }
}
