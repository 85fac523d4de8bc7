package io.privacyinventory;

import static org.assertj.core.api.Assertions.assertThat;

import io.privacyinventory.model.Inventory;
import io.privacyinventory.store.InventoryStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DefaultInventoryTest {
    @TempDir
    Path folder;

    @AfterEach
    void clearOverride() {
        System.clearProperty(DefaultInventory.DATA_DIR_PROPERTY);
    }

    @Test
    void firstStartCreatesTheDefaultInventoryFromTheBundledSample() throws Exception {
        System.setProperty(
                DefaultInventory.DATA_DIR_PROPERTY, folder.resolve("data").toString());

        Path file = DefaultInventory.ensure();

        assertThat(file).isEqualTo(folder.resolve("data").resolve("inventory.db"));
        try (InventoryStore store = InventoryStore.openReadOnly(file)) {
            assertThat(store.load()).isEqualTo(TestInventories.read(TestInventories.PRODUCT_SERVICES));
        }
    }

    @Test
    void laterStartsOpenTheExistingFileWithoutTouchingIt() throws Exception {
        System.setProperty(DefaultInventory.DATA_DIR_PROPERTY, folder.toString());
        Path file = DefaultInventory.ensure();
        byte[] before = Files.readAllBytes(file);

        assertThat(DefaultInventory.ensure()).isEqualTo(file);

        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void bundledSamplesAreTheFilesOfTheInventoriesFolder() throws Exception {
        Inventory bundled = DefaultInventory.sample("clinic-group.json");

        assertThat(bundled).isEqualTo(TestInventories.read(TestInventories.CLINIC_GROUP));
    }

    @Test
    void dataFolderFollowsEachPlatformsConvention() {
        assertThat(DefaultInventory.dataFolder("Linux", Map.of("XDG_DATA_HOME", "/x/data"), "/home/kari"))
                .isEqualTo(Path.of("/x/data", "privacy-inventory"));
        assertThat(DefaultInventory.dataFolder("Linux", Map.of(), "/home/kari"))
                .isEqualTo(Path.of("/home/kari", ".local", "share", "privacy-inventory"));
        assertThat(DefaultInventory.dataFolder("Mac OS X", Map.of(), "/Users/kari"))
                .isEqualTo(Path.of("/Users/kari", "Library", "Application Support", "Privacy Inventory"));
        assertThat(DefaultInventory.dataFolder(
                        "Windows 11", Map.of("APPDATA", "C:\\Users\\kari\\AppData\\Roaming"), "C:\\Users\\kari"))
                .isEqualTo(Path.of("C:\\Users\\kari\\AppData\\Roaming", "Privacy Inventory"));
    }
}
