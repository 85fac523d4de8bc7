package io.privacyinventory.ui.activities;

import io.privacyinventory.model.Activity;
import io.privacyinventory.model.DpiaCriterion;
import io.privacyinventory.model.RecordFields;
import io.privacyinventory.model.Terms;
import io.privacyinventory.ui.Messages;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * The nine WP248 criteria as check boxes beside the DPIA status, and a warning once two or more
 * apply ({@link DpiaCriterion#likelyRequired}). A tick is sent as that one criterion added to or
 * taken from the activity's screening as it is by then, kept in the criteria's own order.
 */
final class DpiaScreening {
    private final Map<DpiaCriterion, CheckBox> boxes = new EnumMap<>(DpiaCriterion.class);
    private final Label likely;
    private final VBox node = new VBox(4);
    private boolean showing;

    DpiaScreening(Messages messages, Terms terms, Consumer<UnaryOperator<Activity>> edit) {
        Label title = new Label(messages.get("editor.dpiaScreening"));
        title.setWrapText(true);
        title.getStyleClass().add("hint");
        node.getChildren().add(title);
        for (DpiaCriterion criterion : DpiaCriterion.values()) {
            CheckBox box = new CheckBox(terms.label(criterion));
            box.setWrapText(true);
            box.setId("dpiaCriterion-" + criterion.code());
            box.selectedProperty().addListener((o, old, on) -> {
                if (!showing) {
                    edit.accept(activity -> RecordFields.with(
                            activity, "dpiaScreening", toggled(activity.dpiaScreening(), criterion, on)));
                }
            });
            boxes.put(criterion, box);
            node.getChildren().add(box);
        }
        likely = new Label(messages.get("editor.dpiaLikelyRequired"));
        likely.setId("dpiaLikelyRequired");
        likely.setWrapText(true);
        likely.getStyleClass().add("dpia-likely");
        node.getChildren().add(likely);
    }

    Node node() {
        return node;
    }

    void show(List<DpiaCriterion> screening) {
        showing = true;
        try {
            boxes.forEach((criterion, box) -> box.setSelected(screening.contains(criterion)));
        } finally {
            showing = false;
        }
        boolean required = DpiaCriterion.likelyRequired(screening);
        likely.setVisible(required);
        likely.setManaged(required);
    }

    /** {@code latest} with {@code criterion} ticked or not, in the order the criteria are declared. */
    static List<DpiaCriterion> toggled(List<DpiaCriterion> latest, DpiaCriterion criterion, boolean on) {
        return Arrays.stream(DpiaCriterion.values())
                .filter(each -> each == criterion ? on : latest.contains(each))
                .toList();
    }
}
