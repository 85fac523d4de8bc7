package io.privacyinventory.ui;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextInputControl;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * What a user would see wrong in a rendered view, found in its laid-out scene graph: text cut off
 * with an ellipsis or broken inside a word, inputs nobody can name, light areas in the dark theme,
 * text too faint on its background.
 */
final class ViewChecks {
    private ViewChecks() {}

    /** Each shown {@code Labeled} whose text is drawn shorter than it is, or is wrapped inside a word. */
    static List<String> cutTexts(Node root) {
        List<String> cut = new ArrayList<>();
        visit(root, node -> {
            if (!(node instanceof Labeled labeled)
                    || labeled.getText() == null
                    || labeled.getText().isBlank()
                    || !shown(labeled)
                    || inTableRow(labeled)) {
                return;
            }
            Text drawn = drawnText(labeled);
            if (drawn == null) {
                return;
            }
            String where = describe(labeled);
            String text = labeled.isMnemonicParsing() ? labeled.getText().replaceFirst("_", "") : labeled.getText();
            if (!normalise(drawn.getText()).equals(normalise(text))) {
                cut.add("\"" + labeled.getText() + "\" drawn as \"" + drawn.getText() + "\" in " + where);
            } else if (drawn.getWrappingWidth() > 0) {
                String word = widestWord(labeled.getText(), drawn.getFont());
                if (width(word, drawn.getFont()) > drawn.getWrappingWidth() + 0.5) {
                    cut.add("\"" + word + "\" broken inside the word in " + where);
                }
            }
        });
        return cut;
    }

    /** Horizontal scroll bars showing in lists, tables and scroll panes: something is wider than its place. */
    static List<String> sidewaysScrolling(Node root) {
        List<String> found = new ArrayList<>();
        visit(root, node -> {
            if (node instanceof ScrollBar bar && bar.getOrientation() == Orientation.HORIZONTAL && shown(bar)) {
                found.add(describe(bar.getParent()));
            }
        });
        return found;
    }

    /** Tables whose columns together are wider than the table: the last ones are cut off at the edge. */
    static List<String> tablesWiderThanShown(Node root) {
        List<String> found = new ArrayList<>();
        visit(root, node -> {
            if (node instanceof javafx.scene.control.TableView<?> table && shown(table)) {
                double columns = table.getVisibleLeafColumns().stream()
                        .mapToDouble(javafx.scene.control.TableColumnBase::getWidth)
                        .sum();
                if (columns > table.getWidth() + 1) {
                    found.add(describe(table) + " (columns " + Math.round(columns) + " px in "
                            + Math.round(table.getWidth()) + " px)");
                }
            }
        });
        return found;
    }

    /** Cells in a table's rows hold the user's data, cut to the column by design; headers are checked. */
    private static boolean inTableRow(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (at instanceof javafx.scene.control.TableRow<?>) {
                return true;
            }
        }
        return false;
    }

    /** Text inputs, choosers and spinners that no label is for and that have no accessible text. */
    /**
     * Controls that reach past the edge of their window, where the user cannot see or click them
     * (a row of buttons wider than the dialog). Controls inside a scroll pane can be scrolled to and
     * are left out.
     */
    static List<String> outsideTheWindow(Node root) {
        List<String> outside = new ArrayList<>();
        visit(root, node -> {
            if (!(node instanceof javafx.scene.control.Control) || !shown(node) || inScrolledContent(node)) {
                return;
            }
            for (Node at = node.getParent(); at != null; at = at.getParent()) {
                if (at instanceof javafx.scene.control.Control) {
                    return; // a part of another control: that one is checked
                }
            }
            Bounds bounds = node.localToScene(node.getLayoutBounds());
            double width = node.getScene().getWidth();
            double height = node.getScene().getHeight();
            if (bounds.getMaxX() > width + 1 || bounds.getMaxY() > height + 1 || bounds.getMinX() < -1) {
                outside.add(describe(node));
            }
        });
        return outside;
    }

    private static boolean inScrolledContent(Node node) {
        for (Node at = node.getParent(); at != null; at = at.getParent()) {
            if (at instanceof javafx.scene.control.ScrollPane) {
                return true;
            }
        }
        return false;
    }

    static List<String> unnamedInputs(Node root) {
        Map<Node, Boolean> labelled = new IdentityHashMap<>();
        visit(root, node -> {
            if (node instanceof Label label && label.getLabelFor() != null) {
                labelled.put(label.getLabelFor(), true);
            }
        });
        List<String> unnamed = new ArrayList<>();
        visit(root, node -> {
            boolean input = node instanceof TextInputControl
                    || node instanceof ComboBoxBase<?>
                    || node instanceof ChoiceBox<?>
                    || node instanceof Spinner<?>;
            if (!input || !shown(node) || partOfAnotherInput(node)) {
                return;
            }
            String accessible = node.getAccessibleText();
            if (!labelled.containsKey(node) && (accessible == null || accessible.isBlank())) {
                unnamed.add(describe(node));
            }
        });
        return unnamed;
    }

    /** Mean relative luminance (0 black … 1 white) of the part of a window's image that a node covers. */
    static double meanLuminance(Image window, Node node) {
        Bounds area = node.localToScene(node.getLayoutBounds());
        PixelReader pixels = window.getPixelReader();
        int fromX = (int) Math.max(0, area.getMinX());
        int fromY = (int) Math.max(0, area.getMinY());
        int toX = (int) Math.min(window.getWidth(), area.getMaxX());
        int toY = (int) Math.min(window.getHeight(), area.getMaxY());
        double sum = 0;
        for (int y = fromY; y < toY; y++) {
            for (int x = fromX; x < toX; x++) {
                sum += luminance(pixels.getColor(x, y));
            }
        }
        return sum / Math.max(1, (double) (toX - fromX) * (toY - fromY));
    }

    /** WCAG relative luminance. */
    static double luminance(Color colour) {
        return 0.2126 * linear(colour.getRed())
                + 0.7152 * linear(colour.getGreen())
                + 0.0722 * linear(colour.getBlue());
    }

    /** WCAG contrast ratio, 1 … 21. */
    static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double linear(double channel) {
        return channel <= 0.03928 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
    }

    static void visit(Node node, Consumer<Node> action) {
        action.accept(node);
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                visit(child, action);
            }
        }
    }

    private static boolean shown(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        Bounds bounds = node.getLayoutBounds();
        return bounds.getWidth() > 0 && bounds.getHeight() > 0 && node.getScene() != null;
    }

    private static boolean partOfAnotherInput(Node node) {
        for (Node at = node.getParent(); at != null; at = at.getParent()) {
            if (at instanceof ComboBoxBase<?> || at instanceof Spinner<?>) {
                return true;
            }
        }
        return false;
    }

    private static Text drawnText(Labeled labeled) {
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text text && child.getStyleClass().contains("text")) {
                return text;
            }
        }
        return null;
    }

    private static String normalise(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    private static String widestWord(String text, Font font) {
        String widest = "";
        for (String word : text.split("\\s+")) {
            if (width(word, font) > width(widest, font)) {
                widest = word;
            }
        }
        return widest;
    }

    private static double width(String word, Font font) {
        Text probe = new Text(word);
        probe.setFont(font);
        return probe.getLayoutBounds().getWidth();
    }

    static String describe(Node node) {
        StringBuilder path = new StringBuilder();
        for (Node at = node; at != null; at = at.getParent()) {
            String name = at.getId() != null ? "#" + at.getId() : at.getClass().getSimpleName();
            path.insert(0, path.length() == 0 ? name : name + " > ");
            if (at.getId() != null && at != node) {
                break;
            }
        }
        return path.toString();
    }
}
