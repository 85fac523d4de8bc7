package io.privacyinventory.ui.publish;

import io.privacyinventory.model.Audience;
import io.privacyinventory.model.Inventory;
import io.privacyinventory.ui.Messages;
import java.util.ArrayList;
import java.util.List;

/** The notices one can publish: the whole organisation's (null) and one per audience, by their titles. */
final class Audiences {
    private Audiences() {}

    static List<String> of(Inventory inventory) {
        List<String> ids = new ArrayList<>();
        ids.add(null);
        inventory.notice().audiences().forEach(audience -> ids.add(audience.id()));
        return ids;
    }

    static String name(Inventory inventory, String id, Messages messages) {
        if (id == null) {
            // as the notice dialog names it: in a list, a choice of its own, not part of a sentence
            return messages.get("notice.dialog.audience.all");
        }
        String language = Messages.inventoryLanguage(messages.locale());
        return inventory.notice().audiences().stream()
                .filter(audience -> audience.id().equals(id))
                .findFirst()
                .map(Audience::title)
                .flatMap(title -> title.get(language).or(() -> title.get(inventory.defaultLanguage())))
                .orElse(id);
    }
}
