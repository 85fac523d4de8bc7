package io.privacyinventory.ui.activities;

import io.privacyinventory.model.findings.Finding;
import io.privacyinventory.ui.findings.FindingMarkers;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.scene.control.Control;
import org.controlsfx.validation.ValidationMessage;
import org.controlsfx.validation.decoration.ValidationDecoration;

/**
 * The error and warning markers on the editor's fields that findings are about, with the finding's
 * message as the tooltip. Each call replaces the markers of the call before.
 */
final class FindingMarks {
    private final ValidationDecoration decoration = new FindingMarkers();
    private final List<Control> decorated = new ArrayList<>();
    private final Function<String, Control> controlFor;

    /** {@code controlFor} finds the control for a finding's path (relative to the activity), or null. */
    FindingMarks(Function<String, Control> controlFor) {
        this.controlFor = controlFor;
    }

    void clear() {
        for (Control control : decorated) {
            decoration.removeDecorations(control);
        }
        decorated.clear();
    }

    void mark(List<Finding> findings) {
        clear();
        for (Finding finding : findings) {
            Control control = controlFor.apply(finding.path());
            if (control == null) {
                continue;
            }
            decoration.applyValidationDecoration(
                    finding.isError()
                            ? ValidationMessage.error(control, finding.message())
                            : ValidationMessage.warning(control, finding.message()));
            decorated.add(control);
        }
    }
}
