package io.privacyinventory.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.privacyinventory.ChildJvm;
import io.privacyinventory.TestInventories;
import io.privacyinventory.model.Edit;
import io.privacyinventory.model.EntityType;
import io.privacyinventory.model.Inventory;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** While a file is open for editing no one else may write it; reading still works; a crash frees it. */
class OneWriterPerFileTest {
    @TempDir
    Path folder;

    private Path inventoryFile() throws Exception {
        Path file = folder.resolve("inventory.db");
        InventoryStore.create(file, TestInventories.read(TestInventories.PRODUCT_SERVICES))
                .close();
        return file;
    }

    @Test
    void secondWriterInTheSameProcessIsRefusedWhileReadersStillRead() throws Exception {
        Path file = inventoryFile();
        try (InventoryStore first = InventoryStore.open(file)) {
            assertThatThrownBy(() -> InventoryStore.open(file))
                    .isInstanceOf(InventoryLockedException.class)
                    .hasMessage(file + ": is open in another Privacy Inventory window (or a command is writing it); "
                            + "it can be opened read-only until that window is closed");

            try (InventoryStore reader = InventoryStore.openReadOnly(file)) {
                assertThat(reader.load()).isEqualTo(first.load());
            }
            first.apply(new Edit.SetField(EntityType.ORGANISATION, null, "phone", "+47 2"));
        }
        try (InventoryStore next = InventoryStore.open(file)) {
            assertThat(next.load().organisation().phone()).isEqualTo("+47 2");
        }
    }

    @Test
    void theLockIsOnAnEmptySidecarThatTheWriterWhoMadeItRemoves() throws Exception {
        Path file = inventoryFile();
        Path sidecar = folder.resolve(".inventory.db.lock");

        try (InventoryStore store = InventoryStore.open(file)) {
            assertThat(sidecar).isEmptyFile();
        }

        assertThat(sidecar).doesNotExist();
        try (InventoryStore again = InventoryStore.open(file)) {
            assertThat(again.isReadOnly()).isFalse();
        }
        assertThat(folder)
                .isDirectoryNotContaining(path -> path.getFileName().toString().endsWith(".lock"));
    }

    @Test
    void aSidecarFoundInPlaceMeansNothingAndIsLeftThere() throws Exception {
        Path file = inventoryFile();
        Path sidecar = Files.createFile(folder.resolve(".inventory.db.lock"));

        try (InventoryStore store = InventoryStore.open(file)) {
            assertThat(store.isReadOnly()).isFalse();
        }

        assertThat(sidecar).isEmptyFile();
    }

    @Test
    void aSidecarLeftMarkedByAWriterKilledWhileGivingItUpIsTakenOver() throws Exception {
        Path file = inventoryFile();
        Path sidecar = folder.resolve(".inventory.db.lock");
        Files.write(sidecar, new byte[] {'x'});

        try (InventoryStore store = InventoryStore.open(file)) {
            store.apply(new Edit.SetField(EntityType.ORGANISATION, null, "phone", "\"+47 4\""));
            assertThat(sidecar).isEmptyFile();
            try (ChildJvm child = ChildJvm.start(TryOpenForEditing.class, file.toString())) {
                child.awaitLine("refused", 60);
            }
        }
        assertThat(sidecar).isEmptyFile();
    }

    @Test
    void aRefusedSecondWriterInThisProcessDoesNotWeakenTheLockForOthers() throws Exception {
        Path file = inventoryFile();
        try (InventoryStore store = InventoryStore.open(file)) {
            assertThatThrownBy(() -> InventoryStore.open(file)).isInstanceOf(InventoryLockedException.class);

            try (ChildJvm child = ChildJvm.start(TryOpenForEditing.class, file.toString())) {
                child.awaitLine("refused", 60);
            }
        }
    }

    @Test
    void aNewFileIsNotWrittenOverWhileAnotherWindowHasItOpen() throws Exception {
        Path file = inventoryFile();
        byte[] before = Files.readAllBytes(file);
        try (InventoryStore open = InventoryStore.open(file)) {
            assertThatThrownBy(() -> InventoryStore.createFile(file, Inventory.empty("en", "Other")))
                    .isInstanceOf(InventoryLockedException.class);
        }
        assertThat(Files.readAllBytes(file)).isEqualTo(before);

        InventoryStore.createFile(file, Inventory.empty("en", "Other"));

        try (InventoryStore replaced = InventoryStore.openReadOnly(file)) {
            assertThat(replaced.load().organisation().name()).isEqualTo("Other");
        }
    }

    @Test
    void aNewFileIsOnlyMadeWhereTheNameIsStillFreeOnceTheLockIsHeld() throws Exception {
        Path file = inventoryFile();
        byte[] before = Files.readAllBytes(file);

        assertThatThrownBy(() -> InventoryStore.createNewFile(file, Inventory.empty("en", "Other")))
                .isInstanceOf(InventoryExistsException.class)
                .hasMessage(file + ": already exists (another command or window made it meanwhile); it was left as "
                        + "it is");
        try (ChildJvm child = ChildJvm.start(HoldOpenForEditing.class, file.toString())) {
            child.awaitLine("open", 60);
            assertThatThrownBy(() -> InventoryStore.createNewFile(file, Inventory.empty("en", "Other")))
                    .isInstanceOf(InventoryLockedException.class);
            child.kill();
        }
        assertThat(Files.readAllBytes(file)).isEqualTo(before);

        Path empty = Files.createFile(folder.resolve("empty.db"));
        InventoryStore.createNewFile(empty, Inventory.empty("en", "Other"));
        try (InventoryStore made = InventoryStore.openReadOnly(empty)) {
            assertThat(made.load().organisation().name()).isEqualTo("Other");
        }
    }

    @Test
    void buildingAFileUnderATemporaryNameLeavesNothingElseBehind() throws Exception {
        Path target = folder.resolve("new.db");

        io.privacyinventory.exchange.AtomicFiles.replace(
                target,
                temporary -> InventoryStore.create(temporary, Inventory.empty("en", "Acme"))
                        .close());

        assertThat(folder)
                .isDirectoryContaining(path -> path.equals(target))
                .isDirectoryNotContaining(path -> !path.equals(target));
    }

    @Test
    void theSameFileReachedThroughALinkIsTheSameLock() throws Exception {
        Path file = inventoryFile();
        Path link = Files.createSymbolicLink(folder.resolve("link.db"), file);

        try (InventoryStore store = InventoryStore.open(file)) {
            assertThatThrownBy(() -> InventoryStore.open(link)).isInstanceOf(InventoryLockedException.class);
        }
    }

    @Test
    void writerInAnotherProcessHoldsTheFileUntilItIsKilled() throws Exception {
        Path file = inventoryFile();
        byte[] before = Files.readAllBytes(file);
        try (ChildJvm child = ChildJvm.start(HoldOpenForEditing.class, file.toString())) {
            child.awaitLine("open", 60);

            assertThatThrownBy(() -> InventoryStore.open(file))
                    .isInstanceOf(InventoryLockedException.class)
                    .hasMessageStartingWith(file + ": is open in another Privacy Inventory window");
            try (InventoryStore reader = InventoryStore.openReadOnly(file)) {
                assertThat(reader.load()).isEqualTo(TestInventories.read(TestInventories.PRODUCT_SERVICES));
            }
            assertThat(Files.readAllBytes(file)).isEqualTo(before);

            child.kill();
        }

        try (InventoryStore store = InventoryStore.open(file)) {
            store.apply(new Edit.SetField(EntityType.ORGANISATION, null, "phone", "+47 3"));
        }
    }
}
