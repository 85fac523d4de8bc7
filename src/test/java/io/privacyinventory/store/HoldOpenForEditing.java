package io.privacyinventory.store;

/** Child process for lock tests: opens FILE for editing, says "open", and waits to be killed. */
public final class HoldOpenForEditing {
    private HoldOpenForEditing() {}

    public static void main(String[] args) throws Exception {
        InventoryStore store = InventoryStore.open(java.nio.file.Path.of(args[0]));
        System.out.println("open");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
        store.close();
    }
}
