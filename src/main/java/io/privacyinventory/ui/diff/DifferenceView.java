package io.privacyinventory.ui.diff;

import io.privacyinventory.model.diff.FieldDiff;
import io.privacyinventory.model.diff.ItemDiff;
import io.privacyinventory.model.diff.RecordDiff;
import io.privacyinventory.model.diff.RecordDiffText;
import io.privacyinventory.notice.diff.TextDiff;
import io.privacyinventory.ui.Messages;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * Shows differences for people, the same way wherever they appear (History, Compare with…,
 * published notices): what was there before on a line of its own marked "−", what is there now
 * marked "+", each also coloured, struck through or underlined, so that the mark does not rest on
 * colour alone. Values arrive already in words (the record diff's labels and values).
 */
public final class DifferenceView {
    static final String REMOVED_SIGN = "− ";
    static final String ADDED_SIGN = "+ ";

    private final Messages messages;
    private final VBox content = new VBox(6);
    private final ScrollPane root = new ScrollPane(content);

    /** Unchanged paragraphs shown around each change of a notice; the rest is folded into "…". */
    static final int CONTEXT = 1;

    public DifferenceView(Messages messages) {
        this.messages = messages;
        content.getStyleClass().add("difference-view");
        root.setFitToWidth(true);
        root.setId("differenceView");
    }

    public Node root() {
        return root;
    }

    /** Each item that differs, with its changed fields under it. */
    public void showRecord(RecordDiff diff) {
        content.getChildren().clear();
        if (diff.isEmpty()) {
            content.getChildren().add(hint(messages.get("diff.same")));
            return;
        }
        for (ItemDiff item : diff.items()) {
            content.getChildren().addAll(item(item));
        }
    }

    /** One item's heading and fields: what a History row or a Compare with… entry shows. */
    public void showItem(ItemDiff item) {
        content.getChildren().setAll(item(item));
    }

    /** Plain lines (a change that has no fields, such as a move), or nothing. */
    public void showLines(List<String> lines) {
        content.getChildren().clear();
        lines.forEach(line -> content.getChildren().add(wrapped(line)));
    }

    /** A notice compared paragraph by paragraph, the changed words of an edited paragraph marked. */
    public void showText(TextDiff diff) {
        content.getChildren().clear();
        if (!diff.hasChanges()) {
            content.getChildren().add(hint(messages.get("diff.noticeSame")));
        }
        List<TextDiff.Block> blocks = diff.blocks();
        boolean folded = false;
        for (int index = 0; index < blocks.size(); index++) {
            TextDiff.Block block = blocks.get(index);
            if (block instanceof TextDiff.Kept && diff.hasChanges() && !nearAChange(blocks, index)) {
                if (!folded) {
                    content.getChildren().add(hint("…"));
                    folded = true;
                }
                continue;
            }
            folded = false;
            if (block instanceof TextDiff.Kept kept) {
                content.getChildren().add(wrapped("  " + kept.paragraph()));
            } else if (block instanceof TextDiff.Removed removed) {
                content.getChildren().add(marked(REMOVED_SIGN + removed.paragraph(), "diff-removed"));
            } else if (block instanceof TextDiff.Added added) {
                content.getChildren().add(marked(ADDED_SIGN + added.paragraph(), "diff-added"));
            } else if (block instanceof TextDiff.Changed changed) {
                content.getChildren().add(words(changed));
            }
        }
    }

    private static boolean nearAChange(List<TextDiff.Block> blocks, int index) {
        for (int other = Math.max(0, index - CONTEXT); other <= Math.min(blocks.size() - 1, index + CONTEXT); other++) {
            if (!(blocks.get(other) instanceof TextDiff.Kept)) {
                return true;
            }
        }
        return false;
    }

    private List<Node> item(ItemDiff item) {
        Label heading = new Label(RecordDiffText.heading(item) + " — "
                + messages.get("diff.change." + item.change().code()));
        heading.getStyleClass()
                .addAll(
                        "diff-heading",
                        item.change() == ItemDiff.Change.ADDED
                                ? "diff-added"
                                : item.change() == ItemDiff.Change.REMOVED ? "diff-removed" : "diff-changed");
        heading.setWrapText(true);
        VBox box = new VBox(2, heading);
        for (FieldDiff field : item.fields()) {
            Label label = new Label(RecordDiffText.label(field));
            label.getStyleClass().add("field-label");
            label.setWrapText(true);
            box.getChildren()
                    .addAll(
                            label,
                            marked(REMOVED_SIGN + value(field.before()), "diff-removed"),
                            marked(ADDED_SIGN + value(field.after()), "diff-added"));
        }
        return List.of(box);
    }

    private String value(String words) {
        return words == null || words.isEmpty() ? messages.get("diff.none") : words;
    }

    /** An edited paragraph: "~ " and its words, removed ones struck through and added ones underlined. */
    private Node words(TextDiff.Changed changed) {
        Text sign = new Text("~ ");
        sign.getStyleClass().add("diff-same-word");
        TextFlow flow = new TextFlow(sign);
        for (TextDiff.Span span : changed.words()) {
            Text text = switch (span.kind()) {
                case SAME -> new Text(span.text());
                case REMOVED -> new Text("[−" + span.text() + "]");
                case ADDED -> new Text("[+" + span.text() + "]");
            };
            text.getStyleClass()
                    .add(
                            switch (span.kind()) {
                                case SAME -> "diff-same-word";
                                case REMOVED -> "diff-removed-word";
                                case ADDED -> "diff-added-word";
                            });
            flow.getChildren().add(text);
        }
        flow.getStyleClass().add("diff-changed");
        return flow;
    }

    private static Node marked(String line, String styleClass) {
        Label label = wrapped(line);
        label.getStyleClass().add(styleClass);
        return label;
    }

    private static Label wrapped(String line) {
        Label label = new Label(line);
        label.setWrapText(true);
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }

    private static Label hint(String text) {
        Label label = wrapped(text);
        label.getStyleClass().add("hint");
        return label;
    }
}
