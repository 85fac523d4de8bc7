package io.privacyinventory.notice.diff;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import io.privacyinventory.notice.diff.TextDiff.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares two versions of a text (a published notice and the next one) with java-diff-utils'
 * Myers diff: first paragraph by paragraph, then, within a run of edited paragraphs, word by word
 * for each old paragraph and the new paragraph that resembles it. A paragraph is a non-blank line:
 * the text notice writes one paragraph or bullet per line, and blank lines only separate them.
 */
public final class TextDiffer {
    /** Words (letters and digits of any script), runs of white space, and each other character on its own. */
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}_]+|\\s+|[^\\p{L}\\p{N}_\\s]");
    /**
     * How much of two paragraphs must be the same for one to count as an edit of the other; below
     * it, a rewritten paragraph reads better as removed and added than as a tangle of word changes.
     */
    private static final double RESEMBLANCE = 0.5;

    private TextDiffer() {}

    public static TextDiff compare(String before, String after) {
        List<String> old = paragraphs(before);
        List<String> now = paragraphs(after);
        List<TextDiff.Block> blocks = new ArrayList<>();
        for (AbstractDelta<String> delta : DiffUtils.diff(old, now, true).getDeltas()) {
            List<String> removed = delta.getSource().getLines();
            List<String> added = delta.getTarget().getLines();
            if (delta.getType() == DeltaType.EQUAL) {
                removed.forEach(paragraph -> blocks.add(new TextDiff.Kept(paragraph)));
            } else {
                edits(removed, added, blocks);
            }
        }
        return new TextDiff(blocks);
    }

    private static List<String> paragraphs(String text) {
        return text.lines().filter(line -> !line.isBlank()).toList();
    }

    /**
     * A run of removed and added paragraphs, in reading order: each old paragraph is paired with
     * the next new one that resembles it; what has no partner is removed or added.
     */
    private static void edits(List<String> removed, List<String> added, List<TextDiff.Block> blocks) {
        int next = 0;
        int oldIndex = 0;
        for (; oldIndex < removed.size(); oldIndex++) {
            String paragraph = removed.get(oldIndex);
            for (int candidate = next; candidate < added.size(); candidate++) {
                List<Span> words = words(paragraph, added.get(candidate));
                if (resemblance(words, paragraph, added.get(candidate)) >= RESEMBLANCE) {
                    added.subList(next, candidate).forEach(text -> blocks.add(new TextDiff.Added(text)));
                    blocks.add(new TextDiff.Changed(paragraph, added.get(candidate), words));
                    next = candidate + 1;
                    paragraph = null;
                    break;
                }
            }
            if (paragraph != null) {
                blocks.add(new TextDiff.Removed(paragraph));
            }
        }
        added.subList(next, added.size()).forEach(text -> blocks.add(new TextDiff.Added(text)));
    }

    /** The share of both paragraphs' characters that the word diff keeps. */
    private static double resemblance(List<Span> words, String before, String after) {
        int same = words.stream()
                .filter(span -> span.kind() == Span.Kind.SAME)
                .mapToInt(span -> span.text().length())
                .sum();
        return 2.0 * same / Math.max(1, before.length() + after.length());
    }

    /** The word diff of two paragraphs as spans; changes separated only by white space are one change. */
    static List<Span> words(String before, String after) {
        List<Span> spans = new ArrayList<>();
        for (AbstractDelta<String> delta :
                DiffUtils.diff(tokens(before), tokens(after), true).getDeltas()) {
            if (delta.getType() == DeltaType.EQUAL) {
                append(spans, Span.Kind.SAME, String.join("", delta.getSource().getLines()));
            } else {
                append(
                        spans,
                        Span.Kind.REMOVED,
                        String.join("", delta.getSource().getLines()));
                append(spans, Span.Kind.ADDED, String.join("", delta.getTarget().getLines()));
            }
        }
        return joinChangesAcrossSpaces(spans);
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }

    private static void append(List<Span> spans, Span.Kind kind, String text) {
        if (text.isEmpty()) {
            return;
        }
        int last = spans.size() - 1;
        if (last >= 0 && spans.get(last).kind() == kind) {
            spans.set(last, new Span(kind, spans.get(last).text() + text));
        } else {
            spans.add(new Span(kind, text));
        }
    }

    /**
     * "[-6-]{+12+} [-months-]{+weeks+}" reads better as "[-6 months-]{+12 weeks+}": a kept run of
     * white space between two changes joins them.
     */
    private static List<Span> joinChangesAcrossSpaces(List<Span> spans) {
        List<Span> joined = new ArrayList<>();
        int index = 0;
        while (index < spans.size()) {
            if (spans.get(index).kind() == Span.Kind.SAME) {
                joined.add(spans.get(index++));
                continue;
            }
            StringBuilder removed = new StringBuilder();
            StringBuilder added = new StringBuilder();
            int end = index;
            int scan = index;
            boolean bridged = false;
            while (scan < spans.size()) {
                Span span = spans.get(scan);
                if (span.kind() == Span.Kind.REMOVED) {
                    removed.append(span.text());
                    end = ++scan;
                } else if (span.kind() == Span.Kind.ADDED) {
                    added.append(span.text());
                    end = ++scan;
                } else if (span.text().isBlank()
                        && scan + 1 < spans.size()
                        && spans.get(scan + 1).kind() != Span.Kind.SAME) {
                    removed.append(span.text());
                    added.append(span.text());
                    bridged = true;
                    scan++;
                } else {
                    break;
                }
            }
            if (bridged && (removed.toString().isBlank() || added.toString().isBlank())) {
                // only one side changed: the white space between was kept, so the spans stay as they were
                joined.addAll(spans.subList(index, end));
            } else {
                if (removed.length() > 0) {
                    joined.add(new Span(Span.Kind.REMOVED, removed.toString()));
                }
                if (added.length() > 0) {
                    joined.add(new Span(Span.Kind.ADDED, added.toString()));
                }
            }
            index = end;
        }
        return joined;
    }
}
