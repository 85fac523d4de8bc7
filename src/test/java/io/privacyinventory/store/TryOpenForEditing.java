package io.privacyinventory.store;

import java.nio.file.Path;

/** Child process for lock tests: tries to open FILE for editing and says "opened" or "refused". */
public final class TryOpenForEditing {
    private TryOpenForEditing() {}

    public static void main(String[] args) throws Exception {
        try (InventoryStore store = InventoryStore.open(Path.of(args[0]))) {
            System.out.println("opened");
        } catch (InventoryLockedException e) {
            System.out.println("refused");
        }
    }
}
