package io.privacyinventory.cli;

import io.privacyinventory.model.Inventory;

/** A one-line count of what an inventory holds. */
final class Summary {
    private Summary() {}

    static String of(Inventory inventory) {
        return count(inventory.activities().size(), "activity", "activities") + ", "
                + count(inventory.dataCategories().size(), "data category", "data categories") + ", "
                + count(inventory.purposes().size(), "purpose", "purposes") + ", "
                + count(inventory.recipients().size(), "recipient", "recipients") + ", "
                + count(inventory.dataSubjects().size(), "data subject", "data subjects");
    }

    static boolean isEmpty(Inventory inventory) {
        return inventory.activities().isEmpty()
                && inventory.dataCategories().isEmpty()
                && inventory.purposes().isEmpty()
                && inventory.recipients().isEmpty()
                && inventory.dataSubjects().isEmpty();
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
